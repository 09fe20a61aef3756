export * from "./execute.js";
export * from "./generated/index.js";
export * from "./generated/graphql.js";
