import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { SpanKind } from "@opentelemetry/api";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { createLogger, requestScopeMiddleware } from "@plateau/kernel";
import { httpServerSpans } from "./http-server-spans.js";
import { Tracing } from "./tracing.js";

const INCOMING_TRACE = "0af7651916cd43dd8448eb211c80319c";
const INCOMING = `00-${INCOMING_TRACE}-b7ad6b7169203331-01`;

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A service that logs one line per request, behind the request-id and span middlewares, as every service mounts them. */
async function serve(options: { exporter?: InMemorySpanExporter; trustIncomingContext: boolean }) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: "portfolio",
    level: "info",
    write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  const tracing = new Tracing({ exporter: options.exporter, batch: false });
  const spans = httpServerSpans(tracing.tracer("portfolio"), { trustIncomingContext: options.trustIncomingContext });
  const scope = requestScopeMiddleware();
  const server = http.createServer((req, res) =>
    scope(req as never, res, () =>
      spans(req, res, () => {
        logger.info("handled");
        res.end("ok");
      }),
    ),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { method: "POST", headers });
    await response.text();
  };
  return { lines, call };
}

describe("a request's span and log lines", () => {
  it("continue the caller's trace when trusted: every line carries the request id and that trace id", async () => {
    const exporter = new InMemorySpanExporter();
    const service = await serve({ exporter, trustIncomingContext: true });

    await service.call("/graphql", { traceparent: INCOMING, "x-request-id": "req-31" });

    expect(service.lines).toEqual([expect.objectContaining({ msg: "handled", requestId: "req-31", traceId: INCOMING_TRACE })]);
    await expect.poll(() => exporter.getFinishedSpans().length).toBe(1);
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({
      name: "POST /graphql",
      kind: SpanKind.SERVER,
      attributes: { "http.response.status_code": 200, "plateau.request_id": "req-31" },
    });
    expect(span!.spanContext().traceId).toBe(INCOMING_TRACE);
    expect(span!.parentSpanContext?.spanId).toBe("b7ad6b7169203331");
    expect(service.lines[0]!.spanId).toBe(span!.spanContext().spanId);
  });

  it("start a trace of their own when the caller is not trusted (the gateway, facing the internet)", async () => {
    const exporter = new InMemorySpanExporter();
    const service = await serve({ exporter, trustIncomingContext: false });

    await service.call("/graphql", { traceparent: INCOMING });

    await expect.poll(() => exporter.getFinishedSpans().length).toBe(1);
    const [span] = exporter.getFinishedSpans();
    expect(span!.spanContext().traceId).not.toBe(INCOMING_TRACE);
    expect(span!.parentSpanContext).toBeUndefined();
    expect(service.lines[0]!.traceId).toBe(span!.spanContext().traceId);
  });

  it("still give log lines a trace id when nothing is exported, and record nothing", async () => {
    const service = await serve({ trustIncomingContext: false });

    await service.call("/graphql");

    expect(service.lines[0]!.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(service.lines[0]!.traceId).not.toBe("0".repeat(32));
  });

  it("leave probes untraced", async () => {
    const exporter = new InMemorySpanExporter();
    const service = await serve({ exporter, trustIncomingContext: true });

    await service.call("/ready", { "x-request-id": "probe-1" });
    await service.call("/graphql", { "x-request-id": "query-1" });

    await expect.poll(() => exporter.getFinishedSpans().map((span) => span.attributes["plateau.request_id"])).toEqual(["query-1"]);
    expect(service.lines.map((line) => [line.requestId, typeof line.traceId])).toEqual([
      ["probe-1", "undefined"],
      ["query-1", "string"],
    ]);
  });
});
