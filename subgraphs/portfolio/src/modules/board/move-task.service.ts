import { assertProjectIdWritable } from "../project/project.policy.js";
import { errors } from "@plateau/kernel";
import { check, inTransaction, parseId, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Task } from "../task/task.entity.js";
import { recordStatusAndAssignee } from "../task/task.events.js";
import type { MoveTaskInput } from "./board.inputs.js";
import { assertRoomIn, columnOf, placeCard } from "../task/column-ranks.js";
import { assertAdjacent, assertAnchorsIn, placementOf, readAnchors } from "./move-anchors.js";
import { asStaleMove, StaleMoveReason } from "./stale-move.js";
import { enterStatus, lockForStatusChange, settleTaskChange } from "../task/task-status-change.js";

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

/**
 * `moveTask`: puts a card in a column and a place in it, ordered on the server. Under the project's
 * workflow lock, in one transaction: the caller's right to move the card is checked on the row as it is
 * now; then input that can never be valid is BAD_USER_INPUT, and a view of the board that is no longer
 * true (the card's version, its anchors' column or adjacency, a full column) is CONFLICT with where
 * things are now (stale-move.ts, move-anchors.ts); the move, with its events
 * (`project.progress_changed` too when it changes the project's figures), commits whole or not at all,
 * and a refused one changes nothing.
 */
export async function moveTask(ctx: PortfolioContext, input: MoveTaskInput): Promise<Task> {
  const workspaceId = requireWorkspaceId(ctx);
  const { taskId, afterId, beforeId } = parseMove(input);
  const known = await ctx.loaders.task.load(taskId);
  if (!known) throw errors.notFound("Task", input.taskId);
  const projectId = known.project.id;
  await assertProjectIdWritable(ctx, projectId);
  return inTransaction(ctx, async (tx) => {
    const { em } = tx;
    const { workflow, task } = await lockForStatusChange(tx, workspaceId, projectId, taskId);
    if (!workflow) throw errors.notFound("Task", input.taskId);
    const column = columnOf(workflow, input.toStatus, "input.toStatus");
    const anchors = await readAnchors(em, task, { afterId, beforeId });
    // From here on, every refusal is the client's view being stale: a CONFLICT saying where things are.
    const now = placementOf(task, anchors);
    await asStaleMove(StaleMoveReason.STALE_VERSION, now, () => check.version("Task", task, input.expectedVersion));
    assertAnchorsIn(input.toStatus, anchors, now);
    const place = { projectId, status: input.toStatus, taskId };
    if (task.status !== input.toStatus) await asStaleMove(StaleMoveReason.WIP_LIMIT, now, () => assertRoomIn(em, projectId, column));
    const [after, before] = [anchors.after?.task ?? null, anchors.before?.task ?? null];
    if (after && before) await assertAdjacent(em, place, after, before, now);
    const previous = { status: task.status, assigneeId: task.assigneeId };
    enterStatus(tx, task, input.toStatus, await placeCard(em, place, after, before));
    recordStatusAndAssignee(tx, task, previous);
    await settleTaskChange(tx, task, previous.status);
    return task;
  });
}
