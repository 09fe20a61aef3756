export * from "./execute.js";
export * from "./generated/index.js";
