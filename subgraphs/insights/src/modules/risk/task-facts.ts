import type { EntityManager } from "@mikro-orm/core";
import { sqlRows } from "@plateau/subgraph-kit";
import { weeklyVelocity } from "../forecast/forecast.calc.js";
import { projectTaskFiguresLoader } from "../forecast/forecast.loaders.js";
import { VELOCITY_WINDOW_WEEKS, type ProjectTaskFacts } from "./risk.detectors.js";

/**
 * What insights' task state says of each of `projectIds` on `today`, for the rules that read tasks (declining
 * velocity, knowledge concentration): three statements whatever their number (completions and counts, as
 * velocity reads them, and the remaining estimate by assignee). A project insights knows no task of has none.
 */
export async function taskFactsOf(
  tx: EntityManager,
  workspaceId: string,
  projectIds: readonly string[],
  today: string,
): Promise<Map<string, ProjectTaskFacts>> {
  if (projectIds.length === 0) return new Map();
  const [figures, byAssignee] = await Promise.all([
    projectTaskFiguresLoader(tx, workspaceId, () => today).loadMany(projectIds),
    sqlRows<{ project_id: string; assignee_id: string | null; hours: number; tasks: number }>(
      tx,
      `select project_id, assignee_id, coalesce(sum(estimate_hours), 0)::float8 as hours, count(*)::int as tasks
         from insights.task_state
        where workspace_id = ? and project_id = any(?::uuid[]) and not deleted and status is distinct from 'DONE'
          and estimate_hours > 0
        group by project_id, assignee_id`,
      [workspaceId, `{${projectIds.join(",")}}`],
    ),
  ]);
  const facts = new Map<string, ProjectTaskFacts>();
  projectIds.forEach((projectId, index) => {
    const own = figures[index];
    if (!own || own instanceof Error || own.tasks === 0) return;
    const weeks = weeklyVelocity(own.completions, VELOCITY_WINDOW_WEEKS, today);
    facts.set(projectId, {
      weekStarts: weeks.map((week) => week.weekStart),
      weeklyCompletions: weeks.map((week) => week.completedTasks),
      remainingTasks: own.remainingTasks,
      remainingByAssignee: byAssignee
        .filter((row) => row.project_id === projectId)
        .map((row) => ({ assigneeId: row.assignee_id, hours: Number(row.hours), tasks: Number(row.tasks) })),
    });
  });
  return facts;
}
