import type { EntityManager } from "@mikro-orm/core";
import { sqlRows, today as todayUtc } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { onTasksDone } from "../task/task-status-change.js";
import { Milestone, MilestoneStatus } from "./milestone.entity.js";
import { recordMilestoneStatusChanged } from "./milestone.events.js";

/**
 * A milestone's status rules:
 * - ACHIEVED when a manager says so, or once every task linked to it is DONE (checked whenever a
 *   linked task becomes DONE and whenever links change). Achievement sticks: reopening a task later
 *   does not undo it (a manager can). A MISSED milestone whose tasks all get done becomes ACHIEVED.
 * - MISSED when its due date has passed (UTC) and it is not achieved. Reads show it at once
 *   ({@link effectiveStatus}); the milestone sweep (milestone-sweep.ts) stores it and emits the event.
 * Each stored transition to ACHIEVED or MISSED emits `portfolio.project.milestone` exactly once: the
 * milestone row is locked and re-read before it changes.
 */

/** The status a reader sees: an UPCOMING milestone whose due date has passed is MISSED. */
export function effectiveStatus(milestone: Pick<Milestone, "status" | "dueDate">, today: string = todayUtc()): MilestoneStatus {
  return milestone.status === MilestoneStatus.UPCOMING && milestone.dueDate < today ? MilestoneStatus.MISSED : milestone.status;
}

/** A Postgres uuid[] literal. */
export const uuidArray = (ids: readonly string[]): string => `{${ids.join(",")}}`;

/**
 * Marks ACHIEVED those of `milestoneIds` (already locked by the caller's transaction) that have linked
 * tasks and all of them DONE, recording the event of each.
 */
async function achieveCompleted(ctx: PortfolioContext, milestoneIds: readonly string[]): Promise<void> {
  if (milestoneIds.length === 0) return;
  const complete = await sqlRows<{ id: string }>(
    ctx.em,
    `select l.milestone_id as id from portfolio.milestone_task l join portfolio.task t on t.id = l.task_id
      where l.milestone_id = any(?::uuid[]) group by l.milestone_id having bool_and(t.status = 'DONE')`,
    [uuidArray(milestoneIds)],
  );
  if (complete.length === 0) return;
  const milestones = await ctx.em.find(Milestone, { id: { $in: complete.map((row) => row.id) } }, { refresh: true });
  for (const milestone of milestones) {
    if (milestone.status === MilestoneStatus.ACHIEVED) continue;
    const from = milestone.status;
    milestone.status = MilestoneStatus.ACHIEVED;
    milestone.achievedAt = new Date();
    recordMilestoneStatusChanged(ctx, milestone, from);
  }
}

/**
 * The hook task status changes call (registered below with task-status-change.ts's `onTasksDone`),
 * inside their transaction, when tasks became DONE: the milestones linked to them that are not
 * achieved yet are locked and achieved when all their tasks are done. The task changes are flushed
 * first, and the lock orders concurrent completions of one milestone's last two tasks, so the later
 * one sees both DONE.
 */
export async function achieveMilestonesOfTasks(ctx: PortfolioContext, taskIds: readonly string[]): Promise<void> {
  await ctx.em.flush();
  const locked = await sqlRows<{ id: string }>(
    ctx.em,
    `select m.id from portfolio.milestone m
      where m.status <> 'ACHIEVED'
        and exists (select 1 from portfolio.milestone_task l where l.milestone_id = m.id and l.task_id = any(?::uuid[]))
      order by m.id for update`,
    [uuidArray(taskIds)],
  );
  await achieveCompleted(
    ctx,
    locked.map((row) => row.id),
  );
}

/** Locks a milestone's row in `em`'s transaction; false when it is gone. */
export async function lockMilestone(em: EntityManager, milestoneId: string): Promise<boolean> {
  const rows = await sqlRows(em, `select id from portfolio.milestone where id = ? for update`, [milestoneId]);
  return rows.length > 0;
}

/** Re-checks one locked milestone after its links changed; everything is flushed afterwards. */
export async function achieveIfComplete(ctx: PortfolioContext, milestoneId: string): Promise<void> {
  await ctx.em.flush();
  await achieveCompleted(ctx, [milestoneId]);
  await ctx.em.flush();
}

// The task module sits below milestones: it calls them back rather than importing them
// (src/modules/module-order.test.ts). Loaded with the milestone module (milestone.resolver.ts imports this file).
onTasksDone(achieveMilestonesOfTasks);
