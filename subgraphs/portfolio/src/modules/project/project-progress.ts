import type { EntityManager } from "@mikro-orm/core";
import { uuidv7 } from "@plateau/kernel";
import { recordEvent, requireWorkspaceId, sqlRows } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { projectEvents, type ProjectProgressChanged } from "./project.events.js";
import { progressOf, PROGRESS_SQL } from "./project.stats.js";

interface ProgressRow {
  progress: string | number | null;
  blocked: number;
  start_date: string | null;
  end_date: string | null;
  team_id: string | null;
  previous_progress: string | number | null;
  previous_blocked: number | null;
  previous_start_date: string | null;
  previous_end_date: string | null;
  previous_team_id: string | null;
}

/**
 * One statement: the project's progress figures now (the same aggregate as `Project.progress` and
 * `blockedTaskCount`, and its dates and team), the ones last published (`project_progress`), and the new ones
 * saved in their place. All CTEs read the statement's snapshot, so `previous` is the row before the upsert.
 */
const PROGRESS_STATEMENT = `
with now_stats as (
  select ${PROGRESS_SQL} as progress, (count(*) filter (where t.status = 'BLOCKED'))::int as blocked
    from portfolio.task t where t.workspace_id = ? and t.project_id = ?
), previous as (
  select s.progress, s.blocked_task_count, to_char(s.start_date, 'YYYY-MM-DD') as start_date, to_char(s.end_date, 'YYYY-MM-DD') as end_date,
         s.team_id
    from portfolio.project_progress s where s.workspace_id = ? and s.project_id = ?
), saved as (
  insert into portfolio.project_progress (id, workspace_id, project_id, progress, blocked_task_count, start_date, end_date, team_id)
  select ?, p.workspace_id, p.id, n.progress, n.blocked, p.start_date, p.end_date, p.team_id
    from portfolio.project p cross join now_stats n where p.workspace_id = ? and p.id = ?
  on conflict (workspace_id, project_id) do update
    set progress = excluded.progress, blocked_task_count = excluded.blocked_task_count,
        start_date = excluded.start_date, end_date = excluded.end_date, team_id = excluded.team_id, updated_at = now()
  returning progress, blocked_task_count as blocked, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date,
            team_id
)
select saved.progress, saved.blocked, saved.start_date, saved.end_date, saved.team_id,
       previous.progress as previous_progress, previous.blocked_task_count as previous_blocked,
       previous.start_date as previous_start_date, previous.end_date as previous_end_date, previous.team_id as previous_team_id
  from saved left join previous on true`;

/** Takes the lock that orders the progress publications of project `projectId` for the rest of `em`'s transaction. */
export type ProgressLock = (em: EntityManager, workspaceId: string, projectId: string) => Promise<unknown>;

let progressLock: ProgressLock | null = null;

/**
 * Names the lock {@link lockProgress} takes: the board's workflow lock, which every change of a
 * project's tasks takes first. The task module owns it and registers it when loaded (workflow.lock.ts):
 * project sits below task and does not import it (src/modules/module-order.test.ts).
 */
export function useProgressLock(lock: ProgressLock): void {
  progressLock = lock;
}

/**
 * Takes, in `em`'s transaction, the lock every change of project `projectId`'s progress figures takes
 * before {@link recordProgressIfChanged}, for a change made outside the task module (new project dates or team).
 */
export async function lockProgress(em: EntityManager, workspaceId: string, projectId: string): Promise<void> {
  if (!progressLock) throw new Error("No progress lock registered: the task module's workflow.lock.ts registers it when loaded");
  await progressLock(em, workspaceId, projectId);
}

/**
 * Records `project.progress_changed` when the project's progress, blocked task count, dates or team differ
 * from what was last published, in one statement whatever the number of tasks. Call it after the
 * change is flushed, in its transaction (`ctx.em` is the transaction's), with the project's workflow
 * locked (workflow.lock.ts; {@link lockProgress} from the project module): concurrent changes of one
 * project then publish in commit order, each with the figures `Project` shows after it.
 */
export async function recordProgressIfChanged(ctx: PortfolioContext, projectId: string): Promise<void> {
  const workspaceId = requireWorkspaceId(ctx);
  const [row] = await sqlRows<ProgressRow>(ctx.em, PROGRESS_STATEMENT, [
    workspaceId,
    projectId,
    workspaceId,
    projectId,
    uuidv7(),
    workspaceId,
    projectId,
  ]);
  // No row: the project is gone (deleted in this transaction, or never in this workspace).
  if (!row) return;
  const data: ProjectProgressChanged = {
    projectId,
    progress: progressOf(row.progress),
    previousProgress: progressOf(row.previous_progress),
    blockedTaskCount: row.blocked,
    previousBlockedTaskCount: row.previous_blocked ?? 0,
    startDate: row.start_date,
    endDate: row.end_date,
    teamId: row.team_id,
  };
  const changed =
    data.progress !== data.previousProgress ||
    data.blockedTaskCount !== data.previousBlockedTaskCount ||
    data.startDate !== row.previous_start_date ||
    data.endDate !== row.previous_end_date ||
    data.teamId !== row.previous_team_id;
  if (changed) recordEvent(ctx, { type: projectEvents.progressChanged, subject: { typename: "Project", id: projectId }, data });
}
