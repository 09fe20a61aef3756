import { addDays, daysOfWeek, weekStartOf } from "../weekly-timesheet/iso-week.js";

/**
 * Capacity: the hours a person is expected to work over a period, from the workspace's weekly schedule (or the person's own where
 * one covers the day), less workspace holidays and the person's leave. Pure: callers load schedules, holidays and leave.
 */

/** ISO weekday: 1 Monday … 7 Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** How many hours a person is expected to work per week, spread evenly over their working days. */
export interface WorkSchedule {
  hoursPerWeek: number;
  workingDays: readonly IsoWeekday[];
}

/** A person's own schedule for a span of days (inclusive; `to` null = open-ended). */
export interface ScheduleOverride {
  from: string;
  to: string | null;
  schedule: WorkSchedule;
}

/** What {@link capacityOf} needs to know about one person and one period. */
export interface CapacityInput {
  /** First day of the period (inclusive). */
  from: string;
  /** Last day of the period (inclusive). */
  to: string;
  /** The workspace's schedule: the default on days no override covers. */
  workspaceSchedule: WorkSchedule;
  /** This person's own schedules; when several cover a day, the one with the latest `from` wins (on a tie, the later in the list). */
  overrides: readonly ScheduleOverride[];
  /** Workspace non-working days. */
  holidays: ReadonlySet<string>;
  /** This person's non-working days. */
  leave: ReadonlySet<string>;
}

/** A person's capacity over a period. */
export interface Capacity {
  /** Expected hours over the whole period, rounded to the hundredth. */
  hours: number;
  /** Days of the period with more than 0 expected hours. */
  workingDays: number;
  /**
   * Expected hours per ISO week (keyed by its Monday), each rounded on its own, in date order. Every week that touches the period is
   * present, even at 0 hours; weeks partly outside the period count only their days inside it.
   */
  byWeek: Map<string, number>;
}

/**
 * A day's share of a week is `hoursPerWeek / n` for n of 1 to 7 working days, which whole hundredths cannot hold (40 h over 3 days).
 * Sums are kept in 1/420 of a hundredth of an hour (420 being the least common multiple of 1 … 7), where every share is a whole
 * number, and rounded to the hundredth only when returned: three 40 h / 3-day days add up to 40, not 39.99.
 */
const PARTS_PER_HUNDREDTH = 420;

const toHours = (units: number): number => Math.round(units / PARTS_PER_HUNDREDTH) / 100;

/** Each schedule's units per ISO weekday (index 1 … 7), worked out once per schedule object. */
const unitsBySchedule = new WeakMap<WorkSchedule, number[]>();

/** The day's expected hours in 1/420 of a hundredth (a whole number), 0 when `weekday` is not a working day of `schedule`. */
function dailyUnits(schedule: WorkSchedule, weekday: IsoWeekday): number {
  let units = unitsBySchedule.get(schedule);
  if (!units) {
    let mask = 0; // bit d set = ISO weekday d is a working day; a weekday listed twice counts once
    for (const day of schedule.workingDays) if (day >= 1 && day <= 7) mask |= 1 << day;
    let count = 0;
    for (let day = 1; day <= 7; day++) if (mask & (1 << day)) count++;
    const perDay = count === 0 ? 0 : (Math.round(schedule.hoursPerWeek * 100) * PARTS_PER_HUNDREDTH) / count;
    units = Array.from({ length: 8 }, (_, day) => (mask & (1 << day) ? perDay : 0));
    unitsBySchedule.set(schedule, units);
  }
  return units[weekday]!;
}

/** The ISO weeks touching a period, each with its seven dates: what every person's capacity over the period walks. */
type PeriodCalendar = { weekStart: string; days: string[] }[];

/** The last periods' calendars: a report works out the capacity of hundreds of people over the same period. */
const calendars = new Map<string, PeriodCalendar>();
const CALENDARS_KEPT = 16;

function calendarOf(from: string, to: string): PeriodCalendar {
  const key = `${from}/${to}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = [];
    for (let week = weekStartOf(from); week <= to; week = addDays(week, 7)) calendar.push({ weekStart: week, days: daysOfWeek(week) });
    if (calendars.size >= CALENDARS_KEPT) calendars.delete(calendars.keys().next().value!);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** The ISO weekday of a `YYYY-MM-DD` date. */
export function isoWeekday(date: string): IsoWeekday {
  return (((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

/**
 * The hours `schedule` expects on `weekday`, rounded to the hundredth: `hoursPerWeek` divided by the number of working days on a
 * working day, else 0 (also 0 when the schedule has no working days).
 */
export function dailyHours(schedule: WorkSchedule, weekday: IsoWeekday): number {
  return toHours(dailyUnits(schedule, weekday));
}

/**
 * The schedule that applies on `date`: among the overrides covering it (`from` ≤ date ≤ `to`, or no `to`) the one with the latest
 * `from` (on a tie, the later in the list); the workspace's schedule when none does.
 */
export function scheduleOn(date: string, input: Pick<CapacityInput, "workspaceSchedule" | "overrides">): WorkSchedule {
  let chosen: ScheduleOverride | undefined;
  for (const override of input.overrides) {
    if (override.from > date || (override.to !== null && override.to < date)) continue;
    if (chosen === undefined || override.from >= chosen.from) chosen = override;
  }
  return chosen?.schedule ?? input.workspaceSchedule;
}

/**
 * A person's capacity over [`from`, `to`]: the sum of {@link dailyHours} over each day of the period that is neither a holiday nor
 * leave, using the schedule on that day ({@link scheduleOn}). Summed exactly and rounded once, so it can differ by a hundredth from
 * adding up the rounded daily (or weekly) hours. An empty period (`from` after `to`) has no hours and no weeks.
 */
export function capacityOf(input: CapacityInput): Capacity {
  const byWeek = new Map<string, number>();
  let totalUnits = 0;
  let workingDays = 0;
  if (input.from > input.to) return { hours: 0, workingDays: 0, byWeek };
  const simple = input.overrides.length === 0;
  for (const { weekStart: week, days } of calendarOf(input.from, input.to)) {
    let weekUnits = 0;
    for (let index = 0; index < 7; index++) {
      const date = days[index]!;
      if (date < input.from || date > input.to || input.holidays.has(date) || input.leave.has(date)) continue;
      const units = dailyUnits(simple ? input.workspaceSchedule : scheduleOn(date, input), (index + 1) as IsoWeekday);
      if (units <= 0) continue;
      weekUnits += units;
      workingDays++;
    }
    byWeek.set(week, toHours(weekUnits));
    totalUnits += weekUnits;
  }
  return { hours: toHours(totalUnits), workingDays, byWeek };
}

/** Logged hours as a share of capacity (1 = exactly at capacity, above 1 = over), rounded to 4 decimals; null when capacity is 0. */
export function utilisation(loggedHours: number, capacityHours: number): number | null {
  const capacity = Math.round(capacityHours * 100);
  if (capacity <= 0) return null;
  return Math.round(Number(((Math.round(loggedHours * 100) / capacity) * 10_000).toPrecision(12))) / 10_000;
}
