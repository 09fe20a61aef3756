/**
 * The deterministic risk rules: pure functions of a project's facts and today's date (no I/O, no clock
 * of their own), so the same facts always give the same findings.
 */
import { RiskRule, RiskSeverity } from "./risk.enums.js";

/** What the rules look at: the fields insights `@requires` from portfolio's Project. */
export interface ProjectFacts {
  /** 0-100. */
  progress: number;
  /** YYYY-MM-DD, or null when unplanned. */
  startDate: string | null;
  endDate: string | null;
  blockedTaskCount: number;
}

/** A rule that fires, with what to store on its assessment. */
export interface RiskFinding {
  rule: RiskRule;
  severity: RiskSeverity;
  title: string;
  detail: string;
  /** Percentage points behind schedule, or the number of blocked tasks. */
  metric: number;
  /** The rule fires when `metric` is above this. */
  threshold: number;
}

/** Every rule, in the order findings are reported. */
export const RISK_RULES: readonly RiskRule[] = [RiskRule.SCHEDULE_SLIPPAGE, RiskRule.BLOCKED_TASKS];

/** Slippage (percentage points behind the linear plan) above which SCHEDULE_SLIPPAGE fires. */
export const SLIPPAGE_THRESHOLD = 10;
/** Blocked tasks above which BLOCKED_TASKS fires. */
export const BLOCKED_THRESHOLD = 2;

const DAY_MS = 86_400_000;

/** Today's date in UTC as YYYY-MM-DD: the default `today` of the rules. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Rounds to at most two decimals, so stored metrics do not carry float noise (65.1 - 50 = 15.099999…). */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** "80", "12.5": at most one decimal, none when whole. */
function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * SCHEDULE_SLIPPAGE: progress against a straight line from startDate (0%) to endDate (100%). Fires when
 * the project is more than {@link SLIPPAGE_THRESHOLD} points behind; nothing is expected before the
 * start, and without both dates there is no plan to slip against.
 */
export function scheduleSlippage(facts: ProjectFacts, today: string = utcToday()): RiskFinding | null {
  if (!facts.startDate || !facts.endDate) return null;
  const start = dayNumber(facts.startDate);
  const end = dayNumber(facts.endDate);
  const now = dayNumber(today);
  if (!(now > start)) return null;
  // A zero-length (or inverted) plan is due in full as soon as it has started.
  const duration = end - start;
  const expected = duration > 0 ? Math.min(Math.max((now - start) / duration, 0), 1) * 100 : 100;
  const slippage = expected - facts.progress;
  if (!(slippage > SLIPPAGE_THRESHOLD)) return null;
  let severity = slippage > 40 ? RiskSeverity.CRITICAL : slippage > 25 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM;
  const overdue = now > end && facts.progress < 100;
  // Missing the end date is worse than lagging mid-way: an overdue, unfinished project is at least HIGH.
  if (overdue && severity === RiskSeverity.MEDIUM) severity = RiskSeverity.HIGH;
  const summary = `Expected ${formatNumber(expected)}% complete by today, actual ${formatNumber(facts.progress)}% (${formatNumber(slippage)} points behind)`;
  return {
    rule: RiskRule.SCHEDULE_SLIPPAGE,
    severity,
    title: overdue ? "Project is past its end date" : "Project is behind schedule",
    detail: overdue ? `${summary}; the end date ${facts.endDate} has passed` : summary,
    metric: round2(slippage),
    threshold: SLIPPAGE_THRESHOLD,
  };
}

/** BLOCKED_TASKS: more than {@link BLOCKED_THRESHOLD} of the project's tasks are BLOCKED. */
export function blockedTasks(facts: ProjectFacts): RiskFinding | null {
  const count = facts.blockedTaskCount;
  if (!(count > BLOCKED_THRESHOLD)) return null;
  return {
    rule: RiskRule.BLOCKED_TASKS,
    severity: count >= 6 ? RiskSeverity.CRITICAL : count >= 4 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM,
    title: "Tasks are blocked",
    detail: `${count} tasks are blocked`,
    metric: count,
    threshold: BLOCKED_THRESHOLD,
  };
}

/** Every rule that fires for `facts` on `today`, in {@link RISK_RULES} order. */
export function evaluateRiskRules(facts: ProjectFacts, today: string = utcToday()): RiskFinding[] {
  return [scheduleSlippage(facts, today), blockedTasks(facts)].filter((finding): finding is RiskFinding => finding !== null);
}
