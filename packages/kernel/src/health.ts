/** One dependency check: resolves when healthy, throws when not. */
export interface HealthCheck {
  check: () => Promise<void>;
  /** A failed critical check makes the service unhealthy (503); a non-critical one only degraded. */
  critical: boolean;
}

export type HealthStatus = "healthy" | "degraded" | "unhealthy";

export interface HealthReport {
  status: HealthStatus;
  checks: Record<string, { status: "up" | "down"; latencyMs: number; error?: string }>;
}

const CHECK_TIMEOUT_MS = 2_000;

/** Runs every check (each bounded by a timeout) and folds them into one status. */
export async function healthReport(checks: Record<string, HealthCheck>): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, { check, critical }]) => {
      const started = performance.now();
      try {
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            check(),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error("timed out")), CHECK_TIMEOUT_MS);
            }),
          ]);
        } finally {
          clearTimeout(timer);
        }
        return { name, critical, result: { status: "up" as const, latencyMs: Math.round(performance.now() - started) } };
      } catch (error) {
        return {
          name,
          critical,
          result: { status: "down" as const, latencyMs: Math.round(performance.now() - started), error: (error as Error).message },
        };
      }
    }),
  );
  const down = entries.filter((entry) => entry.result.status === "down");
  const status: HealthStatus = down.some((entry) => entry.critical) ? "unhealthy" : down.length > 0 ? "degraded" : "healthy";
  return { status, checks: Object.fromEntries(entries.map((entry) => [entry.name, entry.result])) };
}
