import { context, propagation, trace, type Tracer } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";

let contextInstalled = false;

/**
 * Installs, once per process, what carries a span from one await to the next (AsyncLocalStorage) and
 * what reads and writes `traceparent` (W3C Trace Context). Without them every span would be a root.
 */
export function installTraceContext(): void {
  if (contextInstalled) return;
  contextInstalled = true;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
}

export interface TracingOptions {
  /**
   * Where finished spans go. Without one nothing is recorded, but every request still gets trace ids
   * (for its log lines and the `traceparent` it sends on): tracing stays that cheap when off.
   */
  exporter?: SpanExporter;
  /** Export in batches (default, for OTLP) or each span as it ends (tests read them at once). */
  batch?: boolean;
}

/** The OTLP/HTTP (protobuf) exporter for a collector's base URL (`OTEL_EXPORTER_OTLP_ENDPOINT`), sending to `/v1/traces`. */
export function otlpExporter(endpoint: string): SpanExporter {
  return new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, "")}/v1/traces` });
}

/** A processor shared by several services' providers: only the owner ({@link Tracing.shutdown}) shuts it down. */
function shared(processor: SpanProcessor): SpanProcessor {
  return {
    onStart: (span, parent) => processor.onStart(span, parent),
    onEnd: (span) => processor.onEnd(span),
    forceFlush: () => processor.forceFlush(),
    shutdown: async () => {},
  };
}

/** The token of the {@link Tracing} whose provider is registered globally. */
let globalOwner: object | undefined;

/**
 * OpenTelemetry tracing for the services of one process: one tracer provider per service (each with its
 * own `service.name`, so `npm start`'s single process still shows seven services), one exporter for all.
 */
export class Tracing {
  private readonly processor: SpanProcessor | undefined;
  /** Identifies this instance as the global provider's owner. */
  private readonly token = {};

  constructor(options: TracingOptions = {}) {
    installTraceContext();
    this.processor = options.exporter
      ? options.batch === false
        ? new SimpleSpanProcessor(options.exporter)
        : new BatchSpanProcessor(options.exporter)
      : undefined;
  }

  /** Whether spans are recorded and exported. */
  get enabled(): boolean {
    return this.processor !== undefined;
  }

  /**
   * The tracer of `service`. With `global`, its provider also receives the spans libraries create
   * through the global API (@apollo/gateway's plan, execute and fetch spans); the first to ask keeps it.
   */
  tracer(service: string, options: { global?: boolean } = {}): Tracer {
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }),
      // Off: spans are not recorded, but still get (or inherit) ids. On: a caller's decision is kept.
      sampler: this.processor ? new ParentBasedSampler({ root: new AlwaysOnSampler() }) : new AlwaysOffSampler(),
      spanProcessors: this.processor ? [shared(this.processor)] : [],
    });
    if (options.global && this.processor && !globalOwner && trace.setGlobalTracerProvider(provider)) globalOwner = this.token;
    return provider.getTracer("@plateau/observability");
  }

  /** Exports every finished span now. */
  async flush(): Promise<void> {
    await this.processor?.forceFlush();
  }

  /** Flushes and stops exporting; releases the global provider if this instance registered it. */
  async shutdown(): Promise<void> {
    await this.processor?.shutdown();
    if (globalOwner === this.token) {
      trace.disable();
      globalOwner = undefined;
    }
  }
}
