import type { EntityManager } from "@mikro-orm/core";
import { AppError, ErrorCode } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import { LOCKED_STATUSES, type TimesheetStatus } from "./weekly-timesheet.entity.js";
import { weekStartOf } from "./iso-week.js";

/** One user's week in one workspace. */
export interface WeekKey {
  workspaceId: string;
  userId: string;
  weekStart: string;
}

/**
 * Takes transaction-scoped advisory locks on the given weeks of one user, in date order (so two writers
 * of the same weeks cannot deadlock). Every write to a week's entries and every change of its status
 * takes it first, so a submit and an entry written at once are applied one after the other: an entry
 * never lands in a week after it was submitted, and a week is never submitted half-written.
 */
export async function lockWeeks(em: EntityManager, workspaceId: string, userId: string, weekStarts: readonly string[]): Promise<void> {
  for (const weekStart of [...new Set(weekStarts)].sort()) {
    await sqlRows(em, "select pg_advisory_xact_lock(hashtextextended(?, 0))", [`timesheets.week:${workspaceId}:${userId}:${weekStart}`]);
  }
}

/**
 * Locks the weeks of `dates` (see {@link lockWeeks}) and checks, in `em`'s transaction, that none of
 * them is SUBMITTED or APPROVED; TIMESHEET_LOCKED naming the field of the first date that is otherwise,
 * with the week and its status. Raw SQL is not tenant-filtered, hence the explicit `workspace_id`.
 */
export async function assertWeeksOpen(
  em: EntityManager,
  workspaceId: string,
  userId: string,
  dates: readonly { field: string; date: string }[],
): Promise<void> {
  const weeks = dates.map(({ field, date }) => ({ field, date, weekStart: weekStartOf(date) }));
  await lockWeeks(
    em,
    workspaceId,
    userId,
    weeks.map((week) => week.weekStart),
  );
  const rows = await sqlRows<{ week_start: string; status: TimesheetStatus }>(
    em,
    `select to_char(week_start, 'YYYY-MM-DD') as week_start, status
       from timesheets.weekly_timesheet
      where workspace_id = ? and user_id = ? and week_start = any(?::date[]) and status = any(?::text[])`,
    [workspaceId, userId, `{${weeks.map((week) => week.weekStart).join(",")}}`, `{${LOCKED_STATUSES.join(",")}}`],
  );
  const locked = new Map(rows.map((row) => [row.week_start, row.status]));
  for (const week of weeks) {
    const status = locked.get(week.weekStart);
    if (!status) continue;
    const message = `${week.date} is in the week of ${week.weekStart}, which is ${status}; reopen the week to change its time`;
    throw new AppError(ErrorCode.TIMESHEET_LOCKED, `${week.field}: ${message}`, {
      fields: [{ field: week.field, message }],
      weekStart: week.weekStart,
      status,
    });
  }
}
