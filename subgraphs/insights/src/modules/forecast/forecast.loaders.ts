import type { EntityManager } from "@mikro-orm/core";
import DataLoader from "dataloader";
import { sqlRows } from "@plateau/subgraph-kit";
import { MAX_VELOCITY_WEEKS, type TaskCompletion } from "./forecast.calc.js";

/** What velocity and forecasts read of one project's tasks. */
export interface ProjectTaskFigures {
  /** Tasks completed (and still DONE) in the last {@link MAX_VELOCITY_WEEKS} weeks and more. */
  completions: TaskCompletion[];
  /** Tasks that exist (not deleted), done or not; 0 for a project insights has heard nothing of. */
  tasks: number;
  /** Tasks that exist and are not DONE. */
  remainingTasks: number;
}

const DAY_MS = 86_400_000;

/**
 * Each project's task figures from task_state, in two statements for every project of a request
 * (completions since `MAX_VELOCITY_WEEKS + 1` weeks before `today`, and the count of tasks, and of those not DONE).
 * Raw SQL is not reached by the ORM's tenant filter, so the workspace is part of each statement; without
 * a workspace nothing is visible.
 */
export function projectTaskFiguresLoader(
  em: EntityManager,
  workspaceId: string | undefined,
  today: () => string,
): DataLoader<string, ProjectTaskFigures> {
  return new DataLoader<string, ProjectTaskFigures>(async (projectIds) => {
    const figures = new Map<string, ProjectTaskFigures>(projectIds.map((id) => [id, { completions: [], tasks: 0, remainingTasks: 0 }]));
    if (workspaceId) {
      const ids = `{${projectIds.join(",")}}`;
      const since = new Date(Date.parse(`${today()}T00:00:00Z`) - 7 * (MAX_VELOCITY_WEEKS + 1) * DAY_MS).toISOString().slice(0, 10);
      const [completed, remaining] = await Promise.all([
        sqlRows<{ project_id: string; completed_on: string; estimate_hours: number | null }>(
          em,
          `select project_id, to_char(completed_on, 'YYYY-MM-DD') as completed_on, estimate_hours
             from insights.task_state
            where workspace_id = ? and project_id = any(?::uuid[]) and not deleted and status = 'DONE' and completed_on >= ?::date`,
          [workspaceId, ids, since],
        ),
        sqlRows<{ project_id: string; tasks: number; remaining: number }>(
          em,
          `select project_id, count(*)::int as tasks, (count(*) filter (where status is distinct from 'DONE'))::int as remaining
             from insights.task_state
            where workspace_id = ? and project_id = any(?::uuid[]) and not deleted
            group by project_id`,
          [workspaceId, ids],
        ),
      ]);
      for (const row of completed) {
        figures.get(row.project_id)?.completions.push({
          completedOn: row.completed_on,
          estimateHours: row.estimate_hours === null ? null : Number(row.estimate_hours),
        });
      }
      for (const row of remaining) {
        const entry = figures.get(row.project_id);
        if (entry) Object.assign(entry, { tasks: Number(row.tasks), remainingTasks: Number(row.remaining) });
      }
    }
    return projectIds.map((id) => figures.get(id)!);
  });
}
