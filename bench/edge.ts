/**
 * `npm run bench:edge`: what the gateway's edge (operation limits, query cost, rate limiter) costs per
 * request, as ratios measured in one run.
 *
 * Starts the whole graph in this process (embedded PGlite in a temporary folder, or the PostgreSQL in
 * DATABASE_URL), seeds a workspace whose projects have tasks, assignees and time logged, and starts
 * gateways in front of the same subgraphs that differ only in their edge: everything off (the baseline),
 * limits and cost only, and limits, cost and the rate limiter (in memory; also on Redis when REDIS_URL
 * is set), each budget large enough never to refuse. Then sends the README's Portfolio query (all six
 * subgraphs) and a trivial `{ me { id } }` (where the edge's share is largest) to each, from a worker
 * thread, a fixed number in flight, in interleaved rounds. Prints req/s, p50/p95 and the ratios against
 * the baseline of the same run; asserts nothing about speed.
 *
 * Environment (all optional):
 *   BENCH_CONCURRENCY   requests in flight                              (default 4)
 *   BENCH_DURATION_MS   measured time per load, split over the rounds   (default 6000)
 *   BENCH_WARMUP_MS     unmeasured warm-up per load                     (default 1500)
 *   BENCH_ROUNDS        interleaved rounds                              (default 3)
 *   DATABASE_URL        PostgreSQL for every subgraph; embedded PGlite when unset
 *   REDIS_URL           adds a gateway whose rate limiter keeps its budgets in this Redis
 *   LOG_LEVEL           the services' log level                         (default error)
 */
import "reflect-metadata";
import os from "node:os";
import { Redis } from "ioredis";
import { buildWorkspaceWithTeam } from "@plateau/test-kit";
import { createLogger, env, parseEnv, type LogLevel } from "@plateau/kernel";
import { DEFAULT_RATE_LIMIT_POLICY, type EdgeSettings, type RunningGateway } from "@plateau/gateway";
import { startGatewayFor } from "../scripts/graph.js";
import { startBenchGraph } from "./graph.js";
import { LoadWorker, measureInterleaved } from "./load.js";
import { PORTFOLIO_QUERY, seedPortfolioProjects } from "./seed.js";
import { addedMsPerRequest, formatNumber, formatRange, formatRatio, renderTable, requestsPerSecond, summarise } from "./stats.js";

const config = parseEnv({
  BENCH_CONCURRENCY: env.int("Requests in flight", 4),
  BENCH_DURATION_MS: env.int("Measured time per load, split over the rounds", 6000),
  BENCH_WARMUP_MS: env.int("Unmeasured warm-up per load", 1500),
  BENCH_ROUNDS: env.int("Interleaved rounds", 3),
  DATABASE_URL: env.optionalUrl("PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset"),
  REDIS_URL: env.optionalUrl("Redis for a gateway whose rate limiter keeps its budgets there"),
  LOG_LEVEL: env.oneOf("The services' log level", ["debug", "info", "warn", "error", "silent"] satisfies LogLevel[], "error"),
});
for (const name of ["BENCH_CONCURRENCY", "BENCH_DURATION_MS", "BENCH_ROUNDS"] as const) {
  if (config[name] < 1) throw new Error(`${name} must be at least 1, got ${config[name]}`);
}

const ME = "{ me { id } }";

/** Budgets no benchmark run can spend: the limiter does all its work and never refuses. */
const UNSPENDABLE = { ...DEFAULT_RATE_LIMIT_POLICY, userPoints: 1e15, workspacePoints: 1e15, anonymousPoints: 1e15 };
const EDGES: { key: string; label: string; edge: Partial<EdgeSettings>; redis?: boolean }[] = [
  { key: "off", label: "edge off (baseline)", edge: { enforce: false } },
  { key: "limits", label: "limits + cost", edge: { rateLimit: false } },
  { key: "memory", label: "limits + cost + rate limiter (memory)", edge: { rateLimit: UNSPENDABLE } },
  ...(config.REDIS_URL
    ? [{ key: "redis", label: "limits + cost + rate limiter (Redis)", edge: { rateLimit: UNSPENDABLE }, redis: true }]
    : []),
];

/** CPU milliseconds per request over some loads. */
const cpuPerRequest = (results: { cpuMs: number; requests: number }[]) =>
  results.reduce((sum, result) => sum + result.cpuMs, 0) /
  Math.max(
    1,
    results.reduce((sum, result) => sum + result.requests, 0),
  );

