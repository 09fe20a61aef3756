/**
 * The deterministic risk rules: pure functions of a project's facts, its team's published utilisation
 * and today's date (no I/O, no clock of their own), so the same facts always give the same findings.
 */
import { addDays, today } from "@plateau/subgraph-kit";
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

/** What insights' task state says of a project's tasks, for the rules that read them. */
export interface ProjectTaskFacts {
  /** The Monday of each of the last {@link VELOCITY_WINDOW_WEEKS} complete ISO weeks, oldest first. */
  weekStarts: string[];
  /** Tasks completed (and still DONE) in each of those weeks. */
  weeklyCompletions: number[];
  /** Tasks not DONE. */
  remainingTasks: number;
  /** The estimate hours of the tasks not DONE, by assignee (null: unassigned), with their count. */
  remainingByAssignee: { assigneeId: string | null; hours: number; tasks: number }[];
  /**
   * Each identity skill the tasks not DONE need, at the lowest level any of them asks for (null: any), the
   * number of those tasks, and who holds it at that level or above.
   */
  skillNeeds: { skillId: string; minLevel: string | null; tasks: number; holderIds: string[] }[];
}

/** What a finding rests on beyond its metric, stored with its assessment (`RiskAssessment.evidence`); `kind` is its rule. */
export type RiskEvidenceFacts =
  | ({ kind: "TEAM_OVERLOAD" } & TeamUtilizationFacts)
  | {
      kind: "DECLINING_VELOCITY";
      /** The eight weeks compared, YYYY-MM-DD, both days included. */
      periodFrom: string;
      periodTo: string;
      weeklyCompletions: number[];
      previousTasks: number;
      recentTasks: number;
      remainingTasks: number;
    }
  | {
      kind: "KNOWLEDGE_CONCENTRATION";
      /** identity's User holding most of the remaining estimate. */
      userId: string;
      assignedHours: number;
      assignedTasks: number;
      remainingHours: number;
      remainingTasks: number;
    }
  | {
      kind: "SKILL_CONCENTRATION";
      /** identity's Skill the open tasks need that the fewest hold. */
      skillId: string;
      minLevel: string | null;
      /** identity's Users holding it at that level or above: one, or none. */
      holderIds: string[];
      /** The open tasks needing it. */
      tasks: number;
      /** Every skill the open tasks need that one person or nobody holds, this one included. */
      concentratedSkills: number;
    };

/**
 * Evidence as stored: rows written before evidence had a `kind` (TEAM_OVERLOAD only) are read as TEAM_OVERLOAD.
 */
export function evidenceOf(value: unknown): RiskEvidenceFacts | null {
  if (value === null || typeof value !== "object") return null;
  const stored = value as Record<string, unknown>;
  if (stored.kind === undefined && typeof stored.teamId === "string") {
    return { ...(stored as unknown as TeamUtilizationFacts), kind: "TEAM_OVERLOAD" };
  }
  return stored as RiskEvidenceFacts;
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
  /** The figures the finding rests on (TEAM_OVERLOAD: the team, the period, its utilisation); null for none. */
  evidence: RiskEvidenceFacts | null;
}

/** Every rule, in the order findings are reported. */
export const RISK_RULES: readonly RiskRule[] = [
  RiskRule.SCHEDULE_SLIPPAGE,
  RiskRule.BLOCKED_TASKS,
  RiskRule.TEAM_OVERLOAD,
  RiskRule.DECLINING_VELOCITY,
  RiskRule.KNOWLEDGE_CONCENTRATION,
  RiskRule.SKILL_CONCENTRATION,
];

/** The complete weeks DECLINING_VELOCITY compares: the last four against the four before them. */
export const VELOCITY_WINDOW_WEEKS = 8;
/** The drop, in percent of the earlier four weeks' tasks, above which DECLINING_VELOCITY fires. */
export const VELOCITY_DECLINE_THRESHOLD = 50;
/** Tasks the earlier four weeks must have completed for a drop to mean anything. */
export const VELOCITY_MIN_PREVIOUS_TASKS = 4;
/** The share of the remaining estimate, in percent, one person may hold before KNOWLEDGE_CONCENTRATION fires. */
export const CONCENTRATION_THRESHOLD = 60;
/** The remaining estimate, in hours, and remaining estimated tasks below which concentration is not judged. */
export const CONCENTRATION_MIN_HOURS = 16;
export const CONCENTRATION_MIN_TASKS = 3;
/** The holders a needed skill may have at most for SKILL_CONCENTRATION to fire: one (or none). */
export const SKILL_HOLDERS_THRESHOLD = 1;

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
 * Where a plan should be by `today`, in percent, on a straight line from its start date (0%) to its end date
 * (100%); null without both dates. Nothing before it starts; a zero-length (or inverted) plan is due in full as
 * soon as it has started. What SCHEDULE_SLIPPAGE, the rules' analyses and the portfolio analysis measure against.
 */
