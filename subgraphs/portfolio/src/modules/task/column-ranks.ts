import type { EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import type { TaskStatus } from "./task.entity.js";
import { needsRebalance, rankBetween, ranksBetween } from "./fractional-rank.js";
import type { Workflow, WorkflowColumn } from "./workflow.entity.js";

/**
 * Ranks of cards within one column of a board, read and written under the workflow's lock
 * (workflow.lock.ts). Raw SQL keeps these reads to one short statement each and keeps rewriting a
 * column's ranks (a rebalance) from touching the tasks' versions: their order does not change.
 */

/** Where a card lands: its rank and the cards on either side of it. */
export interface Placement {
  rank: string;
  afterTaskId: string | null;
  beforeTaskId: string | null;
  /** True when the column's ranks were rewritten to make room. */
  rebalanced: boolean;
}

interface Column {
  projectId: string;
  status: TaskStatus;
  /** The card being placed, left out of the column it may already be in. */
  taskId: string;
}

interface RankRow {
  id: string;
  rank: string;
}

/** The column of `status`, or BAD_USER_INPUT naming `field` when the workflow has none. */
export function columnOf(workflow: Pick<Workflow, "columns">, status: TaskStatus, field: string): WorkflowColumn {
  const column = workflow.columns.find((candidate) => candidate.status === status);
  if (!column) throw errors.invalidField(field, `the project's board has no column for ${status}`);
  return column;
}

/** CONFLICT naming the column when one more card would pass its WIP limit. */
export async function assertRoomIn(em: EntityManager, projectId: string, column: WorkflowColumn): Promise<void> {
  if (column.wipLimit === null) return;
  const [row] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from portfolio.task where project_id = ? and status = ?`, [
    projectId,
    column.status,
  ]);
  if ((row?.n ?? 0) >= column.wipLimit) {
    throw errors.conflict(`The column "${column.name}" (${column.status}) is at its WIP limit of ${column.wipLimit}`, {
      column: column.name,
      status: column.status,
      wipLimit: column.wipLimit,
    });
  }
}

/** The next card after `rank` (null: the first card) in the column, the placed card left out. */
async function cardAfter(em: EntityManager, column: Column, rank: string | null): Promise<RankRow | null> {
  const [row] = await sqlRows<RankRow>(
    em,
    `select id, rank from portfolio.task where project_id = ? and status = ? and id <> ? ${rank === null ? "" : "and rank > ?"}
      order by rank, id limit 1`,
    [column.projectId, column.status, column.taskId, ...(rank === null ? [] : [rank])],
  );
  return row ?? null;
}

/** The card before `rank` (null: the last card) in the column, the placed card left out. */
async function cardBefore(em: EntityManager, column: Column, rank: string | null): Promise<RankRow | null> {
  const [row] = await sqlRows<RankRow>(
    em,
    `select id, rank from portfolio.task where project_id = ? and status = ? and id <> ? ${rank === null ? "" : "and rank < ?"}
      order by rank desc, id desc limit 1`,
    [column.projectId, column.status, column.taskId, ...(rank === null ? [] : [rank])],
  );
  return row ?? null;
}

/** A card of a column as {@link cardsBetween} lists it. */
export interface ColumnCard extends RankRow {
  version: number;
}

/**
 * The cards of the column strictly between the ranks `low` and `high` (the placed card left out), in
 * order: at most `limit` of them, and how many there are in all.
 */
export async function cardsBetween(
  em: EntityManager,
  column: Column,
  low: string,
  high: string,
  limit: number,
): Promise<{ cards: ColumnCard[]; count: number }> {
  const rows = await sqlRows<ColumnCard & { total: number }>(
    em,
    `select id, rank, version, count(*) over ()::int as total from portfolio.task
      where project_id = ? and status = ? and id <> ? and rank > ? and rank < ? order by rank, id limit ?`,
    [column.projectId, column.status, column.taskId, low, high, limit],
  );
  return { cards: rows.map(({ id, rank, version }) => ({ id, rank, version })), count: rows[0]?.total ?? 0 };
}

/**
 * Places a card in a column: right after `after`, right before `before`, between the two, or at the
 * end. The neighbours are cards of this column already checked by the caller; two of them must be next
 * to each other in this order (the caller checks that too, to tell the client what changed). When the
 * new key grows past the limit, the column is given fresh, short keys in the same transaction.
 */
export async function placeCard(em: EntityManager, column: Column, after: RankRow | null, before: RankRow | null): Promise<Placement> {
  let low = after;
  let high = before;
  // With both given, nothing is read: the caller has checked they are neighbours, in this order (a key
  // between two cards that are not could equal the key of a card between them).
  if (after && !before) high = await cardAfter(em, column, after.rank);
  else if (before && !after) low = await cardBefore(em, column, before.rank);
  else if (!after && !before) low = await cardBefore(em, column, null);
  const rank = rankBetween(low?.rank ?? null, high?.rank ?? null);
  const placement = { rank, afterTaskId: low?.id ?? null, beforeTaskId: high?.id ?? null, rebalanced: false };
  return needsRebalance(rank) ? { ...placement, rank: await rebalance(em, column, low?.id ?? null), rebalanced: true } : placement;
}

/**
 * Gives every card of the column a fresh key, evenly spread, keeping their order, and returns the key
 * of the placed card (which goes right after `afterId`, or first). The placed card's own row is left
 * to the caller's flush; the unique index on ranks is deferred to the commit, so keys may cross meanwhile.
 */
async function rebalance(em: EntityManager, column: Column, afterId: string | null): Promise<string> {
  const rows = await sqlRows<{ id: string }>(
    em,
    `select id from portfolio.task where project_id = ? and status = ? and id <> ? order by rank, id`,
    [column.projectId, column.status, column.taskId],
  );
  const ids = rows.map((row) => row.id);
  const position = afterId === null ? 0 : ids.indexOf(afterId) + 1;
  ids.splice(position, 0, column.taskId);
  const keys = ranksBetween(null, null, ids.length);
  const others = ids.flatMap((id, index) => (id === column.taskId ? [] : [{ id, rank: keys[index]! }]));
  if (others.length > 0) {
    await sqlRows(
      em,
      `update portfolio.task t set rank = v.rank
         from (select unnest(?::uuid[]) as id, unnest(?::text[]) as rank) v
        where t.id = v.id`,
      [`{${others.map((row) => row.id).join(",")}}`, `{${others.map((row) => row.rank).join(",")}}`],
    );
  }
  return keys[position]!;
}
