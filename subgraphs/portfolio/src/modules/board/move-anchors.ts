import type { EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { ActivityEntry } from "../activity/activity-entry.entity.js";
import { Task, type TaskStatus } from "../task/task.entity.js";
import { cardsBetween } from "../task/column-ranks.js";
import { anchorPlacement, cardPlacement, MAX_CARDS_BETWEEN, staleMove, StaleMoveReason, type CurrentPlacement } from "./stale-move.js";

/**
 * The anchors of a move (`afterTaskId`, `beforeTaskId`), read under the board's lock, and which of
 * their problems are the client's input and which its stale view of the board:
 * - BAD_USER_INPUT, never valid whatever happens on the board: a malformed id, the moved card itself,
 *   the same card as both anchors (move-task.service.ts), a card of another project's board (a task
 *   never changes project), an id no task of the workspace ever had.
 * - CONFLICT, valid when the client saw the board: an anchor deleted since, an anchor no longer in the
 *   target column, two anchors no longer next to each other in that order (the server cannot tell a
 *   client that swapped them from one whose view is old; both are told the order as it is).
 */

/** An anchor the client named: its card as it is now, or null when it was deleted. */
export interface Anchor {
  id: string;
  field: "input.afterTaskId" | "input.beforeTaskId";
  task: Task | null;
}

/** The anchors of a move; null where none was named. */
export interface Anchors {
  after: Anchor | null;
  before: Anchor | null;
}

/**
 * The project a task id belonged to when no task has it now, from the activity log (which keeps a
 * deleted task's history, its creation at least, subtasks deleted with a parent included); undefined
 * when the workspace never had it (Row-Level Security hides other workspaces' history as well).
 */
async function projectOfDeleted(em: EntityManager, taskId: string): Promise<string | null | undefined> {
  const entry = await em.findOne(ActivityEntry, { taskId, entityId: taskId, entityType: "Task" }, { fields: ["projectId"] });
  return entry ? entry.projectId : undefined;
}

/** Reads the anchors named `afterId` and `beforeId` on the board of `task`, else BAD_USER_INPUT naming the field. */
export async function readAnchors(
  em: EntityManager,
  task: Task,
  ids: { afterId: string | null; beforeId: string | null },
): Promise<Anchors> {
  const wanted = [ids.afterId, ids.beforeId].filter((id) => id !== null);
  const found = wanted.length > 0 ? await em.find(Task, { id: { $in: wanted } }, { refresh: true }) : [];
  const byId = new Map(found.map((card) => [card.id, card]));
  const read = async (id: string | null, field: Anchor["field"]): Promise<Anchor | null> => {
    if (id === null) return null;
    const card = byId.get(id) ?? null;
    const projectId = card ? card.project.id : await projectOfDeleted(em, id);
    // Unknown ids and other workspaces' tasks get the same answer.
    if (projectId === undefined) throw errors.invalidField(field, `no task ${id} in this workspace`);
    if (projectId !== task.project.id) throw errors.invalidField(field, `task ${id} is on another project's board`);
    return { id, field, task: card };
  };
  return { after: await read(ids.afterId, "input.afterTaskId"), before: await read(ids.beforeId, "input.beforeTaskId") };
}

/** Where the moved card and its anchors are now, for a stale move's CONFLICT. */
export function placementOf(task: Task, anchors: Anchors): CurrentPlacement {
  const of = (anchor: Anchor | null) => (anchor ? anchorPlacement(anchor.id, anchor.task) : null);
  return {
    task: cardPlacement(task),
    afterTask: of(anchors.after),
    beforeTask: of(anchors.before),
    cardsBetween: [],
    cardsBetweenCount: 0,
  };
}

/** CONFLICT when an anchor was deleted or is no longer a card of the `toStatus` column. */
export function assertAnchorsIn(toStatus: TaskStatus, anchors: Anchors, placement: CurrentPlacement): void {
  for (const anchor of [anchors.after, anchors.before]) {
    if (!anchor) continue;
    if (!anchor.task) {
      const message = `task ${anchor.id} was deleted`;
      throw staleMove(StaleMoveReason.ANCHOR_DELETED, `${anchor.field}: ${message}; see extensions.currentPlacement and retry`, placement, {
        fields: [{ field: anchor.field, message }],
      });
    }
    if (anchor.task.status !== toStatus) {
      const message = `task ${anchor.id} is now in the ${anchor.task.status} column, not ${toStatus}`;
      throw staleMove(StaleMoveReason.ANCHOR_MOVED, `${anchor.field}: ${message}; see extensions.currentPlacement and retry`, placement, {
        fields: [{ field: anchor.field, message }],
      });
    }
  }
}

/**
 * CONFLICT when two anchors of the target column are no longer next to each other in this order,
 * listing the cards now between them.
 */
export async function assertAdjacent(
  em: EntityManager,
  column: { projectId: string; status: TaskStatus; taskId: string },
  after: Task,
  before: Task,
  placement: CurrentPlacement,
): Promise<void> {
  const [low, high] = after.rank < before.rank ? [after, before] : [before, after];
  const between = await cardsBetween(em, column, low.rank, high.rank, MAX_CARDS_BETWEEN);
  if (low === after && between.count === 0) return;
  const swapped = low === before ? `, and ${before.id} now comes first` : "";
  throw staleMove(
    StaleMoveReason.ANCHORS_NOT_ADJACENT,
    `Tasks ${after.id} and ${before.id} are no longer next to each other on the board (${between.count} card(s) between them${swapped}); ` +
      "see extensions.currentPlacement and retry",
    { ...placement, cardsBetween: between.cards, cardsBetweenCount: between.count },
  );
}
