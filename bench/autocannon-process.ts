/**
 * The load generator of `bench:gateways` in a process of its own (its CPU is then neither the
 * gateway's nor the subgraphs'): runs each {@link CannonSpec} it is sent with autocannon and posts
 * back a {@link CannonResult}. Every response body is checked: one with `errors`, without `data` or
 * with a status other than 2xx counts as unexpected, so a benchmark never reports the speed of errors.
 */
import autocannon from "autocannon";

/** One POSTed query, a fixed number of connections, each sending its next request when answered. */
export interface CannonSpec {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  token: string;
  connections: number;
  durationMs: number;
}

export interface CannonResult {
  requests: number;
  /** Responses that were not a 2xx with data and no errors, and connection errors or timeouts. */
  unexpected: number;
  firstUnexpected?: string;
  elapsedMs: number;
  p50Ms: number;
  p99Ms: number;
}

/** Runs `spec` with autocannon in this process. */
export async function runCannon(spec: CannonSpec): Promise<CannonResult> {
  let firstUnexpected: string | undefined;
  const result = await autocannon({
    url: spec.url,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${spec.token}` },
    body: JSON.stringify({ query: spec.query, variables: spec.variables ?? {} }),
    connections: spec.connections,
    duration: spec.durationMs / 1000,
    verifyBody: (raw) => {
      const body = String(raw ?? "");
      const ok = body.startsWith('{"data":{') && !body.includes('"errors":');
      if (!ok) firstUnexpected ??= body.slice(0, 500);
      return ok;
    },
  });
  const requests = result.requests.total;
  return {
    requests,
    unexpected: result.mismatches + result.non2xx + result.errors + result.timeouts,
    firstUnexpected: firstUnexpected ?? (result.errors > 0 ? `${result.errors} connection errors` : undefined),
    elapsedMs: result.duration * 1000,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

if (process.send) {
  process.on("message", (spec: CannonSpec) => {
    void runCannon(spec).then((result) => process.send!(result));
  });
}
