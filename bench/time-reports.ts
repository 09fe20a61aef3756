/**
 * `npm run bench:time-reports` (part of `npm run bench`): `utilization` (by person and by week) and
 * `teamProductivity` over a year in a large workspace (BENCH_REPORT_USERS people, 52 weeks of weekday
 * entries: about 50,000 for 200 people) against the same queries on a 5-person workspace over the same
 * year, through the gateway, as ratios from one run.
 *
 * Starts the whole graph in this process (embedded PGlite in a temporary folder, or the PostgreSQL in
 * DATABASE_URL). The workspaces, a project, a task and a team are made through the API; the people (in
 * identity, and in the team), their entries and their completed tasks (timesheets' task record) are
 * inserted with SQL in bulk, as the schemas' owner, and the tables analysed. Then each query is read on
 * both workspaces from a worker thread, a fixed number in flight, after a warm-up, in interleaved rounds.
 * Prints p50/p95/p99 latency, requests per second and the ratios; asserts nothing about speed.
 *
 * Environment (all optional):
 *   BENCH_REPORT_USERS   people in the large workspace                    (default 200)
 *   BENCH_CONCURRENCY    requests in flight                               (default 4)
 *   BENCH_DURATION_MS    measured time per workspace and query            (default 4000)
 *   BENCH_WARMUP_MS      unmeasured warm-up per workspace and query       (default 1000)
 *   BENCH_ROUNDS         interleaved rounds                               (default 3)
 *   DATABASE_URL         PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset
 *   LOG_LEVEL            the services' log level                          (default error)
 */
import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { buildProject, buildTask, buildWorkspaceWithTeam, dataOf, execute } from "@plateau/test-kit";
import { env, parseEnv, type LogLevel } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import { startBenchGraph } from "./graph.js";
import { LoadWorker, measureInterleaved, type LoadResult } from "./load.js";
import { formatRatio, loadCells, percentile, renderTable, requestsPerSecond } from "./stats.js";

const config = parseEnv({
  BENCH_REPORT_USERS: env.int("People in the large workspace", 200),
  BENCH_CONCURRENCY: env.int("Requests in flight", 4),
  BENCH_DURATION_MS: env.int("Measured time per workspace and query, split over the rounds", 4000),
  BENCH_WARMUP_MS: env.int("Unmeasured warm-up per workspace and query", 1000),
  BENCH_ROUNDS: env.int("Interleaved rounds", 3),
  DATABASE_URL: env.optionalUrl("PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset"),
  LOG_LEVEL: env.oneOf("The services' log level", ["debug", "info", "warn", "error", "silent"] satisfies LogLevel[], "error"),
});
for (const name of ["BENCH_REPORT_USERS", "BENCH_CONCURRENCY", "BENCH_DURATION_MS", "BENCH_ROUNDS"] as const) {
  if (config[name] < 1) throw new Error(`${name} must be at least 1, got ${config[name]}`);
}
if (config.BENCH_WARMUP_MS < 0) throw new Error(`BENCH_WARMUP_MS must not be negative, got ${config.BENCH_WARMUP_MS}`);

/** The year measured: 52 ISO weeks, Monday 2025-12-01 to Sunday 2026-11-29. */
const FIRST_MONDAY = "2025-12-01";
const WEEKS = 52;
const PERIOD = `{ from: "${FIRST_MONDAY}", to: "2026-11-29" }`;

const queries = (teamId: string) => ({
  "utilization by USER": `{ utilization(groupBy: USER, period: ${PERIOD}) {
    total { loggedHours capacityHours utilization } rows(first: 100) { totalCount nodes { id loggedHours capacityHours utilization billableUtilization } }
  } }`,
  "utilization by WEEK": `{ utilization(groupBy: WEEK, period: ${PERIOD}, filter: { teamId: "${teamId}" }) {
    total { utilization } rows(first: 100) { nodes { weekStart loggedHours capacityHours utilization } }
  } }`,
  teamProductivity: `{ teamProductivity(teamId: "${teamId}", period: ${PERIOD}) {
    expectedTasks averageScore members(first: 100) { totalCount nodes { score components { tasksCompleted onTimeRate utilizationRate } } }
  } }`,
});

