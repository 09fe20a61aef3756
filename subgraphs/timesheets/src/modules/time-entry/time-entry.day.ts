import { sqlRows } from "@plateau/subgraph-kit";
import type { EntityManager } from "@mikro-orm/core";
import { checkDayTotal } from "./time-entry.validation.js";

/** An id no entry has: what "exclude this entry" means when there is no entry yet. */
const NO_ENTRY = "00000000-0000-0000-0000-000000000000";

/** One user's day in one workspace, with the hours about to be written to it. */
export interface DayClaim {
  workspaceId: string;
  userId: string;
  date: string;
  hours: number;
  /** The entry being changed, whose current hours are replaced rather than added to. */
  entryId?: string;
  /** The input field a refusal names (default `input.hours`). */
  field?: string;
}

const run = (em: EntityManager, sql: string, params: unknown[]) => sqlRows<Record<string, string>>(em, sql, params);

/**
 * Checks, inside `em`'s transaction, that the day stays within 24 hours. It first takes a transaction-
 * scoped advisory lock on the user's day: two entries written at once for the same day are then checked
 * one after the other, so together they cannot pass the limit. Raw SQL is not tenant-filtered, hence
 * the explicit `workspace_id`.
 */
export async function claimDay(em: EntityManager, claim: DayClaim): Promise<void> {
  await run(em, "select pg_advisory_xact_lock(hashtextextended(?, 0))", [
    `timesheets.day:${claim.workspaceId}:${claim.userId}:${claim.date}`,
  ]);
  const [row] = await run(
    em,
    `select coalesce(sum(hours), 0) as total
       from timesheets.time_entry
      where workspace_id = ? and user_id = ? and "date" = ? and id <> ?`,
    [claim.workspaceId, claim.userId, claim.date, claim.entryId ?? NO_ENTRY],
  );
  checkDayTotal(claim.field ?? "input.hours", claim.date, Number(row?.total ?? 0), claim.hours);
}
