/**
 * `npm run bench:board` (part of `npm run bench`): the Kanban board of a large project through the
 * gateway, against the same data fetched with direct subgraph requests, as ratios from one run.
 *
 * Starts the whole graph in this process (embedded PGlite in a temporary folder, or the PostgreSQL in
 * DATABASE_URL), builds a workspace with a project of BENCH_BOARD_TASKS tasks spread over the board's
 * columns, each assigned to one of three members who logged time on it, checks that both ways of
 * reading the board give the same cards, then reads it both ways from a worker thread, a fixed number
 * in flight, after a warm-up, in interleaved rounds. Prints p50/p95/p99 latency, requests per second
 * and the gateway/direct ratios; asserts nothing about speed.
 *
 * Environment (all optional):
 *   BENCH_BOARD_TASKS   tasks on the board                              (default 1000)
 *   BENCH_CONCURRENCY   requests in flight                              (default 4)
 *   BENCH_DURATION_MS   measured time per way, split over the rounds    (default 6000)
 *   BENCH_WARMUP_MS     unmeasured warm-up per way                      (default 1500)
 *   BENCH_ROUNDS        interleaved rounds                              (default 3)
 *   DATABASE_URL        PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset
 *   LOG_LEVEL           the services' log level                         (default error)
 */
import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { buildWorkspaceWithTeam, dataOf, execute } from "@plateau/test-kit";
import { env, parseEnv, type LogLevel } from "@plateau/kernel";
import { startBenchGraph } from "./graph.js";
import { fetchBoardDirectly, type BoardCard, type DirectBoardSpec } from "./direct-board.js";
import { LoadWorker, measureInterleaved, type LoadResult } from "./load.js";
import { BOARD_QUERY, seedBoard } from "./seed.js";
import { formatNumber, formatRange, formatRatio, percentile, renderTable, requestsPerSecond } from "./stats.js";

const config = parseEnv({
  BENCH_BOARD_TASKS: env.int("Tasks on the board", 1000),
  BENCH_CONCURRENCY: env.int("Requests in flight", 4),
  BENCH_DURATION_MS: env.int("Measured time per way, split over the rounds", 6000),
  BENCH_WARMUP_MS: env.int("Unmeasured warm-up per way", 1500),
  BENCH_ROUNDS: env.int("Interleaved rounds", 3),
  DATABASE_URL: env.optionalUrl("PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset"),
  LOG_LEVEL: env.oneOf("The services' log level", ["debug", "info", "warn", "error", "silent"] satisfies LogLevel[], "error"),
});
for (const name of ["BENCH_BOARD_TASKS", "BENCH_CONCURRENCY", "BENCH_DURATION_MS", "BENCH_ROUNDS"] as const) {
  if (config[name] < 1) throw new Error(`${name} must be at least 1, got ${config[name]}`);
}
if (config.BENCH_WARMUP_MS < 0) throw new Error(`BENCH_WARMUP_MS must not be negative, got ${config.BENCH_WARMUP_MS}`);

