export * from "./execute.js";
export * from "./subscribe.js";
export * from "./generated/index.js";
export * from "./generated/graphql.js";
