/**
 * `npm run bench:subscriptions` (part of `npm run bench`): live boards over graphql-ws, as ratios
 * against a baseline from the same run.
 *
 * Starts the whole graph in this process (embedded PGlite and the in-process bus by default; the
 * PostgreSQL in DATABASE_URL and the Redis in REDIS_URL when set) and one more gateway instance the
 * subscribers use (so it can be restarted; moves go through the graph's own gateway), then runs these
 * scenarios, each with its subscribers in a child process (one graphql-ws connection and subscription
 * each, all opened at once, selecting a card's fields from portfolio and its assignee from identity):
 *   - baseline: 1 subscriber on one board;
 *   - BENCH_SUBSCRIBERS subscribers on one board;
 *   - BENCH_BOARDS boards × BENCH_SUBSCRIBERS_PER_BOARD subscribers;
 *   - at scale: BENCH_SCALE_SUBSCRIBERS subscribers, half on one hot board and half over the boards;
 *     then the reconnect storm: the gateway stops (every socket drops), BENCH_MOVES_WHILE_DOWN moves
 *     commit, it starts again on the same port, every subscriber resubscribes after its last cursor
 *     (followLive, jittered back-off), and as many moves follow. Reported: the time until all are live
 *     again, and the moves lost or repeated (each subscriber must get every move of its board once).
 * Subscribers are the five members of one workspace (one per role) in turn, so an event is resolved
 * once per role and shared. Cards are moved through the API, BENCH_MOVES_IN_FLIGHT at a time, and
 * every subscriber's copy of every move is timed from the commit of the move's transaction (read off
 * portfolio's ORM in this process, bench/commit-clock.ts) to its arrival at the subscriber.
 * Prints event-to-delivery p50/p95/p99, deliveries per second and the gateway's heap per subscriber;
 * asserts nothing about speed. The target on a 2-core machine: p99 under 250 ms at 10,000 subscribers.
 *
 * Environment (all optional):
 *   BENCH_SUBSCRIBERS            subscribers on the one board               (default 1000)
 *   BENCH_BOARDS                 boards in the many-boards scenario         (default 100)
 *   BENCH_SUBSCRIBERS_PER_BOARD  subscribers per board there                (default 10)
 *   BENCH_MOVES                  moves per scenario                         (default 200)
 *   BENCH_MOVES_IN_FLIGHT        moves sent at once                         (default 2)
 *   BENCH_SCALE_SUBSCRIBERS      subscribers in the at-scale scenario       (default 10000)
 *   BENCH_MOVES_WHILE_DOWN       moves while the gateway is down, and after (default 20)
 *   DATABASE_URL                 PostgreSQL; embedded PGlite when unset
 *   REDIS_URL                    Redis Streams for events; the in-process bus when unset
 *   LOG_LEVEL                    the services' log level                    (default error)
 */
import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildProject, buildTask, buildWorkspaceWithTeam, dataOf, execute, MoveTaskDocument } from "@plateau/test-kit";
import { createLogger, env, parseEnv, type LogLevel } from "@plateau/kernel";
import { startGatewayFor } from "../scripts/graph.js";
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
  BENCH_SCALE_SUBSCRIBERS: env.int("Subscribers in the at-scale scenario (half on one hot board, half over the boards)", 10_000),
  BENCH_MOVES_WHILE_DOWN: env.int("Moves committed while the gateway is down in the reconnect storm, and as many after", 20),
  DATABASE_URL: env.optionalUrl("PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset"),
  REDIS_URL: env.optionalUrl("Redis Streams for the events; the in-process bus when unset"),
  LOG_LEVEL: env.oneOf("The services' log level", ["debug", "info", "warn", "error", "silent"] satisfies LogLevel[], "error"),
});
for (const name of [
  "BENCH_SUBSCRIBERS",
  "BENCH_BOARDS",
  "BENCH_SUBSCRIBERS_PER_BOARD",
  "BENCH_MOVES",
  "BENCH_MOVES_IN_FLIGHT",
  "BENCH_SCALE_SUBSCRIBERS",
  "BENCH_MOVES_WHILE_DOWN",
] as const) {
  if (config[name] < 1) throw new Error(`${name} must be at least 1, got ${config[name]}`);
}

// `after` as a variable: a subscriber that lost its socket resumes after its last cursor (followLive);
// `$acknowledge`: followLive asks for SUBSCRIBED first, so that even one that got no move yet has a cursor.
const SUBSCRIPTION = `subscription($projectId: ID!, $after: String, $acknowledge: Boolean! = false) {
  boardChanged(projectId: $projectId, after: $after, acknowledge: $acknowledge) {
  eventId cursor kind occurredAt position { status rank } task { id title status assignee { id name } }
} }`;
const STATUSES = ["IN_PROGRESS", "IN_REVIEW", "DONE", "TODO"] as const;

