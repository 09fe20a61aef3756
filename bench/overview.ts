/**
 * `npm run bench:overview` (part of `npm run bench`): the executive `portfolioOverview` of a large
 * workspace (BENCH_OVERVIEW_PROJECTS projects, BENCH_OVERVIEW_TASKS tasks) against the same query on a
 * small one (5 projects, 50 tasks), through the gateway, as ratios from one run.
 *
 * Starts the whole graph in this process (embedded PGlite in a temporary folder, or the PostgreSQL in
 * DATABASE_URL). Users, workspaces and projects are made through the API; the tasks and milestones are
 * inserted with SQL in bulk (as the schema's owner: through the API, 50,000 tasks would take most of an
 * hour) and the tables analysed, spread over statuses, estimates, due dates in the past and future, and milestones achieved and
 * due. Then the overview is read on both workspaces from a worker thread, a fixed number in flight, after
 * a warm-up, in interleaved rounds. Prints p50/p95/p99 latency, requests per second and the ratios;
 * asserts nothing about speed.
 *
 * Environment (all optional):
 *   BENCH_OVERVIEW_PROJECTS  projects in the large workspace                 (default 200)
 *   BENCH_OVERVIEW_TASKS     tasks in the large workspace                    (default 50000)
 *   BENCH_CONCURRENCY        requests in flight                              (default 4)
 *   BENCH_DURATION_MS        measured time per workspace, over the rounds    (default 6000)
 *   BENCH_WARMUP_MS          unmeasured warm-up per workspace                (default 1500)
 *   BENCH_ROUNDS             interleaved rounds                              (default 3)
 *   DATABASE_URL             PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset
 *   LOG_LEVEL                the services' log level                         (default error)
 */
import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { buildProject, buildWorkspaceWithTeam, dataOf, execute } from "@plateau/test-kit";
import { env, parseEnv, type LogLevel } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import { startBenchGraph } from "./graph.js";
import { LoadWorker, measureInterleaved, type LoadResult } from "./load.js";
import { formatRange, formatRatio, loadCells, percentile, renderTable, requestsPerSecond } from "./stats.js";

const config = parseEnv({
  BENCH_OVERVIEW_PROJECTS: env.int("Projects in the large workspace", 200),
  BENCH_OVERVIEW_TASKS: env.int("Tasks in the large workspace", 50_000),
  BENCH_CONCURRENCY: env.int("Requests in flight", 4),
  BENCH_DURATION_MS: env.int("Measured time per workspace, split over the rounds", 6000),
  BENCH_WARMUP_MS: env.int("Unmeasured warm-up per workspace", 1500),
  BENCH_ROUNDS: env.int("Interleaved rounds", 3),
  DATABASE_URL: env.optionalUrl("PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset"),
  LOG_LEVEL: env.oneOf("The services' log level", ["debug", "info", "warn", "error", "silent"] satisfies LogLevel[], "error"),
});
for (const name of ["BENCH_OVERVIEW_PROJECTS", "BENCH_OVERVIEW_TASKS", "BENCH_CONCURRENCY", "BENCH_DURATION_MS", "BENCH_ROUNDS"] as const) {
  if (config[name] < 1) throw new Error(`${name} must be at least 1, got ${config[name]}`);
}
if (config.BENCH_WARMUP_MS < 0) throw new Error(`BENCH_WARMUP_MS must not be negative, got ${config.BENCH_WARMUP_MS}`);

const OVERVIEW = `{ portfolioOverview {
  asOf projectCount activeProjectCount completedProjectCount overdueTaskCount blockedTaskCount
  projectsByStatus { status count } projectsByHealth { health count }
  progressByCategory { category { name } projectCount progress }
  milestonesAchieved { count milestones { name dueDate project { key } } }
  milestonesDue { count milestones { name dueDate project { key } } }
  projectsAtRisk { project { key name } health overdueTaskCount blockedTaskCount scheduleSlipDays }
} }`;
const STATUSES = ["PLANNED", "ACTIVE", "ACTIVE", "ACTIVE", "ON_HOLD", "COMPLETED"] as const;
const HEALTHS = ["ON_TRACK", "ON_TRACK", "ON_TRACK", "AT_RISK", "OFF_TRACK"] as const;
const CATEGORY = `mutation($input: CreateProjectCategoryInput!) { createProjectCategory(input: $input) { category { id } } }`;

