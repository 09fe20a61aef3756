/**
 * `npm run bench:subscriptions` (part of `npm run bench`): live boards over graphql-ws, as ratios
 * against a baseline from the same run.
 *
 * Starts the whole graph in this process (embedded PGlite and the in-process bus by default; the
 * PostgreSQL in DATABASE_URL and the Redis in REDIS_URL when set), then runs three scenarios, each with
 * its subscribers in a worker thread (one graphql-ws connection and subscription each, selecting a
 * card's fields from portfolio and its assignee from identity):
 *   - baseline: 1 subscriber on one board;
 *   - BENCH_SUBSCRIBERS subscribers on one board;
 *   - BENCH_BOARDS boards × BENCH_SUBSCRIBERS_PER_BOARD subscribers.
 * Subscribers are the five members of one workspace (one per role) in turn, so an event is resolved
 * once per role and shared. Cards are moved through the API, BENCH_MOVES_IN_FLIGHT at a time, and
 * every subscriber's copy of every move is timed from the commit of the move's transaction (read off
 * portfolio's ORM in this process, bench/commit-clock.ts) to its arrival at the subscriber.
 * Prints event-to-delivery p50/p95/p99, deliveries per second and the gateway's heap per subscriber;
 * asserts nothing about speed. The target on a 2-core machine: p99 under 250 ms at 1,000 subscribers.
 *
 * Environment (all optional):
 *   BENCH_SUBSCRIBERS            subscribers on the one board               (default 1000)
 *   BENCH_BOARDS                 boards in the many-boards scenario         (default 100)
 *   BENCH_SUBSCRIBERS_PER_BOARD  subscribers per board there                (default 10)
 *   BENCH_MOVES                  moves per scenario                         (default 200)
 *   BENCH_MOVES_IN_FLIGHT        moves sent at once                         (default 2)
 *   DATABASE_URL                 PostgreSQL; embedded PGlite when unset
 *   REDIS_URL                    Redis Streams for events; the in-process bus when unset
 *   LOG_LEVEL                    the services' log level                    (default error)
 */
import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { buildProject, buildTask, buildWorkspaceWithTeam, dataOf, execute, MoveTaskDocument } from "@plateau/test-kit";
import { env, parseEnv, type LogLevel } from "@plateau/kernel";
import { watchCommits } from "./commit-clock.js";
import { startBenchGraph } from "./graph.js";
import { formatNumber, formatRatio, percentile, renderTable } from "./stats.js";
import type { SubscribersMessage, SubscribersSpec } from "./subscribers-worker.js";

const config = parseEnv({
  BENCH_SUBSCRIBERS: env.int("Subscribers on the one board", 1000),
  BENCH_BOARDS: env.int("Boards in the many-boards scenario", 100),
  BENCH_SUBSCRIBERS_PER_BOARD: env.int("Subscribers per board in the many-boards scenario", 10),
  BENCH_MOVES: env.int("Moves per scenario", 200),
  BENCH_MOVES_IN_FLIGHT: env.int("Moves sent at once", 2),
  DATABASE_URL: env.optionalUrl("PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset"),
  REDIS_URL: env.optionalUrl("Redis Streams for the events; the in-process bus when unset"),
  LOG_LEVEL: env.oneOf("The services' log level", ["debug", "info", "warn", "error", "silent"] satisfies LogLevel[], "error"),
});
for (const name of ["BENCH_SUBSCRIBERS", "BENCH_BOARDS", "BENCH_SUBSCRIBERS_PER_BOARD", "BENCH_MOVES", "BENCH_MOVES_IN_FLIGHT"] as const) {
  if (config[name] < 1) throw new Error(`${name} must be at least 1, got ${config[name]}`);
}

const SUBSCRIPTION = `subscription($projectId: ID!) { boardChanged(projectId: $projectId) {
  eventId cursor kind occurredAt position { status rank } task { id title status assignee { id name } }
} }`;
const STATUSES = ["IN_PROGRESS", "IN_REVIEW", "DONE", "TODO"] as const;

