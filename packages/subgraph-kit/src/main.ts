import path from "node:path";
import { createEventBus } from "@plateau/events";
import {
  createLogger,
  env,
  EnvError,
  internalSecretsEnvShape,
  internalSecretsFromEnv,
  parseEnv,
  remoteKeySet,
  serveInWorkers,
  type ParsedEnv,
} from "@plateau/kernel";
import { observabilityEnvShape, startProcessTelemetry } from "@plateau/observability";
import { OUTBOX_POLL_MS } from "./outbox/outbox-relay.js";
import { startSubgraph, type AnySubgraphDefinition } from "./subgraph.js";

/** The variables every subgraph reads (docs/operations.md, "Environment variables"). */
export const subgraphEnvShape = (defaultPort: number) => ({
  PORT: env.int("HTTP port of this subgraph", defaultPort),
  HOST: env.string("Address to bind", "127.0.0.1"),
  DATABASE_URL: env.optionalUrl("PostgreSQL URL; when unset the subgraph runs on embedded PGlite under DATA_DIR"),
  DATA_DIR: env.string("Directory of the embedded databases", ".data"),
  REDIS_URL: env.optionalUrl("Redis for the event bus; when unset, events wait in the subgraph's outbox"),
  WORKERS: env.int("Worker processes sharing the port (node:cluster); 1 serves from the main process; more need DATABASE_URL", 1),
  OUTBOX_POLL_MS: env.int("Fallback poll of the outbox relay in ms; commits and database notifications wake it", OUTBOX_POLL_MS),
  JWKS_URL: env.url("identity's JWKS endpoint", "http://127.0.0.1:4001/.well-known/jwks.json"),
  JWT_ISSUER: env.string("Expected `iss` of access tokens", "plateau-identity"),
  JWT_AUDIENCE: env.string("Expected `aud` of access tokens", "plateau"),
  ...observabilityEnvShape,
  ...internalSecretsEnvShape,
});

type SubgraphEnv = ParsedEnv<ReturnType<typeof subgraphEnvShape>>;

/**
 * The whole of a subgraph's `main.ts`: parse the environment, start (in `WORKERS` processes sharing the
 * port), and drain on SIGINT/SIGTERM.
 */
export async function runSubgraph(definition: AnySubgraphDefinition, defaultPort: number): Promise<void> {
  const logger = createLogger({ service: definition.name });
  const config = parseEnv(subgraphEnvShape(defaultPort));
  if (config.WORKERS < 1) throw new EnvError([`WORKERS must be at least 1, got ${config.WORKERS}`]);
  // The embedded database belongs to one process.
  if (config.WORKERS > 1 && !config.DATABASE_URL)
    throw new EnvError([`WORKERS=${config.WORKERS} needs DATABASE_URL: PGlite serves one process`]);
  await serveInWorkers(config.WORKERS, logger, () => serveSubgraph(definition, config), definition.name);
}

/** One subgraph process: the whole of it, or one of its WORKERS. */
async function serveSubgraph(definition: AnySubgraphDefinition, config: SubgraphEnv): Promise<void> {
  const logger = createLogger({ service: definition.name });
  const internalSecrets = internalSecretsFromEnv(config);
  // A lone subgraph process has nobody to share an in-process bus with: without Redis, its events
  // stay in the outbox (relayed once REDIS_URL is set) rather than being marked relayed to no one.
  const eventBus = config.REDIS_URL ? createEventBus({ redisUrl: config.REDIS_URL, logger }) : undefined;
  if (!eventBus) logger.warn("REDIS_URL is not set: domain events stay in the outbox until the subgraph runs with Redis");
  const observability = await startProcessTelemetry(config, logger);
  const running = await startSubgraph(definition, {
    database: config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: path.resolve(config.DATA_DIR, definition.name) },
    tokenKeys: remoteKeySet(config.JWKS_URL),
    tokenAudience: { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
    internalSecrets,
    port: config.PORT,
    host: config.HOST,
    logger,
    settings: process.env,
    eventBus,
    outboxIntervalMs: config.OUTBOX_POLL_MS,
    telemetry: observability.telemetry,
  }).catch(async (error: unknown) => {
    await eventBus?.close();
    await observability.close();
    throw error;
  });
  const stop = async (signal: string) => {
    logger.info("shutting down", { signal });
    await running.close();
    await eventBus?.close();
    await observability.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}
