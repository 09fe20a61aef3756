/** What every benchmark starts with: the whole graph in this process, on throwaway storage. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createLogger, type InternalSecrets, type LogLevel } from "@plateau/kernel";
import { startGraph, type RunningGraph } from "../scripts/graph.js";

/**
 * Starts the graph on `databaseUrl` (every subgraph in its own schema) or, without one, on embedded
 * PGlite in a temporary folder that is removed when the process exits; random ports, quiet services;
 * `internalSecrets` when gateways in other processes must sign what the subgraphs accept.
 */
export async function startBenchGraph(
  name: string,
  options: { databaseUrl?: string; redisUrl?: string; logLevel: LogLevel; internalSecrets?: InternalSecrets },
): Promise<{ graph: RunningGraph; startupSeconds: number }> {
  const logger = createLogger({ service: "bench", level: options.logLevel });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `plateau-bench-${name}-`));
  // On any exit, also when starting the graph fails: the embedded databases are throwaway.
  process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  const startingAt = performance.now();
  const graph = await startGraph({
    database: options.databaseUrl ? { url: options.databaseUrl } : { pgliteRoot: dataDir },
    fixedPorts: false,
    settings: { DATA_DIR: dataDir },
    logger,
    redisUrl: options.redisUrl,
    // Seeding sends thousands of requests as one user; bench:edge measures the limits on and off itself.
    edge: { rateLimit: false },
    internalSecrets: options.internalSecrets,
  });
  return { graph, startupSeconds: (performance.now() - startingAt) / 1000 };
}
