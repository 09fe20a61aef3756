import { AppError, ErrorCode } from "@plateau/kernel";
import type { Task, TaskStatus } from "../task/task.entity.js";

/**
 * The CONFLICT a move answers when the client's view of the board is stale. Every such answer carries,
 * besides the message, `extensions.reason` (what was stale) and `extensions.currentPlacement` (where
 * the card and the anchors the client named are now, read under the board's lock), so a client can
 * correct its board and retry without reading it again.
 */

/** What about the client's view of the board was stale. */
export const StaleMoveReason = {
  /** `expectedVersion` is no longer the card's version (`extensions.currentVersion` has the new one). */
  STALE_VERSION: "STALE_VERSION",
  /** An anchor is no longer a card of the target column. */
  ANCHOR_MOVED: "ANCHOR_MOVED",
  /** An anchor was deleted. */
  ANCHOR_DELETED: "ANCHOR_DELETED",
  /** Both anchors are in the target column, but no longer next to each other in that order. */
  ANCHORS_NOT_ADJACENT: "ANCHORS_NOT_ADJACENT",
  /** The target column reached its WIP limit (`extensions.column`, `status`, `wipLimit`). */
  WIP_LIMIT: "WIP_LIMIT",
} as const;
export type StaleMoveReason = (typeof StaleMoveReason)[keyof typeof StaleMoveReason];

/** A card where it is now: its column (status), its rank in it, and its version. */
export interface CardPlacement {
  id: string;
  status: TaskStatus;
  rank: string;
  version: number;
}

/** An anchor where it is now; a deleted one has `deleted: true` and null placement. */
export type AnchorPlacement = { id: string; deleted: false; status: TaskStatus; rank: string; version: number } | DeletedAnchor;

interface DeletedAnchor {
  id: string;
  deleted: true;
  status: null;
  rank: null;
  version: null;
}

/** `extensions.currentPlacement` of a stale move. */
export interface CurrentPlacement {
  /** The card the client tried to move, unmoved: pass its `version` as `expectedVersion` on a retry. */
  task: CardPlacement;
  /** The anchor named as `afterTaskId`; null when none was given. */
  afterTask: AnchorPlacement | null;
  /** The anchor named as `beforeTaskId`; null when none was given. */
  beforeTask: AnchorPlacement | null;
  /** With both anchors in the target column: the cards now between them, in board order (at most {@link MAX_CARDS_BETWEEN}). */
  cardsBetween: Omit<CardPlacement, "status">[];
  /** How many cards are between them in all. */
  cardsBetweenCount: number;
}

/** How many of the cards between two anchors a stale move lists; more than that, and the client reloads the column. */
export const MAX_CARDS_BETWEEN = 20;

/** The placement of a card as it is now. */
export const cardPlacement = (task: Pick<Task, "id" | "status" | "rank" | "version">): CardPlacement => ({
  id: task.id,
  status: task.status,
  rank: task.rank,
  version: task.version,
});

/** The placement of an anchor: where its card is now, or that it was deleted (`task` null). */
export const anchorPlacement = (id: string, task: Task | null): AnchorPlacement =>
  task ? { ...cardPlacement(task), deleted: false } : { id, deleted: true, status: null, rank: null, version: null };

/** A stale move's CONFLICT; `extensions` are added (e.g. the input field the stale anchor was named in). */
export function staleMove(
  reason: StaleMoveReason,
  message: string,
  currentPlacement: CurrentPlacement,
  extensions: Record<string, unknown> = {},
): AppError {
  return new AppError(ErrorCode.CONFLICT, message, { ...extensions, reason, currentPlacement });
}

/**
 * Runs a check that may answer CONFLICT on its own (a stale version, a full column) and gives such an
 * answer the move's `reason` and `currentPlacement`, keeping its message and extensions.
 */
export async function asStaleMove<T>(reason: StaleMoveReason, currentPlacement: CurrentPlacement, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.CONFLICT)
      throw staleMove(reason, error.message, currentPlacement, error.extensions);
    throw error;
  }
}
