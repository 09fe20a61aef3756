import cluster from "node:cluster";
import type { Logger } from "./logger.js";

/**
 * Runs `serve` in `count` worker processes that share the listening port (node:cluster: the primary
 * accepts connections and hands them to the workers in turn), or in this process when `count` is 1.
 * The primary only supervises: it replaces a worker that dies unexpectedly, and on SIGINT/SIGTERM
 * passes the signal on to every worker (each drains as a single process does) and exits once all have.
 * Each worker is a whole service (`GATEWAY_WORKERS`, a subgraph's `WORKERS`): its own connections,
 * caches and pools; `what` names it in the primary's log lines.
 */
export async function serveInWorkers(count: number, logger: Logger, serve: () => Promise<void>, what = "service"): Promise<void> {
  if (count <= 1 || cluster.isWorker) return serve();
  let stopping = false;
  const fork = () =>
    cluster.fork().on("exit", (code, signal) => {
      if (stopping) return;
      logger.error(`${what} worker died: starting another`, { code, signal });
      fork();
    });
  for (let n = 0; n < count; n++) fork();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
      if (workers.length === 0) process.exit(0);
      let left = workers.length;
      for (const worker of workers) {
        worker.once("exit", () => --left === 0 && process.exit(0));
        worker.process.kill(signal);
      }
    });
  }
  logger.info(`${what} workers started`, { workers: count });
}
