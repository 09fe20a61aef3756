/**
 * The pure core behind `Project.velocity(weeks)` and `Project.forecast`: weekly throughput from task
 * completions, and a Monte Carlo simulation of when the remaining tasks will be done if the coming weeks
 * look like the past ones. No I/O and no clock: callers pass `today` / `startDate`, so every result can be
 * reproduced from its inputs and a seed.
 *
 * Dates are calendar days `YYYY-MM-DD` with UTC arithmetic (a task's day has no time zone, so its week needs
 * none either); weeks are ISO weeks, Monday to Sunday.
 */

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** How far back velocity may look: two years of weeks is plenty for a trend and bounds the work per request. */
export const MAX_VELOCITY_WEEKS = 104;
/** Enough trials that a percentile moves by well under a week between seeds, without slowing a request. */
export const DEFAULT_TRIALS = 10_000;
export const MAX_TRIALS = 100_000;
/** Ten years: beyond that a forecast says "not within the horizon" instead of simulating on. */
export const DEFAULT_MAX_WEEKS = 520;
/** Bounds trials × weeks, the simulation's worst-case cost, when the history is almost all zeros. */
export const MAX_MAX_WEEKS = 1_040;

/** One completed task, as velocity reads it. */
export interface TaskCompletion {
  /** The day the task was completed, `YYYY-MM-DD`. */
  completedOn: string;
  /** Estimated hours, or null when the task was never estimated (it still counts as a completed task). */
  estimateHours: number | null;
}

/** What one ISO week delivered. */
export interface WeekVelocity {
  /** The week's Monday, `YYYY-MM-DD`. */
  weekStart: string;
  completedTasks: number;
  /** Sum of the completed tasks' estimates, exact to the hundredth of an hour. */
  completedEstimateHours: number;
}

/**
 * Tasks and estimated hours completed in each of the last `weeks` complete ISO weeks before the week that
 * holds `today`, oldest first. The current week is left out because it is not over: counting it would make
 * every Monday look like a slump. Weeks without completions are present with zeros, so the result always has
 * `weeks` entries and can feed {@link forecast} directly; completions outside the window are ignored.
 *
 * Estimates are summed in integer hundredths (each rounded to the hundredth first), so 0.1 + 0.2 is 0.3.
 *
 * @throws RangeError when `weeks` is not an integer from 1 to {@link MAX_VELOCITY_WEEKS}, or a date is malformed.
 */
export function weeklyVelocity(completions: readonly TaskCompletion[], weeks: number, today: string): WeekVelocity[] {
  assertIntegerInRange("weeks", weeks, 1, MAX_VELOCITY_WEEKS);
  const firstWeekStart = weekStartOf(parseDate("today", today)) - weeks * WEEK_MS;
  const taskCounts = new Array<number>(weeks).fill(0);
  const estimateHundredths = new Array<number>(weeks).fill(0);

  completions.forEach((completion, index) => {
    const completedAt = parseDate(`completions[${index}].completedOn`, completion.completedOn);
    const weekIndex = Math.floor((completedAt - firstWeekStart) / WEEK_MS);
    if (weekIndex < 0 || weekIndex >= weeks) return;
    taskCounts[weekIndex] = (taskCounts[weekIndex] ?? 0) + 1;
    estimateHundredths[weekIndex] = (estimateHundredths[weekIndex] ?? 0) + Math.round((completion.estimateHours ?? 0) * 100);
  });

  return taskCounts.map((completedTasks, weekIndex) => ({
    weekStart: formatDate(firstWeekStart + weekIndex * WEEK_MS),
    completedTasks,
    completedEstimateHours: (estimateHundredths[weekIndex] ?? 0) / 100,
  }));
}

/**
 * Mulberry32, Tommy Ettinger's small seeded pseudo-random generator: 32 bits of state, period 2^32, and
 * uniform enough for resampling a few weeks of history. The forecast uses it instead of `Math.random` so the
 * same inputs and seed always give the same dates (a forecast that changes on every page load reads as news).
 * Not for anything secret.
 *
 * @param seed any integer; only its low 32 bits matter.
 * @returns a function returning the next number in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Inputs of {@link simulateFinish}. */
