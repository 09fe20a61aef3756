import { addDays, daysBetween } from "@plateau/subgraph-kit";

/**
 * How a work package executes, by earned value management (PMI's Practice Standard for Earned Value
 * Management; PMBOK 7, "Measurement performance domain"): pure, so a reader computes it from stored figures
 * and the day, and a test from a textbook example.
 *
 * - Planned progress: the share of the scheduled duration (start to end, both days counted) elapsed by
 *   `today`, 0 before the start and 100 after the end: the planned value curve is a straight line.
 * - Planned value PV = BAC × planned progress, earned value EV = BAC × actual progress, actual cost AC = the
 *   budget spent (BAC: the budget allocated).
 * - Schedule: SPI = EV ÷ PV; SV% = (EV − PV) ÷ PV; SV in days by earned schedule: the day the plan would have
 *   reached the progress made, minus today (negative: behind). Forecast finish: start + duration ÷ SPI.
 * - Cost: CPI = EV ÷ AC; CV% = (EV − AC) ÷ EV; estimate at completion EAC = BAC ÷ CPI.
 * - Effort: burn = actual ÷ estimated hours; effort variance % = actual hours against the hours the progress
 *   made should have taken (estimated × progress).
 * A figure that needs a missing input (no schedule, no budget, nothing planned yet) is null, never a guess.
 */

/** The thresholds past which a variance is a breach, in percent (schedule and cost: behind or over by more). */
export interface ExecutionThresholds {
  scheduleVariancePercent: number;
  costVariancePercent: number;
  effortVariancePercent: number;
}

/** What a package's execution is computed from. */
export interface ExecutionInput {
  /** The day of the reading, YYYY-MM-DD. */
  today: string;
  scheduledStart: string | null;
  scheduledEnd: string | null;
  /** The day it actually finished, when it has: the forecast is then that day. */
  actualEnd: string | null;
  /** Percent complete, 0–100. */
  progress: number;
  /** Budget at completion (BAC) and spent so far (AC), in the package's currency. */
  budgetAllocated: number | null;
  budgetSpent: number | null;
  estimatedEffortHours: number | null;
  actualEffortHours: number | null;
  thresholds: ExecutionThresholds;
}

/** A variance past its threshold. */
export interface ThresholdBreach {
  kind: "SCHEDULE" | "COST" | "EFFORT";
  /** The variance, in percent: negative for behind schedule or over budget, positive for effort overrun. */
  variancePercent: number;
  /** The threshold it passed, in percent. */
  thresholdPercent: number;
}

/** A package's execution on a day. */
export interface ExecutionStatus {
  plannedProgress: number | null;
  actualProgress: number;
  plannedValue: number | null;
  earnedValue: number | null;
  actualCost: number | null;
  spi: number | null;
  cpi: number | null;
  scheduleVarianceDays: number | null;
  scheduleVariancePercent: number | null;
  costVariance: number | null;
  costVariancePercent: number | null;
  estimateAtCompletion: number | null;
  effortBurn: number | null;
  effortVariancePercent: number | null;
  forecastFinish: string | null;
  breaches: ThresholdBreach[];
}

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
const ratio = (numerator: number | null, denominator: number | null): number | null =>
  numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;

/** The planned progress on `today`, 0–100, of a schedule from `start` to `end` (both days counted); null without one. */
export function plannedProgressOn(start: string | null, end: string | null, today: string): number | null {
  if (!start || !end) return null;
  const duration = daysBetween(start, end) + 1;
  if (duration <= 0) return null;
  const elapsed = Math.min(Math.max(daysBetween(start, today) + 1, 0), duration);
  return (elapsed / duration) * 100;
}

/** The execution status of a package on `input.today`. */
export function executionStatus(input: ExecutionInput): ExecutionStatus {
  const progress = Math.min(Math.max(input.progress, 0), 100);
  const planned = plannedProgressOn(input.scheduledStart, input.scheduledEnd, input.today);
  const bac = input.budgetAllocated;
  const pv = bac === null || planned === null ? null : (bac * planned) / 100;
  const ev = bac === null ? null : (bac * progress) / 100;
  const ac = input.budgetSpent;
  // With no budget, the schedule indices still follow from progress alone (EV ÷ PV = progress ÷ planned).
  const spi = planned === null ? null : ratio(progress, planned);
  const cpi = ratio(ev, ac);
  const scheduleVariancePercent = spi === null ? null : (spi - 1) * 100;
  const costVariance = ev === null || ac === null ? null : ev - ac;
  const costVariancePercent = ratio(costVariance, ev === 0 ? null : ev);

  let scheduleVarianceDays: number | null = null;
  let forecastFinish: string | null = input.actualEnd;
  if (input.scheduledStart && input.scheduledEnd && planned !== null) {
    const duration = daysBetween(input.scheduledStart, input.scheduledEnd) + 1;
    // Earned schedule: the days of plan the progress made is worth, against the days elapsed.
    const earnedDays = (progress / 100) * duration;
    const elapsedDays = (planned / 100) * duration;
    scheduleVarianceDays = round(earnedDays - elapsedDays, 1);
    if (forecastFinish === null && spi !== null && spi > 0) {
      forecastFinish = addDays(input.scheduledStart, Math.ceil(duration / spi) - 1);
    }
  }

  const expectedHours = input.estimatedEffortHours === null ? null : (input.estimatedEffortHours * progress) / 100;
  const effortBurn = ratio(input.actualEffortHours, input.estimatedEffortHours);
  const effortVariancePercent =
    input.actualEffortHours === null || expectedHours === null || expectedHours === 0
      ? null
      : ((input.actualEffortHours - expectedHours) / expectedHours) * 100;

  // Compared as reported (two decimals): a variance shown equal to its threshold is not past it.
  const breaches: ThresholdBreach[] = [];
  const { thresholds } = input;
  const schedule = scheduleVariancePercent === null ? null : round(scheduleVariancePercent);
  const cost = costVariancePercent === null ? null : round(costVariancePercent * 100);
  const effort = effortVariancePercent === null ? null : round(effortVariancePercent);
  if (schedule !== null && -schedule > thresholds.scheduleVariancePercent) {
    breaches.push({ kind: "SCHEDULE", variancePercent: schedule, thresholdPercent: thresholds.scheduleVariancePercent });
  }
  if (cost !== null && -cost > thresholds.costVariancePercent) {
    breaches.push({ kind: "COST", variancePercent: cost, thresholdPercent: thresholds.costVariancePercent });
  }
  if (effort !== null && effort > thresholds.effortVariancePercent) {
    breaches.push({ kind: "EFFORT", variancePercent: effort, thresholdPercent: thresholds.effortVariancePercent });
  }

  return {
    plannedProgress: planned === null ? null : round(planned),
    actualProgress: progress,
    plannedValue: pv === null ? null : round(pv),
    earnedValue: ev === null ? null : round(ev),
    actualCost: ac,
    spi: spi === null ? null : round(spi, 3),
    cpi: cpi === null ? null : round(cpi, 3),
    scheduleVarianceDays,
    scheduleVariancePercent: schedule,
    costVariance: costVariance === null ? null : round(costVariance),
    costVariancePercent: cost,
    estimateAtCompletion: bac === null || cpi === null || cpi === 0 ? null : round(bac / cpi),
    effortBurn: effortBurn === null ? null : round(effortBurn, 3),
    effortVariancePercent: effort,
    forecastFinish,
    breaches,
  };
}