interface ScenarioResult {
  name: string;
  subscribers: number;
  moves: number;
  latenciesMs: number[];
  deliveriesPerSecond: number;
  heapPerSubscriberKb: number;
  errors: number;
}

const { graph, startupSeconds } = await startBenchGraph("subscriptions", {
  databaseUrl: config.DATABASE_URL,
  redisUrl: config.REDIS_URL,
  logLevel: config.LOG_LEVEL,
});
try {
  const url = graph.gateway.url;
  const committedAt = watchCommits(graph.subgraphs.get("portfolio")!.database.orm);
  const seedingAt = performance.now();
  const team = await buildWorkspaceWithTeam(url, { name: "Subscriptions bench" });
  const people = [team.owner, team.ADMIN, team.MANAGER, team.MEMBER, team.VIEWER];
  const boards: { projectId: string; taskId: string }[] = [];
  for (let i = 0; i < Math.max(config.BENCH_BOARDS, 1); i++) {
    const project = await buildProject(url, team.MANAGER.token, { name: `Live board ${i + 1}` });
    const task = await buildTask(url, team.MANAGER.token, project.id, { title: `Card on board ${i + 1}`, assigneeId: team.MEMBER.id });
    boards.push({ projectId: project.id, taskId: task.id });
  }
  // What autovacuum would soon do after such a load (PGlite has none): statistics for the planner.
  await graph.analyze();
  const seedSeconds = (performance.now() - seedingAt) / 1000;

  /** Runs one scenario: subscribers per board on the first `boardCount` boards, then the moves. */
  async function scenario(name: string, boardCount: number, perBoard: number): Promise<ScenarioResult> {
    const used = boards.slice(0, boardCount);
    const subscribers = used.flatMap((board) =>
      Array.from({ length: perBoard }, (_, i) => ({ token: people[i % people.length]!.token, projectId: board.projectId })),
    );
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const worker = new Worker(new URL("./subscribers-worker.ts", import.meta.url), {
      workerData: { url, subscribers, query: SUBSCRIPTION } satisfies SubscribersSpec,
    });
    const next = () =>
      new Promise<SubscribersMessage>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
    await next();
    while (graph.gateway.liveSubscriptions() < subscribers.length) await sleep(20);
    collectGarbage();
    const heapPerSubscriberKb = (process.memoryUsage().heapUsed - heapBefore) / subscribers.length / 1024;

    // Moves spread over the boards in turn, a few in flight.
    const moves = Array.from({ length: config.BENCH_MOVES }, (_, n) => ({
      board: used[n % used.length]!,
      status: STATUSES[Math.floor(n / used.length) % STATUSES.length]!,
    }));
    const expected = moves.length * perBoard;
    let index = 0;
    await Promise.all(
      Array.from({ length: config.BENCH_MOVES_IN_FLIGHT }, async () => {
        while (index < moves.length) {
          const move = moves[index++]!;
          dataOf(
            await execute(url, MoveTaskDocument, {
              token: team.MANAGER.token,
              variables: { input: { taskId: move.board.taskId, toStatus: move.status } },
            }),
          );
        }
      }),
    );
    let report: Extract<SubscribersMessage, { kind: "report" }>;
    const deadline = Date.now() + 60_000;
    for (;;) {
      worker.postMessage("report");
      report = (await next()) as typeof report;
      if (report.delivered + report.errors >= expected || Date.now() > deadline) break;
      await sleep(100);
    }
    worker.postMessage("close");
    await new Promise((resolve) => worker.once("exit", resolve));
    while (graph.gateway.liveSubscriptions() > 0) await sleep(20);
    const latenciesMs: number[] = [];
    let firstCommit = Infinity;
    let lastArrival = 0;
    for (const [eventId, times] of Object.entries(report.arrivals)) {
      const commit = committedAt.get(eventId);
      if (commit === undefined) throw new Error(`event ${eventId} arrived, but no commit of it was seen`);
      firstCommit = Math.min(firstCommit, commit);
      for (const arrival of times) {
        latenciesMs.push(arrival - commit);
        lastArrival = Math.max(lastArrival, arrival);
      }
    }
    const seconds = (lastArrival - firstCommit) / 1000;
    return {
      name,
      subscribers: subscribers.length,
      moves: moves.length,
      latenciesMs,
      deliveriesPerSecond: seconds > 0 ? latenciesMs.length / seconds : latenciesMs.length,
      heapPerSubscriberKb,
      errors: report.errors + Math.max(0, expected - report.delivered - report.errors),
    };
  }

  const baseline = await scenario("baseline: 1 subscriber, 1 board", 1, 1);
  const oneBoard = await scenario(`${config.BENCH_SUBSCRIBERS} subscribers, 1 board`, 1, config.BENCH_SUBSCRIBERS);
  const manyBoards = await scenario(
    `${config.BENCH_BOARDS} boards × ${config.BENCH_SUBSCRIBERS_PER_BOARD} subscribers`,
    config.BENCH_BOARDS,
    config.BENCH_SUBSCRIBERS_PER_BOARD,
  );

  const cpus = os.cpus();
  const row = (result: ScenarioResult) => [
    result.name,
    String(result.moves),
    String(result.latenciesMs.length),
    String(result.errors),
    formatNumber(percentile(result.latenciesMs, 50), 1),
    formatNumber(percentile(result.latenciesMs, 95), 1),
    formatNumber(percentile(result.latenciesMs, 99), 1),
    formatNumber(result.deliveriesPerSecond, 0),
    // One subscriber's share of the heap is lost in the noise of everything else.
    result.subscribers >= 10 ? formatNumber(result.heapPerSubscriberKb, 1) : "—",
  ];
  const ratios = (result: ScenarioResult) => [
    result.name,
    formatRatio(percentile(result.latenciesMs, 50), percentile(baseline.latenciesMs, 50)),
    formatRatio(percentile(result.latenciesMs, 99), percentile(baseline.latenciesMs, 99)),
    formatRatio(result.deliveriesPerSecond, baseline.deliveriesPerSecond),
  ];
  process.stdout.write(
    [
      `Live boards over graphql-ws: boardChanged with a card's fields (portfolio) and its assignee (identity); ` +
        `${config.BENCH_MOVES} moves per scenario, ${config.BENCH_MOVES_IN_FLIGHT} in flight`,
      `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}; ` +
        `${config.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}, events on ${config.REDIS_URL ? "Redis Streams" : "the in-process bus"}; ` +
        `graph up in ${startupSeconds.toFixed(1)} s, ${boards.length} boards seeded in ${seedSeconds.toFixed(1)} s; ` +
        `graph in this process, subscribers in a worker thread`,
      "",
      renderTable(
        [
          "scenario",
          "moves",
          "deliveries",
          "missing or errors",
          "p50 ms",
          "p95 ms",
          "p99 ms",
          "deliveries/s",
          "gateway heap KiB/subscriber",
        ],
        [row(baseline), row(oneBoard), row(manyBoards)],
        [1, 2, 3, 4, 5, 6, 7, 8],
      ),
      "",
      renderTable(
        ["against the baseline, same run", "p50 latency", "p99 latency", "deliveries/s"],
        [ratios(oneBoard), ratios(manyBoards)],
        [1, 2, 3],
      ),
      "",
      `Latency: from the commit of the move's transaction to the event's arrival at each subscriber; deliveries/s over ` +
        `the span from the first commit to the last arrival. Heap per subscriber: the gateway's (this thread's) heap ` +
        `growth after opening them, over their number.`,
      "",
    ].join("\n"),
  );
} finally {
  await graph.close();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A full collection when the process runs with --expose-gc (npm run bench:subscriptions does), so heap figures compare. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
