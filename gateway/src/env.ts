import { env } from "@plateau/kernel";

/** Subgraph names, as they appear in the supergraph. */
export const SUBGRAPH_NAMES = ["identity", "workspaces", "portfolio", "workpackages", "timesheets", "insights"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The gateway's variables (README, "Configuration"). */
export const gatewayEnvShape = {
  PORT: env.int("HTTP port of the gateway", 4000),
  HOST: env.string("Address to bind", "127.0.0.1"),
  SUPERGRAPH_PATH: env.string("The composed supergraph SDL", "schema/supergraph.graphql"),
  SUBGRAPH_TIMEOUT_MS: env.int("Timeout of every subgraph request, in milliseconds", 10_000),
  JWKS_URL: env.url("identity's JWKS endpoint", "http://127.0.0.1:4001/.well-known/jwks.json"),
  JWT_ISSUER: env.string("Expected `iss` of access tokens", "plateau-identity"),
  JWT_AUDIENCE: env.string("Expected `aud` of access tokens", "plateau"),
  IDENTITY_URL: env.optionalUrl("Overrides identity's URL from the supergraph"),
  WORKSPACES_URL: env.optionalUrl("Overrides workspaces' URL from the supergraph"),
  PORTFOLIO_URL: env.optionalUrl("Overrides portfolio's URL from the supergraph"),
  WORKPACKAGES_URL: env.optionalUrl("Overrides workpackages' URL from the supergraph"),
  TIMESHEETS_URL: env.optionalUrl("Overrides timesheets' URL from the supergraph"),
  INSIGHTS_URL: env.optionalUrl("Overrides insights' URL from the supergraph"),
  REDIS_URL: env.optionalUrl("Redis with the subgraphs' event streams: subscriptions are served from it (without it, none are)"),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: env.int("Subscriptions one WebSocket connection may hold at once", 50),
  WS_MAX_MESSAGE_BYTES: env.int("Largest message a WebSocket client may send, in bytes (a larger one closes the connection)", 65_536),
};
