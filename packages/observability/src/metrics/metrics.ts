import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Reads a gauge's current values at scrape time (the pool's size, the outbox's backlog, open subscriptions). */
export type GaugeSource<L extends string> = (set: (labels: Record<L, string>, value: number) => void) => Promise<void> | void;

/** A gauge whose values are read from its sources at each scrape; a stopped service removes its source, and its series go. */
export class ObservedGauge<L extends string> {
  private readonly sources = new Set<GaugeSource<L>>();
  readonly gauge: Gauge<L>;

  constructor(registry: Registry, name: string, help: string, labelNames: readonly L[]) {
    const sources = this.sources;
    this.gauge = new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        // A source that fails (a database that went away) leaves its series out of this scrape.
        await Promise.allSettled([...sources].map((source) => source((labels, value) => this.set(labels, value))));
      },
    });
  }

  /** Adds a source; returns its remover. */
  observe(source: GaugeSource<L>): () => void {
    this.sources.add(source);
    return () => this.sources.delete(source);
  }
}

/** Buckets for request and operation durations, in seconds (5 ms to 10 s). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Buckets for event delivery lag, in seconds (10 ms to 5 min: an outage leaves events waiting minutes). */
const LAG_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300];

function counter<L extends string>(registry: Registry, name: string, help: string, labelNames: readonly L[]): Counter<L> {
  return new Counter<L>({ name, help, labelNames, registers: [registry] });
}

function histogram<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
  buckets: number[],
): Histogram<L> {
  return new Histogram<L>({ name, help, labelNames, buckets, registers: [registry] });
}

export interface MetricsOptions {
  /** Node's process metrics (CPU, memory, event loop lag, GC) with the `plateau_` prefix; off by default (tests). */
  defaultMetrics?: boolean;
}

/**
 * Every Prometheus metric of Plateau, in one registry of its own. Each series carries a `service` label,
 * so one registry may hold the whole graph (`npm start` serves every service from one endpoint) and
 * several registries (graphs started by tests in one process) never collide. Names are listed in
 * docs/api/observability.md.
 */
export class Metrics {
  readonly registry = new Registry();

  /** HTTP requests served, by route (a fixed set) and status. */
  readonly httpRequests = counter(this.registry, "plateau_http_requests_total", "HTTP requests served", [
    "service",
    "method",
    "route",
    "status",
  ]);
  readonly httpRequestDuration = histogram(
    this.registry,
    "plateau_http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["service", "method", "route", "status"],
    DURATION_BUCKETS,
  );
  /** GraphQL operations, by operation name (bounded), type and outcome (success, partial, error). */
  readonly graphqlOperations = counter(
    this.registry,
    "plateau_graphql_operations_total",
    "GraphQL operations executed, by name, type and outcome",
    ["service", "operation", "type", "outcome"],
  );
  readonly graphqlOperationDuration = histogram(
    this.registry,
    "plateau_graphql_operation_duration_seconds",
    "Time from receiving a GraphQL operation to sending its response",
    ["service", "operation", "type", "outcome"],
    DURATION_BUCKETS,
  );
  /** GraphQL errors sent to clients, by `extensions.code`. */
  readonly graphqlErrors = counter(this.registry, "plateau_graphql_errors_total", "GraphQL errors in responses, by extensions.code", [
    "service",
    "code",
  ]);
  /** The gateway's requests to each subgraph, by outcome (ok, http_error, timeout, unavailable). */
  readonly subgraphFetchDuration = histogram(
    this.registry,
    "plateau_subgraph_fetch_duration_seconds",
    "Time of the gateway's requests to a subgraph",
    ["service", "subgraph", "outcome"],
    DURATION_BUCKETS,
  );
  /** Connections of a subgraph's database pool: total, idle, waiting (clients queued for one) and max. */
  readonly dbPoolConnections = new ObservedGauge(this.registry, "plateau_db_pool_connections", "Database pool connections by state", [
    "service",
    "state",
  ] as const);
  /** Events waiting in a subgraph's outbox (not yet on the event bus) and the age of the oldest. */
  readonly outboxBacklog = new ObservedGauge(this.registry, "plateau_outbox_backlog_events", "Events waiting in the outbox", [
    "service",
  ] as const);
  readonly outboxOldestAge = new ObservedGauge(
    this.registry,
    "plateau_outbox_oldest_event_age_seconds",
    "Age of the oldest event waiting in the outbox (0 when none waits)",
    ["service"] as const,
  );
  /** From an event's `occurredAt` to a consumer group's handler receiving it. */
  readonly eventConsumerLag = histogram(
    this.registry,
    "plateau_event_consumer_lag_seconds",
    "Time from an event's occurrence to its consumer handling it",
    ["service", "stream", "group"],
    LAG_BUCKETS,
  );
  /** The event bus's reachability as a service sees it (1 up, 0 down), read at scrape time. */
  readonly eventBusUp = new ObservedGauge(this.registry, "plateau_event_bus_up", "Whether the event bus answers (1) or not (0)", [
    "service",
  ] as const);
  /** GraphQL subscriptions open on a gateway. */
  readonly subscriptionsOpen = new ObservedGauge(this.registry, "plateau_subscriptions_open", "GraphQL subscriptions open", [
    "service",
  ] as const);
  /** Requests the gateway's rate limiter refused (429), by limit scope. */
  readonly rateLimitRefusals = counter(this.registry, "plateau_rate_limit_refusals_total", "Requests refused by a rate limit, by scope", [
    "service",
    "scope",
  ]);
  /** Requests let through without a rate-limit decision because the limiter's store (Redis) failed. */
  readonly rateLimiterFailOpen = counter(
    this.registry,
    "plateau_rate_limiter_fail_open_total",
    "Requests let through because the rate limiter's store was unavailable, by scope",
    ["service", "scope"],
  );
  /** Operations refused before execution by an operation limit (depth, aliases, tokens, cost). */
  readonly operationsRefused = counter(
    this.registry,
    "plateau_operations_refused_total",
    "GraphQL operations refused by an operation limit, by reason",
    ["service", "reason"],
  );

  constructor(options: MetricsOptions = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: "plateau_" });
  }

  /** The exposition text (Prometheus text format 0.0.4). */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }
}