const { graph, startupSeconds } = await startBenchGraph("time-reports", { databaseUrl: config.DATABASE_URL, logLevel: config.LOG_LEVEL });
const load = new LoadWorker();
try {
  const url = graph.gateway.url;
  const seedingAt = performance.now();
  const large = await seedWorkspace(url, "Time reports bench (large)", config.BENCH_REPORT_USERS);
  const small = await seedWorkspace(url, "Time reports bench (small)", 5);
  await graph.analyze();
  const seedSeconds = (performance.now() - seedingAt) / 1000;

  const rows: string[][] = [];
  const ratios: string[][] = [];
  const largeQueries = queries(large.teamId);
  const smallQueries = queries(small.teamId);
  for (const name of Object.keys(largeQueries) as (keyof typeof largeQueries)[]) {
    const [largeRounds, smallRounds] = await measureInterleaved(
      (each) => load.run(each),
      [
        { url, query: largeQueries[name], token: large.token, concurrency: config.BENCH_CONCURRENCY },
        { url, query: smallQueries[name], token: small.token, concurrency: config.BENCH_CONCURRENCY },
      ],
      { warmupMs: config.BENCH_WARMUP_MS, durationMs: config.BENCH_DURATION_MS, rounds: config.BENCH_ROUNDS },
    );
    const latencies = (rounds: LoadResult[]) => rounds.flatMap((result) => result.latenciesMs);
    const row = (label: string, rounds: LoadResult[]) => [name, label, ...loadCells(rounds)];
    rows.push(row(`${config.BENCH_REPORT_USERS} people, ${large.entries} entries`, largeRounds!));
    rows.push(row(`5 people, ${small.entries} entries (baseline)`, smallRounds!));
    ratios.push([
      name,
      formatRatio(percentile(latencies(largeRounds!), 50), percentile(latencies(smallRounds!), 50)),
      formatRatio(percentile(latencies(largeRounds!), 99), percentile(latencies(smallRounds!), 99)),
      formatRatio(requestsPerSecond(largeRounds!), requestsPerSecond(smallRounds!)),
    ]);
  }
  const cpus = os.cpus();
  print(
    `Time reports through the gateway over 52 weeks: ${config.BENCH_CONCURRENCY} requests in flight, ${config.BENCH_DURATION_MS} ms per ` +
      `workspace and query in ${config.BENCH_ROUNDS} interleaved rounds after ${config.BENCH_WARMUP_MS} ms warm-up each`,
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}; ` +
      `${config.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite"}, graph up in ${startupSeconds.toFixed(1)} s, ` +
      `data seeded in ${seedSeconds.toFixed(1)} s; graph in this process, client in a worker thread`,
    "",
    renderTable(["query", "workspace", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests"], rows, [2, 3, 4, 5, 6]),
    "",
    renderTable(["large / 5 people, same run", "p50", "p99", "req/s"], ratios, [1, 2, 3]),
    "",
  );
} finally {
  await load.close();
  await graph.close();
}

/**
 * A workspace (made through the API, with a project, a task and a team) whose `people` people are
 * inserted in bulk: users in identity and members of the team, 52 weeks of weekday entries of 6 to 9
 * hours (a tenth not billable), and a completed task per person every other week, some after its due
 * date. Returns a MANAGER's token, the team and the number of entries.
 */
async function seedWorkspace(url: string, name: string, people: number): Promise<{ token: string; teamId: string; entries: number }> {
  const team = await buildWorkspaceWithTeam(url, { name });
  const token = team.MANAGER.token;
  const project = await buildProject(url, token, { name: `${name} project` });
  const task = await buildTask(url, token, project.id, { title: "Recurring work" });
  const { createTeam } = dataOf(
    await execute<{ createTeam: { team: { id: string } } }>(
      url,
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`,
      {
        token,
        variables: { input: { name: "Everyone" } },
      },
    ),
  );
  const teamId = createTeam.team.id;
  const userIds: string[] = [];
  await graph.subgraphs.get("identity")!.database.asOwner(async (em) => {
    const rows = await sqlRows<{ id: string }>(
      em,
      `insert into "identity"."user" ("id", "email", "name", "password_hash")
       select gen_random_uuid(), 'bench-' || gen_random_uuid() || '@bench.plateau.dev', 'Bench person ' || n, 'not-a-hash'
         from generate_series(1, ?) as n
       returning id`,
      [people],
    );
    userIds.push(...rows.map((row) => row.id));
    await sqlRows(
      em,
      `insert into "identity"."team_member" ("id", "workspace_id", "team_id", "user_id")
       select gen_random_uuid(), ?, ?, unnest(?::uuid[])`,
      [team.workspaceId, teamId, `{${userIds.join(",")}}`],
    );
  });
  let entries = 0;
  await graph.subgraphs.get("timesheets")!.database.asOwner(async (em) => {
    const [inserted] = await sqlRows<{ count: string }>(
      em,
      `with added as (
         insert into "timesheets"."time_entry" ("id", "workspace_id", "user_id", "task_id", "project_id", "date", "hours", "billable")
         select gen_random_uuid(), ?, u.id, ?, ?, ?::date + w * 7 + d, 6 + (u.n + w + d) % 4, (u.n + w + d) % 10 <> 0
           from unnest(?::uuid[]) with ordinality as u(id, n), generate_series(0, ? - 1) as w, generate_series(0, 4) as d
         returning 1)
       select count(*) as count from added`,
      [team.workspaceId, task.id, project.id, FIRST_MONDAY, `{${userIds.join(",")}}`, WEEKS],
    );
    entries = Number(inserted?.count ?? 0);
    await sqlRows(
      em,
      `insert into "timesheets"."task_record" ("workspace_id", "task_id", "project_id", "status", "assignee_id", "due_date", "completed_on", "last_event_id")
       select ?, gen_random_uuid(), ?, 'DONE', u.id, ?::date + w * 14 + 3, ?::date + w * 14 + 2 + (u.n % 3)::int, gen_random_uuid()
         from unnest(?::uuid[]) with ordinality as u(id, n), generate_series(0, ? / 2 - 1) as w`,
      [team.workspaceId, project.id, FIRST_MONDAY, FIRST_MONDAY, `{${userIds.join(",")}}`, WEEKS],
    );
  });
  return { token, teamId, entries };
}

function print(...lines: string[]): void {
  process.stdout.write(lines.join("\n") + "\n");
}