export function expectedProgress(plan: { startDate: string | null; endDate: string | null }, today: string): number | null {
  if (!plan.startDate || !plan.endDate) return null;
  const start = dayNumber(plan.startDate);
  const now = dayNumber(today);
  if (!(now > start)) return 0;
  const duration = dayNumber(plan.endDate) - start;
  return duration > 0 ? Math.min(Math.max((now - start) / duration, 0), 1) * 100 : 100;
}

/**
 * SCHEDULE_SLIPPAGE: progress against a straight line from startDate (0%) to endDate (100%). Fires when
 * the project is more than {@link SLIPPAGE_THRESHOLD} points behind; nothing is expected before the
 * start, and without both dates there is no plan to slip against.
 */
export function scheduleSlippage(facts: ProjectFacts, today: string = utcToday()): RiskFinding | null {
  if (!facts.startDate || !facts.endDate) return null;
  if (!(dayNumber(today) > dayNumber(facts.startDate))) return null;
  const expected = expectedProgress(facts, today)!;
  const slippage = expected - facts.progress;
  if (!(slippage > SLIPPAGE_THRESHOLD)) return null;
  let severity = slippage > 40 ? RiskSeverity.CRITICAL : slippage > 25 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM;
  const overdue = dayNumber(today) > dayNumber(facts.endDate) && facts.progress < 100;
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
    evidence: { kind: "TEAM_OVERLOAD", ...team },
  };
}

/**
 * DECLINING_VELOCITY: the last four complete weeks completed less than half the tasks of the four before
 * them (which completed at least {@link VELOCITY_MIN_PREVIOUS_TASKS}), while tasks remain. The metric is the
 * drop in percent.
 */
export function decliningVelocity(tasks: ProjectTaskFacts | null): RiskFinding | null {
  if (!tasks || tasks.remainingTasks === 0 || tasks.weeklyCompletions.length < VELOCITY_WINDOW_WEEKS) return null;
  const weeks = tasks.weeklyCompletions.slice(-VELOCITY_WINDOW_WEEKS);
  const previous = weeks.slice(0, 4).reduce((sum, n) => sum + n, 0);
  const recent = weeks.slice(4).reduce((sum, n) => sum + n, 0);
  if (previous < VELOCITY_MIN_PREVIOUS_TASKS) return null;
  const decline = round2(((previous - recent) / previous) * 100);
  if (!(decline > VELOCITY_DECLINE_THRESHOLD)) return null;
  const starts = tasks.weekStarts.slice(-VELOCITY_WINDOW_WEEKS);
  const periodTo = addDays(starts.at(-1)!, 6);
  return {
    rule: RiskRule.DECLINING_VELOCITY,
    severity: decline >= 75 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM,
    title: "Velocity is falling",
    detail:
      `${recent} tasks completed in the last four complete weeks against ${previous} in the four before ` +
      `(${formatNumber(decline)}% fewer), with ${tasks.remainingTasks} tasks remaining`,
    metric: decline,
    threshold: VELOCITY_DECLINE_THRESHOLD,
    evidence: {
      kind: "DECLINING_VELOCITY",
      periodFrom: starts[0]!,
      periodTo,
      weeklyCompletions: weeks,
      previousTasks: previous,
      recentTasks: recent,
      remainingTasks: tasks.remainingTasks,
    },
  };
}

/**
 * KNOWLEDGE_CONCENTRATION: one person is assigned more than {@link CONCENTRATION_THRESHOLD}% of the remaining
 * estimate (at least {@link CONCENTRATION_MIN_HOURS} hours over {@link CONCENTRATION_MIN_TASKS} estimated tasks
 * or more): the plan depends on them. The metric is their share in percent.
 */