export interface FinishSimulationInput {
  /** Tasks still to do, a non-negative integer. */
  remainingTasks: number;
  /** Tasks completed in each past week (e.g. `completedTasks` of {@link weeklyVelocity}); order does not matter. */
  weeklyThroughput: readonly number[];
  /** Simulated futures; defaults to {@link DEFAULT_TRIALS}. */
  trials?: number;
  seed: number;
  /** Weeks a trial may run before it counts as "not within maxWeeks"; defaults to {@link DEFAULT_MAX_WEEKS}. */
  maxWeeks?: number;
}

/** The outcome of {@link simulateFinish}. */
export interface FinishSimulation {
  /** Weeks each trial that finished within `maxWeeks` needed, ascending. */
  weeksNeeded: number[];
  /** All trials run, including those that did not finish. */
  trials: number;
  maxWeeks: number;
  /** Trials still unfinished after `maxWeeks` weeks: `trials - weeksNeeded.length`. */
  trialsBeyondMaxWeeks: number;
  /** `trialsBeyondMaxWeeks / trials`. */
  shareBeyondMaxWeeks: number;
}

/**
 * Monte Carlo forecast of how many weeks the remaining tasks take. Each trial plays future weeks one by one,
 * giving each the throughput of a past week drawn uniformly at random (with replacement), until the completed
 * tasks reach `remainingTasks`.
 *
 * Edge cases:
 * - `remainingTasks` 0: every trial needs 0 weeks, whatever the history.
 * - empty or all-zero history: returns null, "no throughput to forecast from" (simulating would never finish).
 * - a trial not done after `maxWeeks` weeks stops there and counts in `trialsBeyondMaxWeeks`, so a history that is
 *   mostly zeros costs at most `trials × maxWeeks` draws.
 *
 * @throws RangeError on a negative or fractional task count, or `trials` / `maxWeeks` outside their bounds.
 */
export function simulateFinish(input: FinishSimulationInput): FinishSimulation | null {
  const settings = validateSimulation(input);
  const [weeksNeeded] = simulateWeeksNeeded([input.remainingTasks], input.weeklyThroughput, settings) ?? [];
  if (!weeksNeeded) return null;
  return summarize(weeksNeeded, settings);
}

/**
 * The P-th percentile of a simulation's weeks by the nearest-rank method: sort the N trials ascending and take
 * the one at rank ⌈P/100 × N⌉ (1-based), so the answer is always a week some trial actually needed and at
 * least P% of trials finished within it. Trials beyond `maxWeeks` rank last; when the rank falls among them
 * the percentile is null ("not within maxWeeks").
 *
 * @param percent in (0, 100].
 */
export function finishPercentile(simulation: FinishSimulation, percent: number): number | null {
  if (!(percent > 0 && percent <= 100)) throw new RangeError(`percent must be in (0, 100], got ${percent}`);
  const rank = Math.ceil((percent / 100) * simulation.trials);
  return simulation.weeksNeeded[rank - 1] ?? null;
}

/** A milestone to forecast alongside the project. */
export interface MilestoneTarget {
  id: string;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  /** Tasks of the milestone still to do, a non-negative integer. */
  remainingTasks: number;
}

/** Inputs of {@link forecast}: those of {@link simulateFinish}, plus where the future starts and the milestones. */
export interface ForecastInput extends FinishSimulationInput {
  /** The first day of the first simulated week, `YYYY-MM-DD`; usually the Monday of the current week. */
  startDate: string;
  milestones?: readonly MilestoneTarget[];
}

/** A finish percentile: the weeks it takes and the day the last of those weeks ends. */
export interface FinishEstimate {
  weeks: number;
  /** `startDate + weeks × 7 − 1 day`. */
  date: string;
}

/** The chance of meeting one milestone. */
export interface MilestoneOutlook {
  id: string;
  dueDate: string;
  remainingTasks: number;
  /** Share of trials done by the due date, 0..1 to 4 decimals. */
  probability: number;
}

/** The outcome of {@link forecast}. */
export interface Forecast {
  /** Null when fewer than that share of trials finished within `maxWeeks`; likewise for p85 and p95. */
  p50: FinishEstimate | null;
  p85: FinishEstimate | null;
  p95: FinishEstimate | null;
  trials: number;
  /** Past weeks the draws came from. */
  throughputSamples: number;
  /** Share of trials not finished within `maxWeeks`, to 4 decimals. */
  shareBeyondMaxWeeks: number;
  /** In the order given. */
  milestones: MilestoneOutlook[];
}

