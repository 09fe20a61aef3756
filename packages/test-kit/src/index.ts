export * from "./database.js";
export * from "./execute.js";
export * from "./sql-counter.js";
export * from "./tokens.js";
