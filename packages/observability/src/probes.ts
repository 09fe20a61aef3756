import type { IncomingMessage, ServerResponse } from "node:http";
import type { HealthReport } from "@plateau/kernel";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(JSON.stringify(body));
}

/**
 * `GET /health`: liveness. Answers from the process alone (no dependency is asked), so a restart is
 * never triggered by a database or Redis outage that a restart would not fix.
 */
export function livenessHandler(service: string): Handler {
  const started = Date.now();
  return (_req, res) => json(res, 200, { service, status: "healthy", uptimeSeconds: Math.round((Date.now() - started) / 1_000) });
}

/**
 * `GET /ready`: readiness. Runs the service's checks; 200 when healthy or degraded (it serves, with
 * something missing), 503 when unhealthy (take it out of rotation).
 */
export function readinessHandler(service: string, report: () => Promise<HealthReport>): Handler {
  return (_req, res) => {
    report().then(
      (result) => json(res, result.status === "unhealthy" ? 503 : 200, { service, ...result }),
      (error: unknown) => json(res, 503, { service, status: "unhealthy", checks: {}, error: (error as Error).message }),
    );
  };
}
