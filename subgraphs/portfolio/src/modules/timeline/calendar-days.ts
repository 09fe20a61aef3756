/**
 * Calendar dates as day numbers (days since 1970-01-01, UTC), so the scheduler does integer
 * arithmetic instead of Date objects. Calendar days only: weekends and holidays count like any
 * other day (working-day calendars are out of scope).
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day number of an ISO `YYYY-MM-DD` date, or null when `value` is not a real calendar date. */
export function parseDay(value: string): number | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: the latter reads years 0-99 as 1900-1999.
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Rejects dates that roll over, such as 2026-02-30.
  if (date.toISOString().slice(0, 10) !== value) return null;
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The ISO `YYYY-MM-DD` date of a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
