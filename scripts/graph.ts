/**
 * Runs the whole graph in one process: every subgraph, then the gateway. `npm start` uses it on
 * embedded PGlite (or the servers in DATABASE_URL), and the e2e tests use it on real PostgreSQL with
 * free ports. Subgraphs verify tokens against identity's JWKS, known once identity is up. Every
 * subgraph relays its outbox to one event bus: Redis when a URL is given, otherwise in-process. All
 * record into one {@link Telemetry} (series told apart by their `service` label, one tracer each).
 * Every service gets the same internal secret, generated for this run unless given.
 */
import path from "node:path";
import type { JWTVerifyGetKey } from "jose";
import { createEventBus, type EventBus } from "@plateau/events";
import { createLogger, deferredKeySet, generateInternalSecrets, remoteKeySet, type InternalSecrets, type Logger } from "@plateau/kernel";
import { Telemetry } from "@plateau/observability";
import { startSubgraph, type DatabaseLocation, type RunningSubgraph } from "@plateau/subgraph-kit";
import {
  connectRateLimitRedis,
  readSupergraph,
  startGateway,
  type EdgeSettings,
  type GatewayOptions,
  type HttpEdgeOptions,
  type RunningGateway,
  type TrustedDocumentSettings,
} from "@plateau/gateway";
import { SUBGRAPHS } from "./subgraphs.js";

export const TOKEN_AUDIENCE = { issuer: "plateau-identity", audience: "plateau" };

const SUPERGRAPH_PATH = path.resolve(import.meta.dirname, "..", "schema", "supergraph.graphql");

export interface GraphOptions {
  /** A PostgreSQL URL (all subgraphs share it, each in its own schema), or embedded PGlite under a folder. */
  database: { url: string } | { pgliteRoot: string };
  /** Use each subgraph's default port (4001…) and the gateway's 4000; false picks free ports (tests). */
  fixedPorts: boolean;
  gatewayPort?: number;
  host?: string;
  supergraphPath?: string;
  /** Settings subgraphs read (their env): DATA_DIR, JWT keys, … */
  settings?: Record<string, unknown>;
  logger?: Logger;
  /** Receives every SQL statement of every subgraph, tagged with the subgraph (statement-count tests). */
  onQuery?: (subgraph: string, sql: string) => void;
  /** Redis for the event bus; without it (and without `eventBus`) the graph uses an in-process bus. */
  redisUrl?: string;
  /** The subgraphs' outbox relays' fallback poll (their default, 30 s, when omitted). */
  outboxIntervalMs?: number;
  /** A bus to use instead (tests); the caller closes it. */
  eventBus?: EventBus;
  /** The gateway's operation limits, rate limits and introspection policy (its defaults otherwise). */
  edge?: Partial<EdgeSettings>;
  /** The typed client's documents by hash (and whether only they run). */
  trustedDocuments?: TrustedDocumentSettings;
  /** The gateway's CORS allow-list, trusted proxy and body limit (its defaults otherwise). */
  gatewayHttp?: HttpEdgeOptions;
  /** Metrics and tracing for every service; the caller shuts it down. Without one the graph has its own (traces off). */
  telemetry?: Telemetry;
  /** The secrets of the services' internal credentials; a fresh one for this run when omitted. */
  internalSecrets?: InternalSecrets;
}

