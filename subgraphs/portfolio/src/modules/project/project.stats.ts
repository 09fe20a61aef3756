import { sqlRows } from "@plateau/subgraph-kit";
import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";

/** Figures derived from a project's tasks. */
export interface ProjectStats {
  taskCount: number;
  blockedTaskCount: number;
  doneTaskCount: number;
  /** 0-100: leaf tasks' completion weighted by their estimate (1 hour when unestimated). */
  progress: number;
}

interface StatsRow {
  project_id: string;
  task_count: string;
  blocked: string;
  done: string;
  progress: string | null;
}

/**
 * The progress of the tasks `t` of one group (a project), as an SQL aggregate: leaf tasks' completion
 * (DONE counts 100) weighted by their estimate, 1 hour when unestimated; NULL when there is no task.
 * Shared by `Project.progress` and the `project.progress_changed` event, so both always agree.
 */
export const PROGRESS_SQL = `sum(case when t.status = 'DONE' then 100 else t.completion end * coalesce(t.estimate_hours, 1))
                filter (where not exists (select 1 from portfolio.task c where c.parent_id = t.id))
                / nullif(sum(coalesce(t.estimate_hours, 1))
                filter (where not exists (select 1 from portfolio.task c where c.parent_id = t.id)), 0)`;

/** {@link PROGRESS_SQL}'s raw value as `Project.progress` shows it: one decimal, 0 for a project without tasks. */
export function progressOf(raw: string | number | null): number {
  return raw === null ? 0 : Math.round(Number(raw) * 10) / 10;
}

const EMPTY: ProjectStats = { taskCount: 0, blockedTaskCount: 0, doneTaskCount: 0, progress: 0 };

/**
 * One aggregate query for the stats of every project asked for in a request. Raw SQL is not reached by
 * the ORM's tenant filter, so the workspace is part of the statement.
 */
export function projectStatsLoader(em: EntityManager, workspaceId: string | undefined): DataLoader<string, ProjectStats> {
  return new DataLoader<string, ProjectStats>(async (projectIds) => {
    if (!workspaceId) return projectIds.map(() => EMPTY);
    const rows = (await sqlRows(
      em,
      `select t.project_id,
              count(*) as task_count,
              count(*) filter (where t.status = 'BLOCKED') as blocked,
              count(*) filter (where t.status = 'DONE') as done,
              ${PROGRESS_SQL} as progress
         from portfolio.task t
        where t.workspace_id = ? and t.project_id = any(?::uuid[])
        group by t.project_id`,
      [workspaceId, `{${projectIds.join(",")}}`],
    )) as unknown as StatsRow[];
    const byId = new Map(
      rows.map((row) => [
        row.project_id,
        {
          taskCount: Number(row.task_count),
          blockedTaskCount: Number(row.blocked),
          doneTaskCount: Number(row.done),
          progress: progressOf(row.progress),
        },
      ]),
    );
    return projectIds.map((id) => byId.get(id) ?? EMPTY);
  });
}
