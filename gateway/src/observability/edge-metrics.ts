import type { Metrics } from "@plateau/observability";

/** Where a rate limit applies (`ip`, `user`, `operation`, …): the limiter names its own scopes. */
export interface RateLimitLabels {
  scope: string;
}

/** Why an operation limit refused an operation (`depth`, `aliases`, `tokens`, `cost`, …). */
export interface RefusalLabels {
  reason: string;
}

/**
 * The counters the gateway's edge protections report to (`plateau_rate_limit_refusals_total`,
 * `plateau_rate_limiter_fail_open_total`, `plateau_operations_refused_total`), bound to the gateway's
 * `service` label. The rate limiter and the operation limits call these; nothing else does.
 */
export interface EdgeMetrics {
  /** A request was refused by a rate limit (answered 429 / RATE_LIMITED). */
  rateLimited: { inc(labels: RateLimitLabels): void };
  /** A request was let through undecided because the limiter's store (Redis) failed: failing open. */
  limiterFailOpen: { inc(labels: RateLimitLabels): void };
  /** An operation was refused before execution by an operation limit (QUERY_TOO_COMPLEX). */
  operationRefused: { inc(labels: RefusalLabels): void };
}

/** The {@link EdgeMetrics} of the gateway called `service` in `metrics`. */
export function edgeMetrics(metrics: Metrics, service: string): EdgeMetrics {
  return {
    rateLimited: { inc: ({ scope }) => metrics.rateLimitRefusals.inc({ service, scope }) },
    limiterFailOpen: { inc: ({ scope }) => metrics.rateLimiterFailOpen.inc({ service, scope }) },
    operationRefused: { inc: ({ reason }) => metrics.operationsRefused.inc({ service, reason }) },
  };
}
