import type { IncomingMessage, ServerResponse } from "node:http";
import { pathOf, routeOf } from "../routes.js";
import type { Metrics } from "./metrics.js";

/**
 * Express middleware counting and timing `service`'s HTTP requests by method, route and status
 * (`499` when the client went away before the answer).
 */
export function httpMetricsMiddleware(metrics: Metrics, service: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const started = performance.now();
    const path = pathOf(req);
    res.once("close", () => {
      const labels = {
        service,
        method: req.method ?? "GET",
        route: routeOf(req, path),
        status: String(res.writableFinished ? res.statusCode : 499),
      };
      metrics.httpRequests.inc(labels);
      metrics.httpRequestDuration.observe(labels, (performance.now() - started) / 1_000);
    });
    next();
  };
}
