/**
 * `npm start`: the whole graph in one process. Without DATABASE_URL every subgraph runs on its own
 * embedded PGlite under DATA_DIR, and without REDIS_URL events travel on an in-process bus; demo data
 * is seeded on first start; Ctrl-C drains and stops it all.
 */
import "reflect-metadata";
import path from "node:path";
import { createLogger } from "@plateau/kernel";
import { edgeSettingsFromEnv, trustedDocumentsFromEnv } from "@plateau/gateway";
import { readStartConfig } from "./start-config.js";
import { startProcessTelemetry } from "@plateau/observability";
import { startGraph } from "./graph.js";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "./seed/demo-data.js";
import { seedDemo } from "./seed/seed-demo.js";

const { config, gatewayConfig } = readStartConfig();
const edge = edgeSettingsFromEnv(gatewayConfig);
// Readable lines on a terminal, JSON when the output goes to a file or a log shipper.
const logFormat = config.LOG_FORMAT === "auto" ? (process.stdout.isTTY ? "pretty" : "json") : config.LOG_FORMAT;
const logger = createLogger({ service: "plateau", format: logFormat });
const observability = await startProcessTelemetry(config, logger);
const dataDir = path.resolve(config.DATA_DIR);
const graph = await startGraph({
  database: config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteRoot: dataDir },
  fixedPorts: true,
  gatewayPort: config.PORT,
  host: config.HOST,
  // Identity records the client address the gateway forwards; here the gateway is on loopback.
  settings: { TRUST_PROXY: "loopback", ...process.env, DATA_DIR: dataDir },
  logger,
  redisUrl: config.REDIS_URL,
  outboxIntervalMs: config.OUTBOX_POLL_MS,
  edge,
  trustedDocuments: trustedDocumentsFromEnv(gatewayConfig),
  gatewayHttp: {
    corsOrigins: gatewayConfig.CORS_ORIGINS,
    trustProxy: gatewayConfig.TRUST_PROXY,
    maxBodyBytes: gatewayConfig.MAX_BODY_BYTES,
  },
  telemetry: observability.telemetry,
});
if (config.SEED_DEMO) {
  await seedDemo(graph.gateway.url, logger);
  // Embedded PGlite has no autovacuum: without statistics of the rows just seeded, plans are guesses.
  await graph.analyze();
}

const base = graph.gateway.url.replace(/\/graphql$/, "");
process.stdout.write(
  [
    "",
    `  Plateau is running (${config.DATABASE_URL ? "PostgreSQL" : `embedded PGlite in ${dataDir}`}; ` +
      `events on ${config.REDIS_URL ? "Redis" : "an in-process bus"}).`,
    `  GraphQL:  ${graph.gateway.url}`,
    `  GraphiQL: ${base}/graphiql`,
    `  Health:   ${base}/health (liveness), ${base}/ready (readiness)`,
    `  Metrics:  ${observability.metricsServer!.url} (every service; not on the public port)`,
    "",
    `  Demo workspace "${DEMO_WORKSPACE}", password for every user: ${DEMO_PASSWORD}`,
    ...DEMO_USERS.map((user) => `    ${user.key.padEnd(8)} ${user.email}`),
    "",
    "  Ctrl-C stops everything.",
    "",
  ].join("\n") + "\n",
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    void graph
      .close()
      .then(() => observability.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error("unclean shutdown", { error });
          process.exit(1);
        },
      );
  });
}
