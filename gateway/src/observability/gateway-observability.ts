import type { Express } from "express";
import type { ApolloServerPlugin } from "@apollo/server";
import { healthReport } from "@plateau/kernel";
import {
  graphqlMetricsPlugin,
  httpMetricsMiddleware,
  httpServerSpans,
  livenessHandler,
  readinessHandler,
  Telemetry,
  type ServiceTelemetry,
} from "@plateau/observability";
import type { GatewayContext } from "../context.js";
import type { EdgeEvents } from "../limits/edge-limits.js";
import { gatewayReadiness, type GatewayProbes } from "../health.js";
import { edgeMetrics, type EdgeMetrics } from "./edge-metrics.js";

/** The gateway's observability, kept out of gateway.ts: it adds a plugin, a mount and a gauge there. */
export interface GatewayObservability {
  /** The gateway's registry view and tracer (data sources instrument their fetches with it). */
  telemetry: ServiceTelemetry;
  /** Counters for the rate limiter and operation limits ({@link EdgeMetrics}). */
  edge: EdgeMetrics;
  /** What the edge limits report to: the edge counters, then `also` (a caller's own listener). */
  edgeEvents(also?: EdgeEvents): EdgeEvents;
  /** Apollo Server plugins: operation and error metrics. */
  plugins: ApolloServerPlugin<GatewayContext>[];
  /**
   * Mounts, after the request-id middleware: HTTP metrics, a SERVER span per request (a new trace:
   * a client's `traceparent` is not trusted), `/health` (liveness) and `/ready` (readiness). Metrics
   * themselves are served on their own listener, never here.
   */
  mount(app: Express, probes: GatewayProbes): void;
  /** Reports open subscriptions in `plateau_subscriptions_open`. */
  observeSubscriptions(size: () => number): void;
  /** Removes the gateway's scrape-time gauges (it has stopped). */
  close(): void;
}

const SERVICE = "gateway";

/** The gateway's observability within `telemetry` (the process's, or one of its own when none is given). */
export function gatewayObservability(telemetry: Telemetry = new Telemetry()): GatewayObservability {
  // The global tracer: @apollo/gateway's own spans (request, plan, execute, fetch) land in the gateway's trace.
  const service = telemetry.forService(SERVICE, { globalTracer: true });
  const removers: (() => void)[] = [];
  const edge = edgeMetrics(service.metrics, SERVICE);
  return {
    telemetry: service,
    edge,
    edgeEvents: (also) => ({
      refused(reason, budget) {
        if (reason === "rate") edge.rateLimited.inc({ scope: budget ?? "unknown" });
        else edge.operationRefused.inc({ reason });
        also?.refused?.(reason, budget);
      },
      limiterFailedOpen(budget) {
        edge.limiterFailOpen.inc({ scope: budget });
        also?.limiterFailedOpen?.(budget);
      },
    }),
    plugins: [graphqlMetricsPlugin<GatewayContext>(service.metrics, SERVICE)],
    mount(app, probes) {
      app.use(httpMetricsMiddleware(service.metrics, SERVICE));
      app.use(httpServerSpans(service.tracer, { trustIncomingContext: false }));
      app.get("/health", livenessHandler(SERVICE));
      app.get(
        "/ready",
        readinessHandler(SERVICE, () => healthReport(gatewayReadiness(probes))),
      );
    },
    observeSubscriptions(size) {
      removers.push(service.metrics.subscriptionsOpen.observe((set) => set({ service: SERVICE }, size())));
    },
    close() {
      removers.splice(0).forEach((remove) => remove());
    },
  };
}
