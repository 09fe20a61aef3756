/**
 * A service for workers.int.test.ts: serves its process id from WORKERS processes sharing one port
 * (0: the first listener picks it, the cluster gives every worker the same), prints "listening <port>
 * <pid>" once listening and "draining <pid>" on SIGTERM before it exits, as a real service drains.
 */
import http from "node:http";
import { createLogger } from "./logger.js";
import { serveInWorkers } from "./workers.js";

const workers = Number(process.env.WORKERS);
await serveInWorkers(workers, createLogger({ service: "workers-fixture", level: "silent" }), async () => {
  const server = http.createServer((_request, response) => response.end(String(process.pid)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.once("SIGTERM", () => {
    process.stdout.write(`draining ${process.pid}\n`);
    server.close(() => process.exit(0));
  });
  process.stdout.write(`listening ${(server.address() as { port: number }).port} ${process.pid}\n`);
});