export function knowledgeConcentration(tasks: ProjectTaskFacts | null): RiskFinding | null {
  if (!tasks) return null;
  const estimated = tasks.remainingByAssignee.filter((entry) => entry.hours > 0);
  const remainingHours = estimated.reduce((sum, entry) => sum + entry.hours, 0);
  const remainingTasks = estimated.reduce((sum, entry) => sum + entry.tasks, 0);
  if (remainingHours < CONCENTRATION_MIN_HOURS || remainingTasks < CONCENTRATION_MIN_TASKS) return null;
  const [top] = estimated
    .filter((entry): entry is typeof entry & { assigneeId: string } => entry.assigneeId !== null)
    .sort((a, b) => b.hours - a.hours || a.assigneeId.localeCompare(b.assigneeId));
  if (!top) return null;
  const share = round2((top.hours / remainingHours) * 100);
  if (!(share > CONCENTRATION_THRESHOLD)) return null;
  return {
    rule: RiskRule.KNOWLEDGE_CONCENTRATION,
    severity: share > 80 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM,
    title: "One person holds most of the remaining work",
    detail:
      `One person is assigned ${formatNumber(top.hours)} h of the ${formatNumber(remainingHours)} h of remaining estimated work ` +
      `(${formatNumber(share)}%, ${top.tasks} of ${remainingTasks} tasks)`,
    metric: share,
    threshold: CONCENTRATION_THRESHOLD,
    evidence: {
      kind: "KNOWLEDGE_CONCENTRATION",
      userId: top.assigneeId,
      assignedHours: round2(top.hours),
      assignedTasks: top.tasks,
      remainingHours: round2(remainingHours),
      remainingTasks,
    },
  };
}

/**
 * SKILL_CONCENTRATION: a skill the open tasks need (at the lowest level any asks for) is held by one person,
 * or by nobody, in the workspace: the work waits on them, or on someone not there yet. Reported for the
 * skill with the fewest holders, then the most tasks; HIGH when nobody holds it or its one holder is needed
 * by 3 tasks or more, else MEDIUM. The metric is the number of such skills.
 */
export function skillConcentration(tasks: ProjectTaskFacts | null): RiskFinding | null {
  const concentrated = (tasks?.skillNeeds ?? [])
    .filter((need) => need.holderIds.length <= SKILL_HOLDERS_THRESHOLD)
    .sort((a, b) => a.holderIds.length - b.holderIds.length || b.tasks - a.tasks || a.skillId.localeCompare(b.skillId));
  const [worst] = concentrated;
  if (!worst) return null;
  const nobody = worst.holderIds.length === 0;
  const level = worst.minLevel ? ` at ${worst.minLevel} or above` : "";
  const others = concentrated.length - 1;
  return {
    rule: RiskRule.SKILL_CONCENTRATION,
    severity: nobody || worst.tasks >= 3 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM,
    title: nobody ? "Nobody holds a skill the remaining work needs" : "One person holds a skill the remaining work needs",
    detail:
      `${worst.tasks} open ${worst.tasks === 1 ? "task needs" : "tasks need"} a skill${level} that ${nobody ? "nobody" : "one person"} in the workspace holds` +
      (others > 0 ? ` (and ${others} more skill${others === 1 ? "" : "s"} likewise)` : ""),
    metric: concentrated.length,
    threshold: 0,
    evidence: {
      kind: "SKILL_CONCENTRATION",
      skillId: worst.skillId,
      minLevel: worst.minLevel,
      holderIds: worst.holderIds,
      tasks: worst.tasks,
      concentratedSkills: concentrated.length,
    },
  };
}

/** Every rule that fires for `facts` (and the project's `team`'s utilisation, when known) on `today`, in {@link RISK_RULES} order. */
export function evaluateRiskRules(
  facts: ProjectFacts,
  today: string = utcToday(),
  team: TeamUtilizationFacts | null = null,
  tasks: ProjectTaskFacts | null = null,
): RiskFinding[] {
  return [
    scheduleSlippage(facts, today),
    blockedTasks(facts),
    teamOverload(facts, team, today),
    decliningVelocity(tasks),
    knowledgeConcentration(tasks),
    skillConcentration(tasks),
  ].filter((finding): finding is RiskFinding => finding !== null);
}
