/**
 * `npm run bench`: what authentication costs at the gateway, as ratios measured in one run.
 *
 * Starts the whole graph in this process (embedded PGlite in a temporary folder, or the PostgreSQL in
 * DATABASE_URL), signs a user up through the gateway and logs them in to a workspace of their own, then
 * sends the same queries with and without that Bearer token from a worker thread, a fixed number in
 * flight, after a warm-up, in interleaved rounds so drift (JIT, GC, a busy neighbour) hits every query
 * alike. Last, argon2id hash and verify times with identity's own hasher and parameters. Prints tables
 * (ratios against the anonymous baseline of the same run) and asserts nothing about speed. About 50 s on
 * embedded PGlite, most of it starting the graph; ~25 s with DATABASE_URL.
 *
 * Environment (all optional):
 *   BENCH_CONCURRENCY   requests in flight                              (default 16)
 *   BENCH_DURATION_MS   measured time per query, split over the rounds  (default 3000)
 *   BENCH_WARMUP_MS     unmeasured warm-up per query                    (default 1000)
 *   BENCH_ROUNDS        interleaved rounds                              (default 5)
 *   BENCH_ARGON2_RUNS   argon2id hashes and verifies to time            (default 20)
 *   DATABASE_URL        PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset
 *   LOG_LEVEL           the services' log level                         (default error)
 * e.g. `BENCH_DURATION_MS=20000 BENCH_CONCURRENCY=32 npm run bench`.
 */
import "reflect-metadata";
import os from "node:os";
import { buildUser, CreateWorkspaceDocument, dataOf, execute, loginAs } from "@plateau/test-kit";
import { env, parseEnv, type LogLevel } from "@plateau/kernel";
import { startBenchGraph } from "./graph.js";
import { measureArgon2 } from "./argon2.js";
import { LoadWorker, measureInterleaved } from "./load.js";
import { addedMsPerRequest, formatNumber, formatRange, formatRatio, renderTable, requestsPerSecond, summarise } from "./stats.js";

const config = parseEnv({
  BENCH_CONCURRENCY: env.int("Requests in flight", 16),
  BENCH_DURATION_MS: env.int("Measured time per query, split over the rounds", 3000),
  BENCH_WARMUP_MS: env.int("Unmeasured warm-up per query", 1000),
  BENCH_ROUNDS: env.int("Interleaved rounds", 5),
  BENCH_ARGON2_RUNS: env.int("argon2id hashes and verifies to time", 20),
  DATABASE_URL: env.optionalUrl("PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset"),
  LOG_LEVEL: env.oneOf("The services' log level", ["debug", "info", "warn", "error", "silent"] satisfies LogLevel[], "error"),
});
for (const name of ["BENCH_CONCURRENCY", "BENCH_DURATION_MS", "BENCH_ROUNDS", "BENCH_ARGON2_RUNS"] as const) {
  if (config[name] < 1) throw new Error(`${name} must be at least 1, got ${config[name]}`);
}
if (config.BENCH_WARMUP_MS < 0) throw new Error(`BENCH_WARMUP_MS must not be negative, got ${config.BENCH_WARMUP_MS}`);

/** One query as a client sends it; `expectErrorCode` when the graph is meant to refuse it. */
interface Scenario {
  key: "gateway" | "gatewayToken" | "hop" | "hopToken" | "meToken";
  query: string;
  withToken: boolean;
  expectErrorCode?: string;
  /** What the graph does with it. */
  path: string;
}

// `user(id:)` with an id that is not a UUID reaches identity and fails there before any database work:
// refused by the shield without a token, rejected by the resolver's id check with one. The pair differs
// only in the two token verifications, so it isolates their cost over one hop.
const NOT_AN_ID = `{ user(id: "bench") { id } }`;
const SCENARIOS: Scenario[] = [
  { key: "gateway", query: "{ __typename }", withToken: false, path: "gateway only" },
  { key: "gatewayToken", query: "{ __typename }", withToken: true, path: "gateway only; token verified at the edge" },
  { key: "hop", query: NOT_AN_ID, withToken: false, expectErrorCode: "UNAUTHENTICATED", path: "-> identity: shield refuses" },
  {
    key: "hopToken",
    query: NOT_AN_ID,
    withToken: true,
    expectErrorCode: "BAD_USER_INPUT",
    path: "-> identity: verified twice, id refused",
  },
  { key: "meToken", query: "{ me { id } }", withToken: true, path: "-> identity: verified twice, user read" },
];