/**
 * Projected finish dates (P50, P85, P95) and, per milestone, the probability of meeting its due date, from one
 * {@link simulateFinish}-style simulation.
 *
 * Date convention: work done in simulated week N (N ≥ 1) is done by the last day of that week,
 * `startDate + N × 7 − 1 day`; with a Monday `startDate` that is the Sunday ending week N. 0 weeks (nothing
 * remaining) gives the day before `startDate`: already done when the simulation starts.
 *
 * Milestones are simulated against the same weekly draws as the project, each with its own remaining count, so
 * within a trial a milestone with fewer tasks left is never done after the project. A milestone is met in a trial when the
 * week its tasks are done ends on or before its due date; only whole weeks count, as the simulation cannot
 * say when within a week a task is done. Hence a milestone with remaining tasks and a due date before
 * `startDate + 6 days` (including any due date already past) has probability 0, and one with nothing
 * remaining has probability 1. Trials beyond `maxWeeks` count as missing every milestone.
 *
 * Milestones never change the project's numbers as long as none has more remaining tasks than the project
 * (true of real data): a trial draws weeks until its largest target is done.
 *
 * @returns null when work remains but the history has no throughput to forecast from.
 * @throws RangeError on malformed dates or counts, see {@link simulateFinish}.
 */
export function forecast(input: ForecastInput): Forecast | null {
  const settings = validateSimulation(input);
  const start = parseDate("startDate", input.startDate);
  const milestones = input.milestones ?? [];
  const dueTimes = milestones.map((milestone, index) => {
    assertTaskCount(`milestones[${index}].remainingTasks`, milestone.remainingTasks);
    return parseDate(`milestones[${index}].dueDate`, milestone.dueDate);
  });

  const targets = [input.remainingTasks, ...milestones.map((milestone) => milestone.remainingTasks)];
  const weeksPerTarget = simulateWeeksNeeded(targets, input.weeklyThroughput, settings);
  if (!weeksPerTarget) return null;
  const [projectWeeks, ...milestoneWeeks] = weeksPerTarget;
  if (!projectWeeks) throw new Error("The simulation returned no weeks for the project itself");

  const project = summarize(projectWeeks, settings);
  const estimateAt = (percent: number): FinishEstimate | null => {
    const weeks = finishPercentile(project, percent);
    return weeks === null ? null : { weeks, date: formatDate(start + weeks * WEEK_MS - DAY_MS) };
  };

  return {
    p50: estimateAt(50),
    p85: estimateAt(85),
    p95: estimateAt(95),
    trials: settings.trials,
    throughputSamples: input.weeklyThroughput.length,
    shareBeyondMaxWeeks: roundTo4Decimals(project.shareBeyondMaxWeeks),
    milestones: milestones.map((milestone, index) => ({
      id: milestone.id,
      dueDate: milestone.dueDate,
      remainingTasks: milestone.remainingTasks,
      probability: milestoneProbability(milestone.remainingTasks, (dueTimes[index] ?? start) - start, milestoneWeeks[index], settings),
    })),
  };
}

interface SimulationSettings {
  trials: number;
  seed: number;
  maxWeeks: number;
}

function validateSimulation(input: FinishSimulationInput): SimulationSettings {
  const trials = input.trials ?? DEFAULT_TRIALS;
  const maxWeeks = input.maxWeeks ?? DEFAULT_MAX_WEEKS;
  assertTaskCount("remainingTasks", input.remainingTasks);
  input.weeklyThroughput.forEach((tasks, index) => assertTaskCount(`weeklyThroughput[${index}]`, tasks));
  assertIntegerInRange("trials", trials, 1, MAX_TRIALS);
  assertIntegerInRange("maxWeeks", maxWeeks, 1, MAX_MAX_WEEKS);
  if (!Number.isInteger(input.seed)) throw new RangeError(`seed must be an integer, got ${input.seed}`);
  return { trials, seed: input.seed, maxWeeks };
}

