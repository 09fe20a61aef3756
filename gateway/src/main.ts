import path from "node:path";
import { RedisEventBus } from "@plateau/events";
import { createLogger, parseEnv, remoteKeySet } from "@plateau/kernel";
import { gatewayEnvShape, SUBGRAPH_NAMES } from "./env.js";
import { readSupergraph, startGateway } from "./gateway.js";

const logger = createLogger({ service: "gateway" });
const config = parseEnv(gatewayEnvShape);
const overrides = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [name, config[`${name.toUpperCase()}_URL` as keyof typeof config] as string | undefined]).filter(
    ([, url]) => url,
  ),
);
const eventBus = config.REDIS_URL ? new RedisEventBus({ url: config.REDIS_URL, logger, connectionName: "plateau-gateway" }) : undefined;
const gateway = await startGateway({
  supergraphSdl: readSupergraph(path.resolve(config.SUPERGRAPH_PATH)),
  tokenKeys: remoteKeySet(config.JWKS_URL),
  tokenAudience: { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
  subgraphUrls: overrides,
  subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  port: config.PORT,
  host: config.HOST,
  logger,
  eventBus,
  subscriptionLimits: {
    maxSubscriptionsPerConnection: config.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    maxMessageBytes: config.WS_MAX_MESSAGE_BYTES,
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(
    signal,
    () =>
      void gateway
        .close()
        .then(() => eventBus?.close())
        .then(() => process.exit(0)),
  );
}
