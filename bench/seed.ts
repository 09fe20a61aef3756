/** Data the benchmarks seed through the API, and the queries they read it with. */
import { buildProject, buildTask, dataOf, execute, LogTimeDocument, type buildWorkspaceWithTeam } from "@plateau/test-kit";

/** A workspace with its owner, admin, manager and member, as buildWorkspaceWithTeam returns it. */
export type Team = Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;

/** The README's Portfolio query: one request answered by all six subgraphs. */
export const PORTFOLIO_QUERY = `query Portfolio {
  projects(first: 10, orderBy: { field: NAME, direction: ASC }) {
    nodes {
      name progress health startDate endDate
      owner { name email }
      workPackages { name kind status riskLevel }
      effort { totalHours billableHours }
      risks { rule severity detail }
      tasks(first: 5) { nodes { title status assignee { name memberships { role } } timeLogged } }
    }
  }
}`;

/** A project's Kanban board: cards from portfolio, assignees from identity, time logged from timesheets. */
export const BOARD_QUERY = `query($projectId: ID!) { board(projectId: $projectId) {
  columns { status cards { id title status rank assignee { id name } timeLogged } }
} }`;

const STATUSES = ["TODO", "IN_PROGRESS", "IN_REVIEW", "BLOCKED", "DONE"] as const;
/** Seeding requests in flight. */
const SEED_CONCURRENCY = 16;

/** What the Portfolio query reads: 10 projects of 5 tasks, each assigned to the member, who logged an hour on it. */
export async function seedPortfolioProjects(url: string, team: Team): Promise<void> {
  for (let p = 0; p < 10; p++) {
    const project = await buildProject(url, team.MANAGER.token, { name: `Bench project ${p}`, ownerId: team.MANAGER.id });
    for (let t = 0; t < 5; t++) {
      const task = await buildTask(url, team.MANAGER.token, project.id, { title: `Task ${t}`, assigneeId: team.MEMBER.id });
      dataOf(
        await execute(url, LogTimeDocument, {
          token: team.MEMBER.token,
          variables: {
            input: { taskId: task.id, projectId: project.id, date: `2026-11-${String(1 + t * 5 + (p % 5)).padStart(2, "0")}`, hours: 1 },
          },
        }),
      );
    }
  }
}

/**
 * A project of `tasks` tasks spread over the board's columns, each assigned to one of three members
 * who logged time on it; returns the project's id.
 */
export async function seedBoard(url: string, team: Team, tasks: number, name = "Board bench"): Promise<string> {
  const token = team.MANAGER.token;
  const project = await buildProject(url, token, { name, key: "BENCH" });
  const people = [team.ADMIN, team.MANAGER, team.MEMBER];
  await inBatches(tasks, SEED_CONCURRENCY, async (n) => {
    const assignee = people[n % people.length]!;
    const task = await buildTask(url, token, project.id, {
      title: `Card ${n + 1}`,
      status: STATUSES[n % STATUSES.length],
      assigneeId: assignee.id,
      estimateHours: 1 + (n % 8),
    });
    dataOf(
      // Spread over 120 days: a person may log at most 24 hours a day.
      await execute(url, LogTimeDocument, {
        token: assignee.token,
        variables: { input: { taskId: task.id, projectId: project.id, date: isoDay(n % 120), hours: 0.25 * (1 + (n % 8)) } },
      }),
    );
  });
  return project.id;
}

/** Runs `task(0..count-1)` with at most `concurrency` at once. */
async function inBatches(count: number, concurrency: number, task: (n: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** A day `daysAgo` before today (UTC), YYYY-MM-DD. */
function isoDay(daysAgo: number): string {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}
