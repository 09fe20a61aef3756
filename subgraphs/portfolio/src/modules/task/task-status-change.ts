import { errors } from "@plateau/kernel";
import type { PortfolioContext } from "../../context.js";
import { recordProgressIfChanged } from "../project/project-progress.js";
import { assertRoomIn, columnOf, placeCard, type Placement } from "./column-ranks.js";
import { type Task, TaskStatus } from "./task.entity.js";
import { recordTaskMoved } from "./task.events.js";
import { lockTask } from "./task.lock.js";
import { assertMayChangeTask } from "./task.policy.js";
import type { Workflow } from "./workflow.entity.js";
import { lockWorkflow } from "./workflow.lock.js";

/**
 * The one way a task changes status, shared by `moveTask` and `updateTask`, in the use case's
 * transaction (`tx`):
 * 1. {@link lockForStatusChange}: the project's workflow lock, then the task's row, and the caller's
 *    right re-checked on the row as it is now;
 * 2. the caller checks its own input against the locked rows and finds where the card lands
 *    ({@link placeAtColumnEnd}, or `moveTask`'s anchors);
 * 3. {@link enterStatus}: the card's status and rank, 100% completion on DONE, `task.moved`;
 * 4. the caller records `task.status_changed` / `user.assigned` with its other changes;
 * 5. {@link settleTaskChange}: what modules above task do when tasks become DONE ({@link onTasksDone}:
 *    milestones whose tasks are now all DONE are achieved), then the change is flushed and the
 *    project's progress figures follow (`project.progress_changed`).
 * It lives in the task module beside `updateTask`, below the board (`moveTask` uses it from above) and
 * the milestones that react to it (src/modules/module-order.test.ts).
 */

/** What a module above task does, in a status change's transaction, when tasks of `taskIds` became DONE. */
export type TasksDoneListener = (tx: PortfolioContext, taskIds: readonly string[]) => Promise<void>;

const tasksDoneListeners: TasksDoneListener[] = [];

/**
 * Registers `listener` to run in step 5 of every status change that makes a task DONE, in the change's
 * transaction, before the progress figures are read (milestone-status.ts registers the milestones'
 * achievement). Registered once, when the listening module is loaded.
 */
export function onTasksDone(listener: TasksDoneListener): void {
  if (!tasksDoneListeners.includes(listener)) tasksDoneListeners.push(listener);
}

/** What a status change holds once locked: the project's workflow (null when the project is gone) and the task as it is now. */
export interface LockedTask {
  workflow: Workflow | null;
  task: Task;
}

/**
 * Step 1: takes the locks a status change needs, in the order every writer of the board takes them
 * (workflow.lock.ts), and re-checks the caller's right to change the task on the locked row. An edit
 * that can change neither the board nor the progress figures skips the workflow lock (`withWorkflow`).
 */
export async function lockForStatusChange(
  tx: PortfolioContext,
  workspaceId: string,
  projectId: string,
  taskId: string,
  { withWorkflow = true } = {},
): Promise<LockedTask> {
  const workflow = withWorkflow ? await lockWorkflow(tx.em, workspaceId, projectId) : null;
  const task = await lockTask(tx.em, taskId);
  assertMayChangeTask(tx, task);
  return { workflow, task };
}

/**
 * Step 2 for a card new to a column (a task created in it, or re-statused into it), under the locked
 * `workflow` of project `projectId`: the column must exist and have room (its WIP limit); the card
 * lands at its end. BAD_USER_INPUT names `field` otherwise.
 */
export async function placeAtColumnEnd(
  tx: PortfolioContext,
  workflow: Workflow | null,
  card: { projectId: string; taskId: string },
  to: TaskStatus,
  field: string,
): Promise<Placement> {
  if (!workflow) throw errors.invalidField("input.projectId", `no project ${card.projectId} in this workspace`);
  const column = columnOf(workflow, to, field);
  await assertRoomIn(tx.em, card.projectId, column);
  return placeCard(tx.em, { ...card, status: to }, null, null);
}

/**
 * Step 3: puts the locked task's card in column `to` at `placement`. A DONE task is 100% complete; a
 * task becoming DONE is completed now unless the caller sets an earlier time after, and one
 * leaving DONE is no longer completed. A move that lands where the card was is still a move: it gets a
 * new version like any other.
 */
export function enterStatus(tx: PortfolioContext, task: Task, to: TaskStatus, placement: Placement): void {
  const from = task.status;
  task.status = to;
  task.rank = placement.rank;
  task.updatedAt = new Date();
  if (to === TaskStatus.DONE) task.completion = 100;
  if (to !== from) task.completedAt = to === TaskStatus.DONE ? new Date() : null;
  recordTaskMoved(tx, task, from, placement);
}

/**
 * Step 5: a task that became DONE (it was `fromStatus`) is handed to the {@link onTasksDone} listeners
 * (its milestones may be complete); then the change is flushed, so the project's progress figures are
 * read as they are after it.
 */
export async function settleTaskChange(tx: PortfolioContext, task: Task, fromStatus: TaskStatus): Promise<void> {
  if (task.status === TaskStatus.DONE && fromStatus !== TaskStatus.DONE) {
    for (const listener of tasksDoneListeners) await listener(tx, [task.id]);
  }
  await tx.em.flush();
  await recordProgressIfChanged(tx, task.project.id);
}
