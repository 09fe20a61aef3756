export { readSupergraph, startGateway, type GatewayOptions, type RunningGateway } from "./gateway.js";
export {
  edgeSettingsFromEnv,
  gatewayEdgeEnvShape,
  gatewayEnvShape,
  SUBGRAPH_NAMES,
  trustedDocumentsFromEnv,
  type SubgraphName,
} from "./env.js";
export type { SubscriptionLimits } from "./subscriptions/limits.js";
export { DEFAULT_EDGE_SETTINGS, type EdgeSettings, type IntrospectionPolicy } from "./limits/edge-limits.js";
export { DEFAULT_OPERATION_LIMITS, type OperationLimits } from "./limits/operation-limits.js";
export { connectRateLimitRedis, DEFAULT_RATE_LIMIT_POLICY, type RateLimitPolicy } from "./limits/rate-limiter.js";
export { readTrustedManifest, type TrustedDocumentSettings } from "./trusted-documents.js";
export type { HttpEdgeOptions } from "./http/edge-options.js";