/**
 * For each target (a remaining task count), the weeks each trial needed to reach it, with `maxWeeks + 1` for
 * "not within maxWeeks"; null when a target is above 0 but no past week completed anything. All targets of a
 * trial share its draws, which is what makes milestone and project forecasts consistent with each other.
 */
function simulateWeeksNeeded(
  targets: readonly number[],
  weeklyThroughput: readonly number[],
  { trials, seed, maxWeeks }: SimulationSettings,
): Uint16Array[] | null {
  const weeksPerTarget = targets.map(() => new Uint16Array(trials));
  const largestTarget = Math.max(...targets);
  if (largestTarget === 0) return weeksPerTarget;
  if (!weeklyThroughput.some((tasks) => tasks > 0)) return null;

  // Targets in ascending order, so each trial checks only the next one still open after every week.
  const targetOrder = targets.map((_, index) => index).sort((left, right) => (targets[left] ?? 0) - (targets[right] ?? 0));
  const random = mulberry32(seed);
  const beyondMaxWeeks = maxWeeks + 1;

  for (let trial = 0; trial < trials; trial++) {
    let completedTasks = 0;
    let week = 0;
    let nextTarget = 0;
    while (nextTarget < targetOrder.length) {
      const targetIndex = targetOrder[nextTarget] ?? 0;
      if ((targets[targetIndex] ?? 0) <= completedTasks) {
        setWeeks(weeksPerTarget, targetIndex, trial, week);
        nextTarget++;
      } else if (week === maxWeeks) {
        setWeeks(weeksPerTarget, targetIndex, trial, beyondMaxWeeks);
        nextTarget++;
      } else {
        week++;
        completedTasks += weeklyThroughput[Math.floor(random() * weeklyThroughput.length)] ?? 0;
      }
    }
  }
  return weeksPerTarget;
}

function setWeeks(weeksPerTarget: Uint16Array[], targetIndex: number, trial: number, weeks: number): void {
  const trialWeeks = weeksPerTarget[targetIndex];
  if (trialWeeks) trialWeeks[trial] = weeks;
}

function summarize(trialWeeks: Uint16Array, { trials, maxWeeks }: SimulationSettings): FinishSimulation {
  // A typed array sorts numerically by default; "not within maxWeeks" (maxWeeks + 1) sorts last and is dropped.
  const weeksNeeded = Array.from(trialWeeks.toSorted()).filter((weeks) => weeks <= maxWeeks);
  const trialsBeyondMaxWeeks = trials - weeksNeeded.length;
  return { weeksNeeded, trials, maxWeeks, trialsBeyondMaxWeeks, shareBeyondMaxWeeks: trialsBeyondMaxWeeks / trials };
}

/** Share of trials whose weeks for this milestone end on or before its due date, `msUntilDue` after the start. */
function milestoneProbability(
  remainingTasks: number,
  msUntilDue: number,
  trialWeeks: Uint16Array | undefined,
  { trials, maxWeeks }: SimulationSettings,
): number {
  if (remainingTasks === 0) return 1;
  // Whole simulated weeks that end on or before the due date: week N ends on start + 7N − 1 day.
  const daysUntilDue = Math.round(msUntilDue / DAY_MS);
  const weeksAvailable = Math.min(Math.floor((daysUntilDue + 1) / 7), maxWeeks);
  if (weeksAvailable < 1 || !trialWeeks) return 0;
  let trialsMeetingDueDate = 0;
  for (const weeks of trialWeeks) if (weeks <= weeksAvailable) trialsMeetingDueDate++;
  return roundTo4Decimals(trialsMeetingDueDate / trials);
}

/** Milliseconds since the epoch of the Monday of the ISO week holding `time` (a UTC midnight). */
function weekStartOf(time: number): number {
  const daysSinceMonday = (new Date(time).getUTCDay() + 6) % 7;
  return time - daysSinceMonday * DAY_MS;
}

/** UTC midnight of a `YYYY-MM-DD` day; rejects shapes Date.parse would read differently and days that do not exist. */
function parseDate(name: string, date: string): number {
  const time = DATE_PATTERN.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time) || formatDate(time) !== date) throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got "${date}"`);
  return time;
}

function formatDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function assertIntegerInRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}

function assertTaskCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

function roundTo4Decimals(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}