const RATIOS: { label: string; measured: Scenario["key"]; baseline: Scenario["key"] }[] = [
  { label: "edge verification ({ __typename }, token / none)", measured: "gatewayToken", baseline: "gateway" },
  { label: "edge + subgraph verification (user(id:), token / none)", measured: "hopToken", baseline: "hop" },
  { label: "authenticated me { id } / anonymous { __typename }", measured: "meToken", baseline: "gateway" },
  // Not authentication: shows how much of the line above is the database read behind `me`.
  { label: "for scale: me { id } / user(id:), both with token", measured: "meToken", baseline: "hopToken" },
];

const { graph, startupSeconds } = await startBenchGraph("auth", { databaseUrl: config.DATABASE_URL, logLevel: config.LOG_LEVEL });
const load = new LoadWorker();
try {
  const url = graph.gateway.url;
  // A workspace-scoped token, the kind a client holds for everyday work (and the kind reads need).
  const user = await buildUser(url, { name: "Bench User" });
  const { createWorkspace } = dataOf(
    await execute(url, CreateWorkspaceDocument, { token: user.token, variables: { input: { name: "Bench" } } }),
  );
  const token = await loginAs(url, user.email, createWorkspace.workspace.id);
  const results = await measureInterleaved(
    (spec) => load.run(spec),
    SCENARIOS.map((scenario) => ({
      url,
      query: scenario.query,
      token: scenario.withToken ? token : undefined,
      concurrency: config.BENCH_CONCURRENCY,
      expectErrorCode: scenario.expectErrorCode,
    })),
    { warmupMs: config.BENCH_WARMUP_MS, durationMs: config.BENCH_DURATION_MS, rounds: config.BENCH_ROUNDS },
  );
  const rounds = new Map(SCENARIOS.map((scenario, index) => [scenario.key, results[index]!]));
  const rate = (key: Scenario["key"]) => requestsPerSecond(rounds.get(key)!);
  const roundRatios = (measured: Scenario["key"], baseline: Scenario["key"]) =>
    rounds.get(measured)!.map((result, round) => requestsPerSecond([result]) / requestsPerSecond([rounds.get(baseline)![round]!]));

  const cpus = os.cpus();
  print(
    `Authentication cost at the gateway: ${config.BENCH_CONCURRENCY} requests in flight, ` +
      `${config.BENCH_DURATION_MS} ms per query in ${config.BENCH_ROUNDS} interleaved rounds after ${config.BENCH_WARMUP_MS} ms warm-up each`,
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}; ` +
      `${config.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite"}, graph up in ${startupSeconds.toFixed(1)} s; ` +
      "graph in this process, client in a worker thread",
    "",
    renderTable(
      ["query", "token", "req/s", "p50 ms", "p95 ms", "requests", "path"],
      SCENARIOS.map((scenario) => {
        const measured = rounds.get(scenario.key)!;
        const { median, p95 } = summarise(measured.flatMap((result) => result.latenciesMs));
        return [
          scenario.query,
          scenario.withToken ? "Bearer" : "none",
          formatNumber(rate(scenario.key), 0),
          formatNumber(median, 2),
          formatNumber(p95, 2),
          String(measured.reduce((sum, result) => sum + result.requests, 0)),
          scenario.path,
        ];
      }),
      [2, 3, 4, 5],
    ),
    "",
    renderTable(
      ["req/s ratio, same run", "ratio", "per round", "ms added per request"],
      RATIOS.map((ratio) => [
        ratio.label,
        formatRatio(rate(ratio.measured), rate(ratio.baseline)),
        formatRange(roundRatios(ratio.measured, ratio.baseline)),
        formatNumber(addedMsPerRequest(rate(ratio.measured), rate(ratio.baseline)), 3),
      ]),
      [1, 2, 3],
    ),
    "(ratio: from all rounds together; per round: the spread of the rounds' ratios; ms added: 1000 / req/s of each side,",
    " the time a request occupies the graph's one saturated thread, measured minus baseline)",
    "",
  );
} finally {
  await load.close();
  await graph.close();
}

const argon2 = await measureArgon2(config.BENCH_ARGON2_RUNS);
print(
  `argon2id with identity's hasher: ${argon2.parameters} (from ARGON2_OPTIONS; stored hashes read ${argon2.phcPrefix}), ` +
    `${config.BENCH_ARGON2_RUNS} runs each, one at a time`,
  "",
  renderTable(
    ["operation", "median ms", "p95 ms"],
    [
      ["hash (sign-up, password change)", formatNumber(argon2.hash.median, 1), formatNumber(argon2.hash.p95, 1)],
      ["verify (login)", formatNumber(argon2.verify.median, 1), formatNumber(argon2.verify.p95, 1)],
    ],
    [1, 2],
  ),
  "",
);

function print(...lines: string[]): void {
  process.stdout.write(lines.join("\n") + "\n");
}