const { graph, startupSeconds } = await startBenchGraph("board", { databaseUrl: config.DATABASE_URL, logLevel: config.LOG_LEVEL });
const load = new LoadWorker();
try {
  const url = graph.gateway.url;
  const seedingAt = performance.now();
  const team = await buildWorkspaceWithTeam(url, { name: "Board bench" });
  const token = team.MANAGER.token;
  const projectId = await seedBoard(url, team, config.BENCH_BOARD_TASKS);
  // What autovacuum would soon do after such a load (PGlite has none): statistics for the planner.
  await graph.analyze();
  const seedSeconds = (performance.now() - seedingAt) / 1000;

  const direct: DirectBoardSpec = {
    portfolioUrl: graph.subgraphs.get("portfolio")!.url,
    identityUrl: graph.subgraphs.get("identity")!.url,
    timesheetsUrl: graph.subgraphs.get("timesheets")!.url,
    projectId,
    internalSecrets: graph.internalSecrets,
  };
  await expectSameBoard(url, token, direct);

  const spec = { url, token, concurrency: config.BENCH_CONCURRENCY };
  const [viaGateway, viaSubgraphs] = await measureInterleaved(
    (each) => load.run(each),
    [
      { ...spec, query: withProject(BOARD_QUERY, projectId) },
      { ...spec, query: "board, direct subgraph requests", directBoard: direct },
    ],
    { warmupMs: config.BENCH_WARMUP_MS, durationMs: config.BENCH_DURATION_MS, rounds: config.BENCH_ROUNDS },
  );

  const cpus = os.cpus();
  const row = (label: string, rounds: LoadResult[], requestsPerRead: number) => {
    const latencies = rounds.flatMap((result) => result.latenciesMs);
    return [
      label,
      formatNumber(requestsPerSecond(rounds), 1),
      formatNumber(percentile(latencies, 50), 1),
      formatNumber(percentile(latencies, 95), 1),
      formatNumber(percentile(latencies, 99), 1),
      String(latencies.length),
      String(requestsPerRead),
    ];
  };
  const perRound = (measured: LoadResult[], baseline: LoadResult[]) =>
    measured.map((result, round) => requestsPerSecond([result]) / requestsPerSecond([baseline[round]!]));
  const p = (rounds: LoadResult[], q: number) =>
    percentile(
      rounds.flatMap((result) => result.latenciesMs),
      q,
    );
  print(
    `Kanban board of ${config.BENCH_BOARD_TASKS} tasks (assignee from identity, time logged from timesheets): ` +
      `${config.BENCH_CONCURRENCY} reads in flight, ${config.BENCH_DURATION_MS} ms per way in ${config.BENCH_ROUNDS} interleaved rounds ` +
      `after ${config.BENCH_WARMUP_MS} ms warm-up each`,
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}; ` +
      `${config.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite"}, graph up in ${startupSeconds.toFixed(1)} s, ` +
      `data seeded through the API in ${seedSeconds.toFixed(1)} s; graph in this process, client in a worker thread`,
    "",
    renderTable(
      ["board read", "reads/s", "p50 ms", "p95 ms", "p99 ms", "reads", "HTTP requests per read"],
      [row("one query through the gateway", viaGateway!, 1), row("direct subgraph requests, stitched by the client", viaSubgraphs!, 3)],
      [1, 2, 3, 4, 5, 6],
    ),
    "",
    renderTable(
      ["gateway / direct, same run", "ratio", "per round"],
      [
        [
          "reads/s",
          formatRatio(requestsPerSecond(viaGateway!), requestsPerSecond(viaSubgraphs!)),
          formatRange(perRound(viaGateway!, viaSubgraphs!)),
        ],
        ["p50 latency", formatRatio(p(viaGateway!, 50), p(viaSubgraphs!, 50)), ""],
        ["p99 latency", formatRatio(p(viaGateway!, 99), p(viaSubgraphs!, 99)), ""],
      ],
      [1, 2],
    ),
    "(the direct reads make the same three subgraph requests as the gateway's query plan, without the gateway's",
    " parsing, planning, validation and token check at the edge)",
    "",
  );
} finally {
  await load.close();
  await graph.close();
}

/** The board as the gateway and as the direct requests read it must be the same, card for card. */
async function expectSameBoard(url: string, token: string, direct: DirectBoardSpec): Promise<void> {
  const viaGateway = dataOf(
    await execute<{ board: { columns: { status: string; cards: BoardCard[] }[] } }>(url, BOARD_QUERY, {
      token,
      variables: { projectId: direct.projectId },
    }),
  ).board.columns;
  const viaSubgraphs = await fetchBoardDirectly(direct, token);
  const cards = viaGateway.reduce((sum, column) => sum + column.cards.length, 0);
  if (cards !== config.BENCH_BOARD_TASKS) throw new Error(`the board shows ${cards} cards, expected ${config.BENCH_BOARD_TASKS}`);
  if (JSON.stringify(viaGateway) !== JSON.stringify(viaSubgraphs)) {
    throw new Error("the board read through the gateway differs from the one read with direct subgraph requests");
  }
}

/** `query` with its `$projectId` variable inlined, as the load worker sends queries without variables. */
function withProject(query: string, projectId: string): string {
  return query.replace("query($projectId: ID!) ", "").replace("$projectId", JSON.stringify(projectId));
}

function print(...lines: string[]): void {
  process.stdout.write(lines.join("\n") + "\n");
}
