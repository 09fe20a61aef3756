import { uuidv8 } from "@plateau/kernel";
import { addDays, daysBetween, weekStartOf } from "@plateau/subgraph-kit";

/**
 * ISO 8601 weeks (Monday to Sunday) over calendar dates (`YYYY-MM-DD`, no time zone: an entry's day is
 * the day its user worked, so its week needs none either).
 */

// The date arithmetic is the kit's; this module names the weeks and their timesheets.
export { addDays, weekStartOf };

/** The Sunday of the ISO week that starts on `weekStart`. */
export function weekEndOf(weekStart: string): string {
  return addDays(weekStart, 6);
}

/** The ISO week's name, e.g. `2026-W49`: the year is the one its Thursday falls in (so 2026-12-28 is 2026-W53, 2027-01-01 too). */
export function isoWeekName(date: string): string {
  const thursday = addDays(weekStartOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The seven days of the week that starts on `weekStart`, Monday first. */
export function daysOfWeek(weekStart: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(weekStart, index));
}

/**
 * The id of one user's timesheet for one week in one workspace: a name-based UUID (version 8, RFC 9562)
 * of the three, so a week that has no row yet (a DRAFT nobody submitted) reads with the id its row will
 * have, and reading it writes nothing.
 */
export function timesheetIdFor(workspaceId: string, userId: string, weekStart: string): string {
  return uuidv8(`plateau.timesheet:${workspaceId.toLowerCase()}:${userId.toLowerCase()}:${weekStart}`);
}
