export { readSupergraph, startGateway, type GatewayOptions, type RunningGateway } from "./gateway.js";
export { gatewayEnvShape, SUBGRAPH_NAMES, type SubgraphName } from "./env.js";
export type { SubscriptionLimits } from "./subscriptions/server.js";
