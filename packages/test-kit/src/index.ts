export * from "./database.js";
export * from "@plateau/client";
export * from "./sql-counter.js";
export * from "./tokens.js";
export * from "./factories.js";
export * from "./problem.js";
export * from "./subscriptions.js";
export * from "./redis-server.js";
