import type { Tracer } from "@opentelemetry/api";
import { Metrics, type MetricsOptions } from "./metrics/metrics.js";
import { otlpExporter, Tracing, type TracingOptions } from "./tracing/tracing.js";

/** What one service records through: the shared registry (series labelled with `service`) and its own tracer. */
export interface ServiceTelemetry {
  service: string;
  metrics: Metrics;
  tracer: Tracer;
}

export interface TelemetryOptions {
  metrics?: MetricsOptions;
  tracing?: TracingOptions;
}

/**
 * The metrics and tracing of one process's services (a standalone service, `npm start`'s whole graph,
 * or a graph a test starts). The process owner creates it, serves its metrics and shuts it down.
 */
export class Telemetry {
  readonly metrics: Metrics;
  readonly tracing: Tracing;

  constructor(options: TelemetryOptions = {}) {
    this.metrics = new Metrics(options.metrics);
    this.tracing = new Tracing(options.tracing);
  }

  /**
   * A deployable's telemetry: process metrics on, OTLP trace export when `otlpEndpoint`
   * (`OTEL_EXPORTER_OTLP_ENDPOINT`) is set, no recorded spans otherwise.
   */
  static forProcess(options: { otlpEndpoint?: string }): Telemetry {
    return new Telemetry({
      metrics: { defaultMetrics: true },
      tracing: options.otlpEndpoint ? { exporter: otlpExporter(options.otlpEndpoint) } : {},
    });
  }

  /** `service`'s view; `globalTracer` also routes spans libraries make through the global API to it (the gateway). */
  forService(service: string, options: { globalTracer?: boolean } = {}): ServiceTelemetry {
    return { service, metrics: this.metrics, tracer: this.tracing.tracer(service, { global: options.globalTracer }) };
  }

  /** Exports what is left and stops; call after the services have closed. */
  shutdown(): Promise<void> {
    return this.tracing.shutdown();
  }
}