interface ScenarioResult {
  name: string;
  subscribers: number;
  moves: number;
  /** From starting the subscribers' process until the gateway served every subscription. */
  liveSeconds: number;
  latenciesMs: number[];
  deliveriesPerSecond: number;
  heapPerSubscriberKb: number;
  errors: number;
}

type Report = Extract<SubscribersMessage, { kind: "report" }>;
type Board = { projectId: string; taskId: string };
type Move = { board: Board; status: (typeof STATUSES)[number] };

const { graph, startupSeconds } = await startBenchGraph("subscriptions", {
  databaseUrl: config.DATABASE_URL,
  redisUrl: config.REDIS_URL,
  logLevel: config.LOG_LEVEL,
});
const quiet = createLogger({ service: "bench-gateway", level: config.LOG_LEVEL });
/** The gateway the subscribers use: restarted in the reconnect storm. */
const startServed = (port?: number) =>
  startGatewayFor(graph, { port, logger: quiet, eventBus: graph.eventBus, edge: { rateLimit: false } });
let served = await startServed();
try {
  const url = graph.gateway.url;
  const committedAt = watchCommits(graph.subgraphs.get("portfolio")!.database.orm);
  const seedingAt = performance.now();
  const team = await buildWorkspaceWithTeam(url, { name: "Subscriptions bench" });
  const people = [team.owner, team.ADMIN, team.MANAGER, team.MEMBER, team.VIEWER];
  const boards: Board[] = [];
  for (let i = 0; i < Math.max(config.BENCH_BOARDS, 1); i++) {
    const project = await buildProject(url, team.MANAGER.token, { name: `Live board ${i + 1}` });
    const task = await buildTask(url, team.MANAGER.token, project.id, { title: `Card on board ${i + 1}`, assigneeId: team.MEMBER.id });
    boards.push({ projectId: project.id, taskId: task.id });
  }
  // What autovacuum would soon do after such a load (PGlite has none): statistics for the planner.
  await graph.analyze();
  const seedSeconds = (performance.now() - seedingAt) / 1000;

  /** Subscribers in a process of their own, all subscribing at once; resolves once the gateway serves them all. */
  async function openSubscribers(subscribers: SubscribersSpec["subscribers"]) {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const startedAt = performance.now();
    // A process of its own: 10,000 sockets on each side would pass one process's open-file limit.
    const child = fork(fileURLToPath(new URL("./subscribers-worker.ts", import.meta.url)), [], {
      execArgv: ["--conditions=plateau-source", "--import", "tsx"],
      serialization: "advanced",
    });
    const next = () =>
      new Promise<SubscribersMessage>((resolve, reject) => {
        const onMessage = (message: SubscribersMessage) => {
          child.off("exit", onExit);
          resolve(message);
        };
        const onExit = (code: number | null) => {
          child.off("message", onMessage);
          reject(new Error(`the subscribers' process exited (${code})`));
        };
        child.once("message", onMessage);
        child.once("exit", onExit);
      });
    child.send({ url: served.url, subscribers, query: SUBSCRIPTION } satisfies SubscribersSpec);
    await next();
    await allLive(subscribers.length);
    const liveSeconds = (performance.now() - startedAt) / 1000;
    collectGarbage();
    const heapPerSubscriberKb = (process.memoryUsage().heapUsed - heapBefore) / subscribers.length / 1024;
    return {
      liveSeconds,
      heapPerSubscriberKb,
      /** Asks for reports until `expected` deliveries (or errors) arrived, or a minute passed. */
      async report(expected: number): Promise<Report> {
        const deadline = Date.now() + 60_000;
        for (;;) {
          child.send("report");
          const report = (await next()) as Report;
          if (report.delivered + report.errors >= expected || Date.now() > deadline) return report;
          await sleep(100);
        }
      },
      async close() {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.send("close");
        await exited;
        while (served.liveSubscriptions() > 0) await sleep(20);
      },
    };
  }

  /** Waits until the served gateway runs `count` subscriptions. */
  async function allLive(count: number): Promise<void> {
    const deadline = Date.now() + 10 * 60_000;
    while (served.liveSubscriptions() < count) {
      if (Date.now() > deadline) throw new Error(`only ${served.liveSubscriptions()} of ${count} subscriptions went live in 10 minutes`);
      await sleep(20);
    }
  }

  /** `count` moves spread over `used` boards in turn (through the graph's own gateway), a few in flight. */
  async function makeMoves(used: Board[], count: number, offset = 0): Promise<Move[]> {
    const moves = Array.from({ length: count }, (_, k) => {
      const n = k + offset;
      return { board: used[n % used.length]!, status: STATUSES[Math.floor(n / used.length) % STATUSES.length]! };
    });
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
    return moves;
  }

  /** Commit-to-arrival latencies of the events in `report`, and deliveries per second over their span. */
  function latencies(report: Report, only?: Set<string>) {
    const latenciesMs: number[] = [];
    let firstCommit = Infinity;
    let lastArrival = 0;
    for (const [eventId, times] of Object.entries(report.arrivals)) {
      if (only && !only.has(eventId)) continue;
      const commit = committedAt.get(eventId);
      if (commit === undefined) throw new Error(`event ${eventId} arrived, but no commit of it was seen`);
      firstCommit = Math.min(firstCommit, commit);
      for (const arrival of times) {
        latenciesMs.push(arrival - commit);
        lastArrival = Math.max(lastArrival, arrival);
      }
    }
    const seconds = (lastArrival - firstCommit) / 1000;
    return { latenciesMs, deliveriesPerSecond: seconds > 0 ? latenciesMs.length / seconds : latenciesMs.length };
  }

  /** How many moves each subscriber should have seen: the moves of its board. */
  const expectedFor = (subscribers: SubscribersSpec["subscribers"], moves: Move[]) => {
    const perBoard = new Map<string, number>();
    for (const move of moves) perBoard.set(move.board.projectId, (perBoard.get(move.board.projectId) ?? 0) + 1);
    return subscribers.map((subscriber) => perBoard.get(subscriber.projectId) ?? 0);
  };

  const subscribersOn = (used: Board[], perBoard: number) =>
    used.flatMap((board) =>
      Array.from({ length: perBoard }, (_, i) => ({ token: people[i % people.length]!.token, projectId: board.projectId })),
    );

  /** One scenario: `subscribers` on `used` boards, then BENCH_MOVES moves over those boards. */
  async function scenario(name: string, used: Board[], subscribers: SubscribersSpec["subscribers"]) {
    const open = await openSubscribers(subscribers);
    const moves = await makeMoves(used, config.BENCH_MOVES);
    const expected = expectedFor(subscribers, moves);
    const report = await open.report(expected.reduce((sum, n) => sum + n, 0));
    const measured = latencies(report);
    const result: ScenarioResult = {
      name,
      subscribers: subscribers.length,
      moves: moves.length,
      liveSeconds: open.liveSeconds,
      ...measured,
      heapPerSubscriberKb: open.heapPerSubscriberKb,
      errors: report.errors + expected.reduce((sum, n, i) => sum + Math.max(0, n - report.received[i]!), 0),
    };
    return { result, open, moves, report };
  }

  const run = async (name: string, used: Board[], subscribers: SubscribersSpec["subscribers"]) => {
    const { result, open } = await scenario(name, used, subscribers);
    await open.close();
    return result;
  };
  const baseline = await run("baseline: 1 subscriber, 1 board", boards.slice(0, 1), subscribersOn(boards.slice(0, 1), 1));
  const oneBoard = await run(
    `${config.BENCH_SUBSCRIBERS} subscribers, 1 board`,
    boards.slice(0, 1),
    subscribersOn(boards.slice(0, 1), config.BENCH_SUBSCRIBERS),
  );
  const manyBoards = await run(
    `${config.BENCH_BOARDS} boards × ${config.BENCH_SUBSCRIBERS_PER_BOARD} subscribers`,
    boards,
    subscribersOn(boards, config.BENCH_SUBSCRIBERS_PER_BOARD),
  );

  // At scale: half the subscribers on one hot board, the other half spread over every board.
  const hot = Math.ceil(config.BENCH_SCALE_SUBSCRIBERS / 2);
  const spread = config.BENCH_SCALE_SUBSCRIBERS - hot;
  const scaleSubscribers = [
    ...subscribersOn(boards.slice(0, 1), hot),
    ...Array.from({ length: spread }, (_, i) => ({
      token: people[i % people.length]!.token,
      projectId: boards[i % boards.length]!.projectId,
    })),
  ];
  const scale = await scenario(
    `${config.BENCH_SCALE_SUBSCRIBERS} subscribers: ${hot} on 1 board, ${spread} over ${boards.length}`,
    boards,
    scaleSubscribers,
  );

  // The reconnect storm: every socket drops, moves commit meanwhile, every subscriber comes back.
  await served.close();
  const port = new URL(served.url).port;
  // From the first board on, as in the scenario before (so their subscribers hold a cursor), each card one status on.
  const nextRound = (moves: number) => Math.ceil(moves / boards.length) * boards.length;
  const whileDown = await makeMoves(boards, config.BENCH_MOVES_WHILE_DOWN, nextRound(config.BENCH_MOVES));
  const restartedAt = performance.now();
  served = await startServed(Number(port));
  await allLive(scaleSubscribers.length);
  const liveAgainSeconds = (performance.now() - restartedAt) / 1000;
  const afterwards = await makeMoves(
    boards,
    config.BENCH_MOVES_WHILE_DOWN,
    nextRound(config.BENCH_MOVES) + nextRound(config.BENCH_MOVES_WHILE_DOWN),
  );
  // A subscriber that had received neither SUBSCRIBED nor an event before the drop would have no cursor
  // to resume after: the moves made while it was away could not be replayed to it, so they are counted
  // apart ("no cursor yet"; 0 while every subscription is acknowledged, docs/api/live-updates.md).
  const hadCursor = scale.report.received.map((received, i) => received > 0 || scale.report.acknowledged[i]! > 0);
  const beforeAndAfter = expectedFor(scaleSubscribers, [...scale.moves, ...afterwards]);
  const duringDrop = expectedFor(scaleSubscribers, whileDown);
  const expectedInAll = beforeAndAfter.map((n, i) => n + (hadCursor[i] ? duringDrop[i]! : 0));
  const unreplayable = duringDrop.reduce((sum, n, i) => sum + (hadCursor[i] ? 0 : n), 0);
  const storm = await scale.open.report(expectedInAll.reduce((sum, n) => sum + n, 0));
  const lost = expectedInAll.reduce((sum, n, i) => sum + Math.max(0, n - storm.received[i]!), 0);
  const repeated = storm.repeats.reduce((sum, n) => sum + n, 0);
  // The moves made once it was back (those made while it was down waited for it, by design).
  const restartEpoch = performance.timeOrigin + restartedAt;
  const afterIds = new Set(Object.keys(storm.arrivals).filter((id) => (committedAt.get(id) ?? 0) >= restartEpoch));
  const sinceRestart = latencies(storm, afterIds);
  await scale.open.close();

  const cpus = os.cpus();
  const row = (result: ScenarioResult) => [
    result.name,
    String(result.moves),
    String(result.latenciesMs.length),
    String(result.errors),
    formatNumber(result.liveSeconds, 1),
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
        `graph in this process, subscribers in a process of their own`,
      "",
      renderTable(
        [
          "scenario",
          "moves",
          "deliveries",
          "missing or errors",
          "all live after s",
          "p50 ms",
          "p95 ms",
          "p99 ms",
          "deliveries/s",
          "gateway heap KiB/subscriber",
        ],
        [row(baseline), row(oneBoard), row(manyBoards), row(scale.result)],
        [1, 2, 3, 4, 5, 6, 7, 8, 9],
      ),
      "",
      renderTable(
        ["against the baseline, same run", "p50 latency", "p99 latency", "deliveries/s"],
        [ratios(oneBoard), ratios(manyBoards), ratios(scale.result)],
        [1, 2, 3],
      ),
      "",
      renderTable(
        [
          "reconnect storm",
          "subscribers",
          "moves while down",
          "moves after",
          "all live again after s",
          "lost",
          "repeated",
          "errors",
          "no cursor yet",
          "p99 ms, moves after",
        ],
        [
          [
            "gateway stopped and started again",
            String(scaleSubscribers.length),
            String(whileDown.length),
            String(afterwards.length),
            formatNumber(liveAgainSeconds, 1),
            String(lost),
            String(repeated),
            String(storm.errors - scale.report.errors),
            String(unreplayable),
            formatNumber(percentile(sinceRestart.latenciesMs, 99), 1),
          ],
        ],
        [1, 2, 3, 4, 5, 6, 7, 8, 9],
      ),
      "",
      `Latency: from the commit of the move's transaction to the event's arrival at each subscriber; deliveries/s over ` +
        `the span from the first commit to the last arrival. All live: from starting the subscribers (all at once) ` +
        `until the gateway served every subscription. Heap per subscriber: the gateway's (this thread's) heap growth ` +
        `after opening them, over their number. Reconnect storm: the at-scale subscribers' gateway stops (every socket ` +
        `drops), moves commit, it starts again on the same port; each subscriber resubscribes after its last cursor ` +
        `(followLive, jittered back-off). Lost: moves of its board a subscriber with a cursor never received; repeated: ` +
        `copies it received twice; no cursor yet: moves made while down on the boards of subscribers that had received ` +
        `neither SUBSCRIBED (every subscription asks for it) nor an event before the drop, which would have nothing to ` +
        `resume after (0 unless acknowledgements fail). p99 of the moves made ` +
        `once every subscriber was back.`,
      "",
    ].join("\n"),
  );
} finally {
  await served.close();
  await graph.close();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A full collection when the process runs with --expose-gc (npm run bench:subscriptions does), so heap figures compare. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
