import type { IncomingMessage, ServerResponse } from "node:http";
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Tracer } from "@opentelemetry/api";
import { currentRequestScope } from "@plateau/kernel";
import { PROBE_PATHS, pathOf, routeOf } from "../routes.js";

export interface HttpServerSpanOptions {
  /**
   * Continue the caller's trace from its `traceparent` (subgraphs, called by the gateway). The gateway
   * faces the internet and starts its own: a client must not choose trace ids or force sampling.
   */
  trustIncomingContext: boolean;
}

/**
 * Express middleware: one SERVER span per request (probes aside), active for everything the request
 * does, so the spans below it (the gateway's subgraph fetches, a subgraph's SQL) join its trace.
 * Written here rather than through @opentelemetry/instrumentation-http, whose patching of `node:http`
 * needs loader hooks that ESM under tsx and vitest do not reliably give.
 */
export function httpServerSpans(tracer: Tracer, options: HttpServerSpanOptions) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = pathOf(req);
    if (PROBE_PATHS.has(path)) return next();
    const parent = options.trustIncomingContext ? propagation.extract(ROOT_CONTEXT, req.headers) : ROOT_CONTEXT;
    const method = req.method ?? "GET";
    const span = tracer.startSpan(
      method,
      {
        kind: SpanKind.SERVER,
        attributes: { "http.request.method": method, "url.path": path, "plateau.request_id": currentRequestScope()?.requestId },
      },
      parent,
    );
    res.once("close", () => {
      const status = res.writableFinished ? res.statusCode : 499;
      const route = routeOf(req, path);
      span.updateName(`${method} ${route}`);
      span.setAttributes({ "http.route": route, "http.response.status_code": status });
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