const { graph, startupSeconds } = await startBenchGraph("edge", { databaseUrl: config.DATABASE_URL, logLevel: config.LOG_LEVEL });
const load = new LoadWorker();
const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
const gateways: RunningGateway[] = [];
try {
  const url = graph.gateway.url;
  const team = await buildWorkspaceWithTeam(url);
  await seedPortfolioProjects(url, team);
  // What autovacuum would soon do after such a load (PGlite has none): statistics for the planner.
  await graph.analyze();
  const logger = createLogger({ service: "bench-gateway", level: config.LOG_LEVEL });
  for (const edge of EDGES)
    gateways.push(await startGatewayFor(graph, { logger, edge: edge.edge, rateLimitRedis: edge.redis ? redis : undefined }));

  const queries = [
    { key: "portfolio", label: "README Portfolio (six subgraphs)", query: PORTFOLIO_QUERY },
    { key: "me", label: "{ me { id } } (one subgraph)", query: ME },
  ];
  const loads = queries.flatMap((query) =>
    EDGES.map((edge, index) => ({
      query,
      edge,
      spec: { url: gateways[index]!.url, query: query.query, token: team.MANAGER.token, concurrency: config.BENCH_CONCURRENCY },
    })),
  );
  // The process's CPU time over each load (graph, gateways and the client's worker thread alike): the
  // same requests differ only in their edge, so the difference per request is what the edge costs,
  // steadier than req/s on a shared machine.
  const results = await measureInterleaved(
    async (spec) => {
      const before = process.cpuUsage();
      const result = await load.run(spec);
      const used = process.cpuUsage(before);
      return { ...result, cpuMs: (used.user + used.system) / 1000 };
    },
    loads.map((entry) => entry.spec),
    { warmupMs: config.BENCH_WARMUP_MS, durationMs: config.BENCH_DURATION_MS, rounds: config.BENCH_ROUNDS },
  );
  const byKey = new Map(loads.map((entry, index) => [`${entry.query.key}/${entry.edge.key}`, results[index]!]));

  const cpus = os.cpus();
  const lines = [
    `The gateway's edge per request: ${config.BENCH_CONCURRENCY} requests in flight, ${config.BENCH_DURATION_MS} ms per load in ` +
      `${config.BENCH_ROUNDS} interleaved rounds after ${config.BENCH_WARMUP_MS} ms warm-up each`,
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}; ` +
      `${config.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite"}, graph up in ${startupSeconds.toFixed(1)} s; ` +
      "graph and gateways in this process, client in a worker thread",
    "",
    renderTable(
      ["query", "edge", "req/s", "p50 ms", "p95 ms", "requests"],
      loads.map((entry) => {
        const measured = byKey.get(`${entry.query.key}/${entry.edge.key}`)!;
        const { median, p95 } = summarise(measured.flatMap((result) => result.latenciesMs));
        return [
          entry.query.label,
          entry.edge.label,
          formatNumber(requestsPerSecond(measured), 0),
          formatNumber(median, 2),
          formatNumber(p95, 2),
          String(measured.reduce((sum, result) => sum + result.requests, 0)),
        ];
      }),
      [2, 3, 4, 5],
    ),
    "",
    renderTable(
      ["req/s ratio against edge off, same run", "ratio", "per round", "ms added per request"],
      queries.flatMap((query) =>
        EDGES.slice(1).map((edge) => {
          const measured = byKey.get(`${query.key}/${edge.key}`)!;
          const baseline = byKey.get(`${query.key}/off`)!;
          const perRound = measured.map((result, round) => requestsPerSecond([result]) / requestsPerSecond([baseline[round]!]));
          return [
            `${query.label}: ${edge.label}`,
            formatRatio(requestsPerSecond(measured), requestsPerSecond(baseline)),
            formatRange(perRound),
            formatNumber(addedMsPerRequest(requestsPerSecond(measured), requestsPerSecond(baseline)), 3),
          ];
        }),
      ),
      [1, 2, 3],
    ),
    "(ratio below 1: the edge costs that share of throughput; ms added: 1000 / req/s of each side, measured minus baseline)",
    "",
    renderTable(
      ["CPU per request against edge off, same run", "CPU ms/request", "edge off", "ratio", "per round", "µs added"],
      queries.flatMap((query) =>
        EDGES.slice(1).map((edge) => {
          const measured = byKey.get(`${query.key}/${edge.key}`)!;
          const baseline = byKey.get(`${query.key}/off`)!;
          const perRound = measured.map((result, round) => cpuPerRequest([result]) / cpuPerRequest([baseline[round]!]));
          return [
            `${query.label}: ${edge.label}`,
            formatNumber(cpuPerRequest(measured), 3),
            formatNumber(cpuPerRequest(baseline), 3),
            formatRatio(cpuPerRequest(measured), cpuPerRequest(baseline)),
            formatRange(perRound),
            formatNumber((cpuPerRequest(measured) - cpuPerRequest(baseline)) * 1000, 0),
          ];
        }),
      ),
      [1, 2, 3, 4, 5],
    ),
    "(CPU: user + system time of this process, which runs the graph, the gateways and the client, over the requests answered)",
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
} finally {
  await load.close();
  for (const gateway of gateways) await gateway.close();
  await graph.close();
  redis?.disconnect();
}
