export * from "./env.js";
export * from "./errors.js";
export * from "./health.js";
export * from "./ids.js";
export * from "./logger.js";
export * from "./request-context.js";
export * from "./tokens.js";
export * from "./viewer.js";
