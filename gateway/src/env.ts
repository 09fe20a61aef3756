import { DEFAULT_MAX_BODY_BYTES, env, internalSecretsEnvShape, type ParsedEnv } from "@plateau/kernel";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { EdgeSettings } from "./limits/edge-limits.js";
import { readTrustedManifest, type TrustedDocumentSettings } from "./trusted-documents.js";
import { DEFAULT_OPERATION_LIMITS } from "./limits/operation-limits.js";
import { DEFAULT_RATE_LIMIT_POLICY } from "./limits/rate-limiter.js";
import { corsOriginsVariable } from "./http/cors.js";
import { DEFAULT_LISTEN_BACKLOG } from "./http/edge-options.js";
import { DEFAULT_SUBGRAPH_CONNECTIONS } from "./subgraph-connections.js";
import { observabilityEnvShape } from "@plateau/observability";

/** Subgraph names, as they appear in the supergraph. */
export const SUBGRAPH_NAMES = ["identity", "workspaces", "portfolio", "workpackages", "timesheets", "insights"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The edge's variables (HTTP hygiene, operation limits, rate limits, trusted documents): read by the gateway and by `npm start`. */
export const gatewayEdgeEnvShape = {
  CORS_ORIGINS: corsOriginsVariable("Comma-separated exact origins allowed cross-origin access (empty: none)"),
  TRUST_PROXY: env.optionalString("Express `trust proxy` value (e.g. loopback): requests a trusted proxy marks as HTTPS get HSTS"),
  MAX_BODY_BYTES: env.int("Largest request body, in bytes (a larger one gets 413 PAYLOAD_TOO_LARGE)", DEFAULT_MAX_BODY_BYTES),
  GRAPHQL_INTROSPECTION: env.oneOf(
    "Who may introspect the schema and open GraphiQL: on (anyone), signed-in (callers with a valid token) or off",
    ["on", "signed-in", "off"],
    "signed-in",
  ),
  GRAPHQL_SUGGESTIONS: env.bool('"Did you mean …" hints in validation errors (they reveal field names to anyone)', false),
  MAX_DOCUMENT_BYTES: env.int("Largest GraphQL document accepted, in bytes", DEFAULT_OPERATION_LIMITS.maxDocumentBytes),
  MAX_QUERY_TOKENS: env.int("Most lexical tokens in a document (the parser stops past it)", DEFAULT_OPERATION_LIMITS.maxTokens),
  MAX_QUERY_DEPTH: env.int("Deepest selection nesting of an operation", DEFAULT_OPERATION_LIMITS.maxDepth),
  MAX_QUERY_ALIASES: env.int("Most aliases in an operation", DEFAULT_OPERATION_LIMITS.maxAliases),
  MAX_QUERY_DIRECTIVES: env.int("Most directives in an operation", DEFAULT_OPERATION_LIMITS.maxDirectives),
  MAX_QUERY_COST: env.int("Highest static cost of one operation", DEFAULT_OPERATION_LIMITS.maxCost),
  MAX_VALIDATION_ERRORS: env.int("Validation errors reported for one document at most", 10),
  RATE_LIMIT_ENABLED: env.bool("Charge every operation's cost to the caller's budgets", true),
  RATE_LIMIT_WINDOW_SECONDS: env.int("Length of a rate-limit window, in seconds", DEFAULT_RATE_LIMIT_POLICY.windowSeconds),
  RATE_LIMIT_USER_POINTS: env.int("Cost one signed-in user may spend per window", DEFAULT_RATE_LIMIT_POLICY.userPoints),
  RATE_LIMIT_WORKSPACE_POINTS: env.int("Cost all users of one workspace may spend per window", DEFAULT_RATE_LIMIT_POLICY.workspacePoints),
  RATE_LIMIT_ANONYMOUS_POINTS: env.int(
    "Cost one client address may spend per window without a token",
    DEFAULT_RATE_LIMIT_POLICY.anonymousPoints,
  ),
  RATE_LIMIT_MINIMUM_CHARGE: env.int("What a request is charged at least, however cheap", DEFAULT_RATE_LIMIT_POLICY.minimumCharge),
  TRUSTED_DOCUMENTS_PATH: env.string(
    "The client's trusted documents (codegen's persisted-documents.json: sha256 → document)",
    "packages/client/src/generated/persisted-documents.json",
  ),
  TRUSTED_DOCUMENTS_ONLY: env.bool("Run only trusted documents (refuse any other document)", false),
  TRUSTED_DOCUMENTS_ALLOW_ADMINS: env.bool("With TRUSTED_DOCUMENTS_ONLY, workspace owners and admins may still send any document", false),
};

/** The gateway's variables (docs/operations.md, "Environment variables"). */
export const gatewayEnvShape = {
  PORT: env.int("HTTP port of the gateway", 4000),
  HOST: env.string("Address to bind", "127.0.0.1"),
  SUPERGRAPH_PATH: env.string("The composed supergraph SDL", "schema/supergraph.graphql"),
  SUBGRAPH_TIMEOUT_MS: env.int("Timeout of every subgraph request, in milliseconds", 10_000),
  GATEWAY_LISTEN_BACKLOG: env.int(
    "Connections the kernel may queue for the gateway to accept (capped by net.core.somaxconn); a reconnect storm needs room",
    DEFAULT_LISTEN_BACKLOG,
  ),
  GATEWAY_SUBGRAPH_CONNECTIONS: env.int(
    "Connections the gateway keeps alive to each subgraph at most (an undici pool per subgraph); requests beyond them wait for a free one",
    DEFAULT_SUBGRAPH_CONNECTIONS,
  ),
  GATEWAY_WORKERS: env.int("Worker processes sharing the port (node:cluster); 1 serves from the main process", 1),
  GATEWAY_DEDUPLICATE_SUBGRAPH_FETCHES: env.bool(
    "Identical queries in flight for the same caller (same Authorization, query and variables) share one subgraph request",
    false,
  ),
  JWKS_URL: env.url("identity's JWKS endpoint", "http://127.0.0.1:4001/.well-known/jwks.json"),
  JWT_ISSUER: env.string("Expected `iss` of access tokens", "plateau-identity"),
  JWT_AUDIENCE: env.string("Expected `aud` of access tokens", "plateau"),
  IDENTITY_URL: env.optionalUrl("Overrides identity's URL from the supergraph"),
  WORKSPACES_URL: env.optionalUrl("Overrides workspaces' URL from the supergraph"),
  PORTFOLIO_URL: env.optionalUrl("Overrides portfolio's URL from the supergraph"),
  WORKPACKAGES_URL: env.optionalUrl("Overrides workpackages' URL from the supergraph"),
  TIMESHEETS_URL: env.optionalUrl("Overrides timesheets' URL from the supergraph"),
  INSIGHTS_URL: env.optionalUrl("Overrides insights' URL from the supergraph"),
  REDIS_URL: env.optionalUrl(
    "Redis with the subgraphs' event streams (subscriptions are served from it; without it, none are) and the rate limiter's budgets (in memory without it)",
  ),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: env.int("Subscriptions one WebSocket connection may hold at once", 50),
  WS_MAX_MESSAGE_BYTES: env.int("Largest message a WebSocket client may send, in bytes (a larger one closes the connection)", 65_536),
  WS_SUBSCRIBE_CHECK_CONCURRENCY: env.int(
    "Subscribe-time authorization queries the gateway runs at once (each is shared by every subscriber to the same project or task, workspace and role meanwhile)",
    16,
  ),
  WS_SUBSCRIBE_CHECK_QUEUE: env.int(
    "Authorization queries that may wait for a turn; beyond that a subscribe is refused with RATE_LIMITED and retryAfter",
    5_000,
  ),
  ...gatewayEdgeEnvShape,
  ...observabilityEnvShape,
  ...internalSecretsEnvShape,
};

/**
 * The trusted documents from the gateway's variables: the manifest if the file is there (without it
 * none are known, and TRUSTED_DOCUMENTS_ONLY cannot be honoured: that fails the start).
 */
export function trustedDocumentsFromEnv(config: ParsedEnv<typeof gatewayEdgeEnvShape>): TrustedDocumentSettings {
  const path = resolve(config.TRUSTED_DOCUMENTS_PATH);
  if (!existsSync(path) && config.TRUSTED_DOCUMENTS_ONLY) throw new Error(`TRUSTED_DOCUMENTS_ONLY is set but ${path} does not exist`);
  return {
    manifest: existsSync(path) ? readTrustedManifest(path) : {},
    only: config.TRUSTED_DOCUMENTS_ONLY,
    allowAdmins: config.TRUSTED_DOCUMENTS_ALLOW_ADMINS,
  };
}

/** The edge's settings from the gateway's variables. */
export function edgeSettingsFromEnv(config: ParsedEnv<typeof gatewayEdgeEnvShape>): EdgeSettings {
  return {
    enforce: true,
    limits: {
      maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
      maxTokens: config.MAX_QUERY_TOKENS,
      maxDepth: config.MAX_QUERY_DEPTH,
      maxAliases: config.MAX_QUERY_ALIASES,
      maxDirectives: config.MAX_QUERY_DIRECTIVES,
      maxCost: config.MAX_QUERY_COST,
    },
    rateLimit: config.RATE_LIMIT_ENABLED && {
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
      userPoints: config.RATE_LIMIT_USER_POINTS,
      workspacePoints: config.RATE_LIMIT_WORKSPACE_POINTS,
      anonymousPoints: config.RATE_LIMIT_ANONYMOUS_POINTS,
      minimumCharge: config.RATE_LIMIT_MINIMUM_CHARGE,
    },
    introspection: config.GRAPHQL_INTROSPECTION,
    suggestions: config.GRAPHQL_SUGGESTIONS,
    maxValidationErrors: config.MAX_VALIDATION_ERRORS,
  };
}
