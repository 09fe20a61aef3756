import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { workerDatabaseUrl } from "@plateau/test-kit";
import { startGraph, type RunningGraph } from "../scripts/graph.js";

/** The whole graph on the test server's PostgreSQL, on free ports, with its own key folder. */
export async function startTestGraph(options: { onQuery?: (subgraph: string, sql: string) => void } = {}): Promise<RunningGraph> {
  return startGraph({
    database: { url: await workerDatabaseUrl() },
    fixedPorts: false,
    settings: { DATA_DIR: mkdtempSync(path.join(tmpdir(), "plateau-e2e-")) },
    onQuery: options.onQuery,
  });
}
