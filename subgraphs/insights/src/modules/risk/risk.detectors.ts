/**
 * The deterministic risk rules: pure functions of a project's facts, its team's published utilisation
 * and today's date (no I/O, no clock of their own), so the same facts always give the same findings.
 */
import { today } from "@plateau/subgraph-kit";
import { RiskRule, RiskSeverity } from "./risk.enums.js";

/** What the rules look at: the fields insights `@requires` from portfolio's Project. */
export interface ProjectFacts {
  /** 0-100. */
  progress: number;
  /** YYYY-MM-DD, or null when unplanned. */
  startDate: string | null;
  endDate: string | null;
  blockedTaskCount: number;
  /** The team working on the project (identity's Team), or null for none. */
  teamId: string | null;
}

/** A team's utilisation as timesheets last published it (`timesheets.team.utilization_measured`). */
export interface TeamUtilizationFacts {
  teamId: string;
  /** The period measured, YYYY-MM-DD, both days included. */
  periodFrom: string;
  periodTo: string;
  /** Logged hours ÷ capacity (1 = fully used); null when the team had no capacity in the period. */
  utilization: number | null;
  loggedHours: number;
  capacityHours: number;
}

/** What a finding rests on beyond its metric, stored with its assessment (`RiskAssessment.evidence`). */
export type RiskEvidenceFacts = TeamUtilizationFacts;

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
  /** The figures the finding rests on (TEAM_OVERLOAD: the team, the period, its utilisation); null for none. */
  evidence: RiskEvidenceFacts | null;
}

/** Every rule, in the order findings are reported. */
export const RISK_RULES: readonly RiskRule[] = [RiskRule.SCHEDULE_SLIPPAGE, RiskRule.BLOCKED_TASKS, RiskRule.TEAM_OVERLOAD];

/** Slippage (percentage points behind the linear plan) above which SCHEDULE_SLIPPAGE fires. */
export const SLIPPAGE_THRESHOLD = 10;
/** Blocked tasks above which BLOCKED_TASKS fires. */
export const BLOCKED_THRESHOLD = 2;
/** Team utilisation, in percent of capacity, above which TEAM_OVERLOAD fires: the platform's "team utilisation > 90%". */
export const TEAM_UTILIZATION_THRESHOLD = 90;
/**
 * How many days after its period ends a team's published utilisation still counts: two weeks. Older
 * figures say nothing about the team now, so TEAM_OVERLOAD resolves (the daily sweep notices).
 */
export const TEAM_UTILIZATION_FRESH_DAYS = 14;

const DAY_MS = 86_400_000;

/** Today's date in UTC as YYYY-MM-DD (the kit's `today`): the default `today` of the rules. */
export const utcToday = today;

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
    evidence: null,
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
    evidence: null,
  };
}

/**
 * TEAM_OVERLOAD: the project's team logged more than {@link TEAM_UTILIZATION_THRESHOLD}% of its capacity
 * in the period timesheets last measured, and that period ended at most {@link TEAM_UTILIZATION_FRESH_DAYS}
 * days before `today`. An overloaded team delivers late and burns out: the metric is the utilisation in
 * percent, the evidence the team, the period and its hours.
 */
export function teamOverload(facts: ProjectFacts, team: TeamUtilizationFacts | null, today: string = utcToday()): RiskFinding | null {
  if (!facts.teamId || !team || team.teamId !== facts.teamId || team.utilization === null) return null;
  if (dayNumber(today) - dayNumber(team.periodTo) > TEAM_UTILIZATION_FRESH_DAYS) return null;
  const percent = round2(team.utilization * 100);
  if (!(percent > TEAM_UTILIZATION_THRESHOLD)) return null;
  return {
    rule: RiskRule.TEAM_OVERLOAD,
    severity: percent > 110 ? RiskSeverity.CRITICAL : percent > 100 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM,
    title: percent > 100 ? "The project's team is over capacity" : "The project's team is nearly fully loaded",
    detail:
      `The team logged ${formatNumber(team.loggedHours)} h against ${formatNumber(team.capacityHours)} h of capacity ` +
      `from ${team.periodFrom} to ${team.periodTo} (${formatNumber(percent)}% utilised, above ${TEAM_UTILIZATION_THRESHOLD}%)`,
    metric: percent,
    threshold: TEAM_UTILIZATION_THRESHOLD,
    evidence: { ...team },
  };
}

/** Every rule that fires for `facts` (and the project's `team`'s utilisation, when known) on `today`, in {@link RISK_RULES} order. */
export function evaluateRiskRules(
  facts: ProjectFacts,
  today: string = utcToday(),
  team: TeamUtilizationFacts | null = null,
): RiskFinding[] {
  return [scheduleSlippage(facts, today), blockedTasks(facts), teamOverload(facts, team, today)].filter(
    (finding): finding is RiskFinding => finding !== null,
  );
}
