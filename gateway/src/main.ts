import path from "node:path";
import { connectRateLimitRedis } from "./limits/rate-limiter.js";
import { RedisEventBus } from "@plateau/events";
import { createLogger, internalSecretsFromEnv, parseEnv, remoteKeySet, serveInWorkers } from "@plateau/kernel";
import { edgeSettingsFromEnv, gatewayEnvShape, SUBGRAPH_NAMES, trustedDocumentsFromEnv } from "./env.js";
import { startProcessTelemetry } from "@plateau/observability";
import { readSupergraph, startGateway } from "./gateway.js";

const logger = createLogger({ service: "gateway" });
const config = parseEnv(gatewayEnvShape);
const internalSecrets = internalSecretsFromEnv(config);
const overrides = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [name, config[`${name.toUpperCase()}_URL` as keyof typeof config] as string | undefined]).filter(
    ([, url]) => url,
  ),
);
/** One gateway: the whole of this process, or one of GATEWAY_WORKERS workers. */
async function serve(): Promise<void> {
  const observability = await startProcessTelemetry(config, logger);
  const eventBus = config.REDIS_URL ? new RedisEventBus({ url: config.REDIS_URL, logger, connectionName: "plateau-gateway" }) : undefined;
  const rateLimitRedis = config.REDIS_URL ? connectRateLimitRedis(config.REDIS_URL) : undefined;
  const gateway = await startGateway({
    supergraphSdl: readSupergraph(path.resolve(config.SUPERGRAPH_PATH)),
    tokenKeys: remoteKeySet(config.JWKS_URL),
    tokenAudience: { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
    internalSecrets,
    subgraphUrls: overrides,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    subgraphConnections: config.GATEWAY_SUBGRAPH_CONNECTIONS,
    listenBacklog: config.GATEWAY_LISTEN_BACKLOG,
    deduplicateSubgraphFetches: config.GATEWAY_DEDUPLICATE_SUBGRAPH_FETCHES,
    port: config.PORT,
    host: config.HOST,
    logger,
    eventBus,
    edge: edgeSettingsFromEnv(config),
    trustedDocuments: trustedDocumentsFromEnv(config),
    rateLimitRedis,
    http: { corsOrigins: config.CORS_ORIGINS, trustProxy: config.TRUST_PROXY, maxBodyBytes: config.MAX_BODY_BYTES },
    telemetry: observability.telemetry,
    subscriptionLimits: {
      maxSubscriptionsPerConnection: config.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxMessageBytes: config.WS_MAX_MESSAGE_BYTES,
      checkConcurrency: config.WS_SUBSCRIBE_CHECK_CONCURRENCY,
      maxWaitingChecks: config.WS_SUBSCRIBE_CHECK_QUEUE,
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(
      signal,
      () =>
        void gateway
          .close()
          .then(() => eventBus?.close())
          .then(() => rateLimitRedis?.quit())
          .then(() => observability.close())
          .then(() => process.exit(0)),
    );
  }
}

await serveInWorkers(config.GATEWAY_WORKERS, logger, serve, "gateway");
