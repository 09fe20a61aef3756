import { AppError, ErrorCode, errors } from "@plateau/kernel";
import { daysBetween, today } from "@plateau/subgraph-kit";
import { fromHundredths, toHundredths } from "./hundredths.js";

/** The most hours one user can log on one day, across all their entries. */
export const MAX_HOURS_PER_DAY = 24;

/** How far ahead an entry may be dated: one day covers every time zone ahead of UTC. */
export const MAX_DAYS_AHEAD = 1;

/** Longest note, in characters. */
export const MAX_NOTE_LENGTH = 2000;

/**
 * Checks an entry's hours: more than 0, at most 24, at most two decimals. Returns them rounded to the
 * hundredth, so 1.1 (which is 1.1000000000000001 in binary) is stored as 1.10.
 */
export function checkHours(field: string, hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_HOURS_PER_DAY) {
    throw errors.invalidField(field, `must be more than 0 and at most ${MAX_HOURS_PER_DAY}, got ${hours}`);
  }
  if (Math.abs(hours * 100 - toHundredths(hours)) > 1e-6) {
    throw errors.invalidField(field, `must have at most 2 decimals, got ${hours}`);
  }
  return fromHundredths(toHundredths(hours));
}

/** Checks an entry's date: not more than {@link MAX_DAYS_AHEAD} day after today (UTC). */
export function checkEntryDate(field: string, date: string, now: Date = new Date()): string {
  const current = today(now);
  if (daysBetween(current, date) > MAX_DAYS_AHEAD) {
    throw errors.invalidField(field, `must not be more than ${MAX_DAYS_AHEAD} day in the future (today is ${current} UTC), got ${date}`);
  }
  return date;
}

/**
 * Checks that adding `hours` to the `alreadyLogged` hours of one user's day stays within 24; otherwise
 * BAD_USER_INPUT naming `field`, saying (and carrying as `remainingHours`) how much is left that day.
 */
export function checkDayTotal(field: string, date: string, alreadyLogged: number, hours: number): void {
  const remaining = fromHundredths(Math.max(0, toHundredths(MAX_HOURS_PER_DAY) - toHundredths(alreadyLogged)));
  if (toHundredths(alreadyLogged) + toHundredths(hours) <= toHundredths(MAX_HOURS_PER_DAY)) return;
  const message =
    `would bring ${date} to ${fromHundredths(toHundredths(alreadyLogged) + toHundredths(hours))} hours; ` +
    `at most ${MAX_HOURS_PER_DAY} a day, ${remaining} remaining`;
  throw new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, {
    fields: [{ field, message }],
    remainingHours: remaining,
  });
}
