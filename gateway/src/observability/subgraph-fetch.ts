import { context, propagation, SpanKind, SpanStatusCode, type TextMapSetter } from "@opentelemetry/api";
import type { ServiceTelemetry } from "@plateau/observability";

/** A `fetch` as the gateway's data sources call it. */
export type SubgraphFetch = (input: string, init?: RequestInit) => Promise<Response>;

/** How a subgraph request ended, as the fetch latency histogram labels it. */
export type SubgraphFetchOutcome = "ok" | "http_error" | "timeout" | "unavailable";

const headerSetter: TextMapSetter<Headers> = { set: (headers, key, value) => headers.set(key, value) };

function isTimeout(error: unknown): boolean {
  const { name, message } = error as Error;
  return name === "TimeoutError" || /aborted|timeout/i.test(message ?? "");
}

/**
 * Wraps the fetch of the gateway's requests to `subgraph`: one CLIENT span per request, whose
 * context goes to the subgraph in `traceparent` (W3C Trace Context) so the subgraph's request and SQL
 * join the gateway's trace, and the request's latency in `plateau_subgraph_fetch_duration_seconds`.
 */
export function instrumentedFetch(subgraph: string, telemetry: ServiceTelemetry, fetchImpl: SubgraphFetch): SubgraphFetch {
  const { metrics, tracer, service } = telemetry;
  return (input, init = {}) =>
    tracer.startActiveSpan(
      `subgraph ${subgraph}`,
      { kind: SpanKind.CLIENT, attributes: { "plateau.subgraph": subgraph, "http.request.method": init.method ?? "POST" } },
      async (span) => {
        const started = performance.now();
        let outcome: SubgraphFetchOutcome = "ok";
        try {
          // Only a recorded span has a context for the subgraph to continue (none while tracing is off).
          let traced = init;
          if (span.isRecording()) {
            const headers = new Headers(init.headers);
            propagation.inject(context.active(), headers, headerSetter);
            traced = { ...init, headers };
          }
          const response = await fetchImpl(input, traced);
          span.setAttribute("http.response.status_code", response.status);
          if (response.status >= 400) {
            outcome = "http_error";
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          return response;
        } catch (error) {
          outcome = isTimeout(error) ? "timeout" : "unavailable";
          span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
          throw error;
        } finally {
          metrics.subgraphFetchDuration.observe({ service, subgraph, outcome }, (performance.now() - started) / 1_000);
          span.end();
        }
      },
    );
}
