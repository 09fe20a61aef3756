import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { workerDatabaseUrl } from "@plateau/test-kit";
import { startGraph, type RunningGraph } from "../scripts/graph.js";

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
