import { healthReport, type HealthReport } from "@plateau/kernel";

/** The gateway's health: each subgraph's own `/health`, checked in parallel. */
export function subgraphHealth(subgraphs: Map<string, string>): Promise<HealthReport> {
  return healthReport(
    Object.fromEntries(
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
  );
}
