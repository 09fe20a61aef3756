import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { workerDatabaseUrl } from "@plateau/test-kit";
import type { EventBus } from "@plateau/events";
import { createLogger, remoteKeySet } from "@plateau/kernel";
import { readSupergraph, startGateway, type RunningGateway, type SubscriptionLimits } from "@plateau/gateway";
import { startGraph, TOKEN_AUDIENCE, type RunningGraph } from "../scripts/graph.js";

/**
 * The whole graph on the test server's PostgreSQL, on free ports, with its own data folder (where
 * identity keeps its generated signing key: `<dataDir>/identity-keys/signing-key.json`).
 */
export async function startTestGraph(
  options: { onQuery?: (subgraph: string, sql: string) => void; dataDir?: string; redisUrl?: string } = {},
): Promise<RunningGraph> {
  return startGraph({
    database: { url: await workerDatabaseUrl() },
    fixedPorts: false,
    settings: { DATA_DIR: options.dataDir ?? mkdtempSync(path.join(tmpdir(), "plateau-e2e-")) },
    onQuery: options.onQuery,
    redisUrl: options.redisUrl,
  });
}

/**
 * Another gateway instance in front of `graph`'s subgraphs (a second replica, or one with other
 * limits or another event bus), on a free port; the caller closes it.
 */
export function startExtraGateway(
  graph: RunningGraph,
  options: { eventBus?: EventBus; subscriptionLimits?: Partial<SubscriptionLimits> } = {},
): Promise<RunningGateway> {
  return startGateway({
    supergraphSdl: readSupergraph(path.resolve(import.meta.dirname, "..", "schema", "supergraph.graphql")),
    tokenKeys: remoteKeySet(new URL("/.well-known/jwks.json", graph.subgraphs.get("identity")!.url).toString()),
    tokenAudience: TOKEN_AUDIENCE,
    subgraphUrls: Object.fromEntries([...graph.subgraphs].map(([name, running]) => [name, running.url])),
    logger: createLogger({ service: "e2e-gateway", level: "silent" }),
    eventBus: options.eventBus,
    subscriptionLimits: options.subscriptionLimits,
  });
}