const { graph, startupSeconds } = await startBenchGraph("overview", { databaseUrl: config.DATABASE_URL, logLevel: config.LOG_LEVEL });
const load = new LoadWorker();
try {
  const url = graph.gateway.url;
  const seedingAt = performance.now();
  const large = await seedWorkspace(url, "Overview bench (large)", config.BENCH_OVERVIEW_PROJECTS, config.BENCH_OVERVIEW_TASKS);
  const small = await seedWorkspace(url, "Overview bench (small)", 5, 50);
  // What autovacuum would soon do after such a load (PGlite has none): statistics for the planner.
  await graph.analyze();
  const seedSeconds = (performance.now() - seedingAt) / 1000;

  const [largeRounds, smallRounds] = await measureInterleaved(
    (each) => load.run(each),
    [
      { url, query: OVERVIEW, token: large, concurrency: config.BENCH_CONCURRENCY },
      { url, query: OVERVIEW, token: small, concurrency: config.BENCH_CONCURRENCY },
    ],
    { warmupMs: config.BENCH_WARMUP_MS, durationMs: config.BENCH_DURATION_MS, rounds: config.BENCH_ROUNDS },
  );
  const latencies = (rounds: LoadResult[]) => rounds.flatMap((result) => result.latenciesMs);
  const row = (label: string, rounds: LoadResult[]) => [label, ...loadCells(rounds)];
  const cpus = os.cpus();
  print(
    `portfolioOverview through the gateway: ${config.BENCH_CONCURRENCY} requests in flight, ${config.BENCH_DURATION_MS} ms per workspace ` +
      `in ${config.BENCH_ROUNDS} interleaved rounds after ${config.BENCH_WARMUP_MS} ms warm-up each`,
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}; ` +
      `${config.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite"}, graph up in ${startupSeconds.toFixed(1)} s, ` +
      `data seeded in ${seedSeconds.toFixed(1)} s; graph in this process, client in a worker thread`,
    "",
    renderTable(
      ["workspace", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests"],
      [
        row(`${config.BENCH_OVERVIEW_PROJECTS} projects, ${config.BENCH_OVERVIEW_TASKS} tasks`, largeRounds!),
        row("5 projects, 50 tasks (baseline)", smallRounds!),
      ],
      [1, 2, 3, 4, 5],
    ),
    "",
    renderTable(
      ["large / small, same run", "ratio", "per round"],
      [
        [
          "req/s",
          formatRatio(requestsPerSecond(largeRounds!), requestsPerSecond(smallRounds!)),
          formatRange(largeRounds!.map((result, round) => requestsPerSecond([result]) / requestsPerSecond([smallRounds![round]!]))),
        ],
        ["p50 latency", formatRatio(percentile(latencies(largeRounds!), 50), percentile(latencies(smallRounds!), 50)), ""],
        ["p99 latency", formatRatio(percentile(latencies(largeRounds!), 99), percentile(latencies(smallRounds!), 99)), ""],
      ],
      [1, 2],
    ),
    "",
  );
} finally {
  await load.close();
  await graph.close();
}

/**
 * A workspace with `projects` projects made through the API (two categories, statuses and healths
 * spread), then `tasks` tasks and a milestone per project inserted in bulk. Returns a MANAGER's token.
 */
async function seedWorkspace(url: string, name: string, projects: number, tasks: number): Promise<string> {
  const team = await buildWorkspaceWithTeam(url, { name });
  const token = team.MANAGER.token;
  const categories: string[] = [];
  for (const category of ["Infrastructure", "Security"]) {
    categories.push(
      dataOf(
        await execute<{ createProjectCategory: { category: { id: string } } }>(url, CATEGORY, {
          token,
          variables: { input: { name: category } },
        }),
      ).createProjectCategory.category.id,
    );
  }
  for (let n = 0; n < projects; n++) {
    await buildProject(url, token, {
      name: `${name} ${n + 1}`,
      key: `P${n + 1}`,
      categoryId: categories[n % categories.length],
      status: STATUSES[n % STATUSES.length],
      health: HEALTHS[n % HEALTHS.length],
      startDate: "2026-01-05",
      endDate: "2027-06-30",
    });
  }
  await graph.subgraphs.get("portfolio")!.database.asOwner(async (em) => {
    // Spread over statuses, estimates and due dates (a fifth overdue); ranks unique per column.
    await sqlRows(
      em,
      `insert into "portfolio"."task" ("id", "workspace_id", "project_id", "title", "status", "priority", "estimate_hours", "due_date", "completion", "rank")
       select gen_random_uuid(), ?, p.ids[1 + s.n % array_length(p.ids, 1)], 'Task ' || s.n,
              (array['TODO','IN_PROGRESS','BLOCKED','IN_REVIEW','DONE'])[1 + s.n % 5]::"portfolio"."task_status",
              (array['LOW','MEDIUM','HIGH','URGENT'])[1 + s.n % 4]::"portfolio"."task_priority",
              1 + s.n % 16, current_date + ((s.n % 100) - 20), case when s.n % 5 = 4 then 100 else 0 end,
              'd' || lpad(s.n::text, 8, '0')
         from (select array_agg(id order by id) as ids from "portfolio"."project" where workspace_id = ?) p,
              generate_series(0, ? - 1) as s(n)`,
      [team.workspaceId, team.workspaceId, tasks],
    );
    await sqlRows(
      em,
      `insert into "portfolio"."milestone" ("id", "workspace_id", "project_id", "name", "due_date", "status", "achieved_at")
       select gen_random_uuid(), workspace_id, id, 'Milestone of ' || key, current_date + (row_number() over (order by id))::int % 60 - 30,
              case when (row_number() over (order by id)) % 3 = 0 then 'ACHIEVED' else 'UPCOMING' end::"portfolio"."milestone_status",
              case when (row_number() over (order by id)) % 3 = 0 then now() - interval '5 days' end
         from "portfolio"."project" where workspace_id = ?`,
      [team.workspaceId],
    );
  });
  return token;
}

function print(...lines: string[]): void {
  process.stdout.write(lines.join("\n") + "\n");
}
