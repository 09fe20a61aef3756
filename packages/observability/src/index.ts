export * from "./metrics/bounded-labels.js";
export * from "./metrics/graphql-metrics.js";
export * from "./metrics/http-metrics.js";
export * from "./metrics/metrics.js";
export * from "./metrics/metrics-server.js";
export * from "./probes.js";
export * from "./process-telemetry.js";
export * from "./routes.js";
export * from "./telemetry.js";
export * from "./tracing/http-server-spans.js";
export * from "./tracing/tracing.js";
// The SDK's own exporter types, so callers (tests) use the SDK version this package runs with, not
// the older one @apollo/gateway brings.
export { InMemorySpanExporter, type ReadableSpan, type SpanExporter } from "@opentelemetry/sdk-trace-base";
