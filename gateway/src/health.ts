import type { EventBus } from "@plateau/events";
import { healthReport, type HealthReport } from "@plateau/kernel";

/**
 * The gateway's health: each subgraph's own `/health`, checked in parallel, and the event bus
 * subscriptions are served from (without it only they stop: degraded, not down).
 */
export function subgraphHealth(subgraphs: Map<string, string>, eventBus?: EventBus): Promise<HealthReport> {
  return healthReport({
    ...(eventBus ? { eventBus: { critical: false, check: () => eventBus.ping() } } : {}),
    ...Object.fromEntries(
      [...subgraphs].map(([name, url]) => [
        name,
        {
          critical: true,
          check: async () => {
            const response = await fetch(new URL("/health", url), { signal: AbortSignal.timeout(2_000) });
            if (response.status >= 500) throw new Error(`unhealthy (${response.status})`);
          },
        },
      ]),
    ),
  });
}
