import type { EventBus } from "@plateau/events";
import { checkKeySet, type HealthCheck } from "@plateau/kernel";
import type { JWTVerifyGetKey } from "jose";

export interface GatewayProbes {
  /** Each subgraph's GraphQL URL, by name. */
  subgraphs: Map<string, string>;
  /** The keys tokens are verified with at the edge (identity's JWKS). */
  tokenKeys: JWTVerifyGetKey;
  /** The bus subscriptions are served from, when there is one. */
  eventBus?: EventBus;
}

/** A check whose failure reads `message` only: the gateway's `/ready` is on the public port, where no internal URL or address may show. */
function masked(critical: boolean, message: string, check: () => Promise<void>): HealthCheck {
  return {
    critical,
    check: () =>
      check().catch(() => {
        throw new Error(message);
      }),
  };
}

/**
 * The gateway's readiness (`/ready`, docs/api/observability.md, "Health"): unhealthy only when it cannot verify any
 * token (identity's keys cannot be loaded). A subgraph that is down or not ready makes it degraded:
 * operations that need another subgraph still work, and every gateway replica sees the same subgraph,
 * so taking the gateway out of rotation would not help. Without the event bus only subscriptions stop:
 * degraded as well.
 */
export function gatewayReadiness(probes: GatewayProbes): Record<string, HealthCheck> {
  return {
    jwks: masked(true, "identity's keys cannot be loaded", () => checkKeySet(probes.tokenKeys)),
    ...(probes.eventBus ? { eventBus: masked(false, "unreachable", () => probes.eventBus!.ping()) } : {}),
    ...Object.fromEntries(
      [...probes.subgraphs].map(([name, url]) => [
        name,
        {
          critical: false,
          check: async () => {
            const response = await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(2_000) }).catch(() => {
              throw new Error("unreachable");
            });
            await response.body?.cancel();
            if (response.status >= 500) throw new Error(`not ready (${response.status})`);
          },
        } satisfies HealthCheck,
      ]),
    ),
  };
}