export interface RunningGraph {
  gateway: RunningGateway;
  subgraphs: Map<string, RunningSubgraph>;
  /** The bus every subgraph publishes to. */
  eventBus: EventBus;
  /** What every service records into (serve `telemetry.metrics` to scrape the whole graph). */
  telemetry: Telemetry;
  /** What the gateway and the subgraphs sign and check internal credentials with. */
  internalSecrets: InternalSecrets;
  /** Refreshes every subgraph's planner statistics (`ANALYZE`): after a bulk load such as seeding. */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

/** Starts every subgraph and the gateway; on failure, stops whatever had started. */
export async function startGraph(options: GraphOptions): Promise<RunningGraph> {
  const logger = options.logger ?? createLogger({ service: "graph" });
  const eventBus = options.eventBus ?? createEventBus({ redisUrl: options.redisUrl, logger: logger.child({ service: "events" }) });
  // A bus we created is ours to close, after the subgraphs whose relays publish to it.
  const closeBus = options.eventBus ? async () => {} : () => eventBus.close();
  // With Redis, the gateway's rate-limit budgets live there (as with several gateway instances).
  const rateLimitRedis = options.redisUrl ? connectRateLimitRedis(options.redisUrl) : undefined;
  const closeRedis = async () => void (await rateLimitRedis?.quit().catch(() => rateLimitRedis.disconnect()));
  const telemetry = options.telemetry ?? new Telemetry();
  // A telemetry we created is ours to shut down, after every service has stopped recording.
  const closeTelemetry = async () => void (options.telemetry ? undefined : await telemetry.shutdown());
  const started = new Map<string, RunningSubgraph>();
  // Nothing outside this process needs it: a secret of its own each run, never one written down.
  const internalSecrets = options.internalSecrets ?? generateInternalSecrets();
  let identityKeys: JWTVerifyGetKey | undefined;
  const tokenKeys = deferredKeySet(() => identityKeys, "identity has not started yet");
  const databaseFor = (name: string): DatabaseLocation =>
    "url" in options.database ? { url: options.database.url } : { pgliteDir: path.join(options.database.pgliteRoot, name) };
  // workspaces first: identity asks it for memberships when it mints workspace tokens, and portfolio and
  // timesheets whether users are members. portfolio next: the others check project and task ids with it.
  const first = ["workspaces", "identity", "portfolio"];
  const order = [...first, ...SUBGRAPHS.map((s) => s.definition.name).filter((n) => !first.includes(n))];
  /** The base URL of a started subgraph, for the settings of those that call it (WORKSPACES_URL, IDENTITY_URL, PORTFOLIO_URL). */
  const baseUrls = () =>
    Object.fromEntries(
      ["workspaces", "identity", "portfolio"].flatMap((name) => {
        const running = started.get(name);
        return running ? [[`${name.toUpperCase()}_URL`, new URL(running.url).origin]] : [];
      }),
    );
  try {
    for (const name of order) {
      const entry = SUBGRAPHS.find((s) => s.definition.name === name);
      if (!entry) continue;
      const running = await startSubgraph(entry.definition, {
        database: databaseFor(name),
        tokenKeys,
        tokenAudience: TOKEN_AUDIENCE,
        internalSecrets,
        port: options.fixedPorts ? entry.port : 0,
        host: options.host,
        logger: logger.child({ service: name }),
        onQuery: options.onQuery ? (sql) => options.onQuery!(name, sql) : undefined,
        settings: { ...options.settings, ...baseUrls() },
        eventBus,
        outboxIntervalMs: options.outboxIntervalMs,
        telemetry,
      });
      started.set(name, running);
      if (name === "identity") identityKeys = remoteKeySet(new URL("/.well-known/jwks.json", running.url).toString());
    }
    const gateway = await startGateway({
      supergraphSdl: readSupergraph(options.supergraphPath ?? SUPERGRAPH_PATH),
      tokenKeys,
      tokenAudience: TOKEN_AUDIENCE,
      internalSecrets,
      subgraphUrls: Object.fromEntries([...started].map(([name, running]) => [name, running.url])),
      port: options.fixedPorts ? (options.gatewayPort ?? 4000) : 0,
      host: options.host,
      logger: logger.child({ service: "gateway" }),
      eventBus,
      edge: options.edge,
      rateLimitRedis,
      trustedDocuments: options.trustedDocuments,
      http: options.gatewayHttp,
      telemetry,
    });
    return {
      gateway,
      subgraphs: started,
      eventBus,
      telemetry,
      internalSecrets,
      analyze: async () => {
        for (const running of started.values()) await running.database.analyze();
      },
      close: async () => {
        await gateway.close();
        await Promise.all([...started.values()].map((running) => running.close()));
        await closeBus();
        await closeRedis();
        await closeTelemetry();
      },
    };
  } catch (error) {
    await Promise.allSettled([...started.values()].map((running) => running.close()));
    await closeBus();
    await closeRedis();
    await closeTelemetry();
    throw error;
  }
}

/**
 * Another gateway instance in front of `graph`'s subgraphs, on a free port (a second replica, or one
 * with other limits, edge settings or event bus: e2e tests and benchmarks); the caller closes it.
 */
export function startGatewayFor(
  graph: RunningGraph,
  options: Omit<GatewayOptions, "supergraphSdl" | "tokenKeys" | "tokenAudience" | "internalSecrets" | "subgraphUrls">,
): Promise<RunningGateway> {
  return startGateway({
    supergraphSdl: readSupergraph(SUPERGRAPH_PATH),
    tokenKeys: remoteKeySet(new URL("/.well-known/jwks.json", graph.subgraphs.get("identity")!.url).toString()),
    tokenAudience: TOKEN_AUDIENCE,
    internalSecrets: graph.internalSecrets,
    subgraphUrls: Object.fromEntries([...graph.subgraphs].map(([name, running]) => [name, running.url])),
    ...options,
  });
}
