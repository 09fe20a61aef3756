export * from "./row-level-security.js";
export * from "./sql.js";
export * from "./workspace-closure.js";
export * from "./workspace-sweep.js";
