export * from "./database.js";
export * from "@plateau/client";
// Shadows the client's `execute`: tests reach subgraphs directly, as the gateway does.
export { execute, gatewayCredentialHeader, TEST_INTERNAL_SECRETS } from "./internal-credentials.js";
export * from "./sql-counter.js";
export * from "./tokens.js";
export * from "./factories.js";
export * from "./problem.js";
export * from "./http-errors.js";
export * from "./subscriptions.js";
export * from "./redis-server.js";
export * from "./subgraph-harness.js";
export * from "./chat-completions-server.js";
