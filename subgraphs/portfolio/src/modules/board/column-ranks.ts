import type { EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import type { TaskStatus } from "../task/task.entity.js";
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

/**
 * Places a card in a column: right after `after`, right before `before`, between the two (which must
 * then be next to each other: CONFLICT when another card came between them meanwhile), or at the end.
 * The neighbours are cards of this column already checked by the caller. When the new key grows past
 * the limit, the column is given fresh, short keys in the same transaction.
 */
export async function placeCard(em: EntityManager, column: Column, after: RankRow | null, before: RankRow | null): Promise<Placement> {
  let low = after;
  let high = before;
  if (after && before) {
    const next = await cardAfter(em, column, after.rank);
    if (next?.id !== before.id) {
      throw errors.conflict(`Tasks ${after.id} and ${before.id} are no longer next to each other on the board; reload and retry`);
    }
  } else if (after) high = await cardAfter(em, column, after.rank);
  else if (before) low = await cardBefore(em, column, before.rank);
  else low = await cardBefore(em, column, null);
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
