import { assertProjectIdWritable } from "../project/project.policy.js";
import { errors } from "@plateau/kernel";
import { check, parseId, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { achieveMilestonesOfTasks } from "../milestone/milestone-status.js";
import { Task, TaskStatus } from "../task/task.entity.js";
import { recordProgressIfChanged } from "../project/project-progress.js";
import { recordStatusAndAssignee } from "../task/task.events.js";
import { lockTask } from "../task/task.lock.js";
import { assertMayChangeTask } from "../task/task.policy.js";
import { recordTaskMoved } from "./board.events.js";
import type { MoveTaskInput } from "./board.inputs.js";
import { assertRoomIn, columnOf, placeCard } from "./column-ranks.js";
import { lockWorkflow } from "./workflow.lock.js";

/** The ids of a move, checked before anything is read. */
function parseMove(input: MoveTaskInput) {
  const taskId = parseId(input.taskId, "input.taskId");
  const afterId = input.afterTaskId ? parseId(input.afterTaskId, "input.afterTaskId") : null;
  const beforeId = input.beforeTaskId ? parseId(input.beforeTaskId, "input.beforeTaskId") : null;
  if (afterId === taskId) throw errors.invalidField("input.afterTaskId", "a task cannot be placed after itself");
  if (beforeId === taskId) throw errors.invalidField("input.beforeTaskId", "a task cannot be placed before itself");
  if (afterId !== null && afterId === beforeId) throw errors.invalidField("input.beforeTaskId", "must differ from input.afterTaskId");
  return { taskId, afterId, beforeId };
}

/** A neighbour the client named: a card of the target column of the same board, else BAD_USER_INPUT naming `field`. */
function neighbour(found: Task | undefined, id: string, task: Task, toStatus: TaskStatus, field: string) {
  // Unknown ids and other workspaces' tasks get the same answer.
  if (!found) throw errors.invalidField(field, `no task ${id} in this workspace`);
  if (found.project.id !== task.project.id) throw errors.invalidField(field, `task ${id} is on another project's board`);
  if (found.status !== toStatus) throw errors.invalidField(field, `task ${id} is in the ${found.status} column, not ${toStatus}`);
  return { id: found.id, rank: found.rank };
}

/**
 * `moveTask`: puts a card in a column and a place in it, ordered on the server. Under the project's
 * workflow lock, in one transaction: the task's version and the caller's right to move it are checked
 * on the row as it is now, the neighbours must be cards of the target column, a column with a WIP
 * limit takes no more cards, and the move, with its events (`project.progress_changed` too when it
 * changes the project's figures), commits whole or not at all.
 */
export async function moveTask(ctx: PortfolioContext, input: MoveTaskInput): Promise<Task> {
  const workspaceId = requireWorkspaceId(ctx);
  const { taskId, afterId, beforeId } = parseMove(input);
  const known = await ctx.loaders.task.load(taskId);
  if (!known) throw errors.notFound("Task", input.taskId);
  const projectId = known.project.id;
  await assertProjectIdWritable(ctx, projectId);
  return ctx.em.transactional(async (em) => {
    const workflow = await lockWorkflow(em, workspaceId, projectId);
    if (!workflow) throw errors.notFound("Task", input.taskId);
    const task = await lockTask(em, taskId);
    assertMayChangeTask(ctx, task);
    check.version("Task", task, input.expectedVersion);
    const column = columnOf(workflow, input.toStatus, "input.toStatus");
    const named =
      afterId || beforeId ? await em.find(Task, { id: { $in: [afterId, beforeId].filter((id) => id !== null) } }, { refresh: true }) : [];
    const byId = new Map(named.map((found) => [found.id, found]));
    const after = afterId ? neighbour(byId.get(afterId), afterId, task, input.toStatus, "input.afterTaskId") : null;
    const before = beforeId ? neighbour(byId.get(beforeId), beforeId, task, input.toStatus, "input.beforeTaskId") : null;
    if (task.status !== input.toStatus) await assertRoomIn(em, projectId, column);
    if (after && before && after.rank >= before.rank) {
      throw errors.invalidField("input.beforeTaskId", `task ${before.id} comes before ${after.id} on the board`);
    }
    const placement = await placeCard(em, { projectId, status: input.toStatus, taskId }, after, before);
    const previous = { status: task.status, assigneeId: task.assigneeId };
    task.status = input.toStatus;
    task.rank = placement.rank;
    // A move that lands where the card was is still a move: it gets a new version like any other.
    task.updatedAt = new Date();
    if (task.status === TaskStatus.DONE) task.completion = 100;
    const scoped = { ...ctx, em: em as typeof ctx.em };
    recordTaskMoved(scoped, task, previous.status, placement);
    recordStatusAndAssignee(scoped, task, previous);
    if (task.status === TaskStatus.DONE && previous.status !== TaskStatus.DONE) await achieveMilestonesOfTasks(scoped, [task.id]);
    // The move is flushed first: the progress figures are read as they are after it.
    await em.flush();
    await recordProgressIfChanged(scoped, projectId);
    return task;
  });
}
