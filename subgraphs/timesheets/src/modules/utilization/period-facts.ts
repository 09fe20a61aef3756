import { requireWorkspaceId, sqlRows } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { capacityOf, type Capacity, type IsoWeekday, type ScheduleOverride, type WorkSchedule } from "../capacity/capacity.calc.js";
import { capacityService } from "../capacity/capacity.service.js";
import type { Period } from "./period.js";
import { toHundredths } from "../time-entry/hundredths.js";

/** Hours one person logged in the period: on one project and in one ISO week, where the facts were asked for that detail. */
export interface LoggedHours {
  userId: string;
  /** Null unless the facts were read `byProject`. */
  projectId: string | null;
  /** The week's Monday; null unless the facts were read `byWeek`. */
  weekStart: string | null;
  /** In hundredths, as stored: sums stay exact. */
  hundredths: number;
  billableHundredths: number;
}

/** A task someone completed in the period, with its due date then. */
export interface Completion {
  userId: string;
  completedOn: string;
  dueDate: string | null;
}

/** Everything a time report needs about a period, read in a constant number of statements. */
export interface PeriodFacts {
  period: Period;
  logged: LoggedHours[];
  completions: Completion[];
  /** The capacity of each person asked about (and of everyone who logged time in the period). */
  capacities: Map<string, Capacity>;
}

/** Which rows to read: everyone's (no `userIds`), or only these people's; only these projects' hours. */
export interface FactsScope {
  userIds?: readonly string[];
  projectIds?: readonly string[];
  /** People whose capacity to compute even if they logged and completed nothing in the period. */
  alsoPeople?: readonly string[];
  /** Count who completed a task in the period among its people, as well as who logged time (productivity does; utilisation not). */
  withCompleters?: boolean;
  /** Split each person's hours by project, by ISO week (more rows: only what a report groups by). */
  byProject?: boolean;
  byWeek?: boolean;
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

/**
 * Reads the facts of a period in the caller's workspace: hours logged per person (and project and week,
 * where asked: one grouped statement over the entries), tasks completed (one over the task read model), capacities from
 * the workspace's settings, people's own capacities and the holidays and leave of the period (one
 * statement each). The statements do not grow with people, weeks or entries. Raw SQL is not tenant-
 * filtered, so the workspace is part of each statement.
 */
export async function loadPeriodFacts(ctx: TimesheetsContext, period: Period, scope: FactsScope = {}): Promise<PeriodFacts> {
  const workspaceId = requireWorkspaceId(ctx);
  const users = scope.userIds ? uuidArray(scope.userIds) : null;
  const projects = scope.projectIds ? uuidArray(scope.projectIds) : null;
  const [settings, loggedRows, completionRows, overrideRows, dayRows] = await Promise.all([
    capacityService.settings(ctx),
    // The week's Monday as date arithmetic and text: date_trunc('week') goes through timestamptz and to_char, twice the cost.
    sqlRows<{ user_id: string; project_id: string | null; week_start: string | null; hours: string; billable: string }>(
      ctx.em,
      `select user_id, case when ? then project_id end as project_id,
              case when ? then ("date" - (extract(isodow from "date")::int - 1))::text end as week_start,
              sum(hours) as hours, coalesce(sum(hours) filter (where billable), 0) as billable
         from timesheets.time_entry
        where workspace_id = ? and "date" between ?::date and ?::date
          and (?::uuid[] is null or user_id = any(?::uuid[])) and (?::uuid[] is null or project_id = any(?::uuid[]))
        group by 1, 2, 3`,
      [scope.byProject ?? false, scope.byWeek ?? false, workspaceId, period.from, period.to, users, users, projects, projects],
    ),
    sqlRows<{ assignee_id: string; completed_on: string; due_date: string | null }>(
      ctx.em,
      `select assignee_id, to_char(completed_on, 'YYYY-MM-DD') as completed_on, to_char(due_date, 'YYYY-MM-DD') as due_date
         from timesheets.task_record
        where workspace_id = ? and completed_on between ?::date and ?::date and assignee_id is not null and not deleted
          and (?::uuid[] is null or assignee_id = any(?::uuid[])) and (?::uuid[] is null or project_id = any(?::uuid[]))`,
      [workspaceId, period.from, period.to, users, users, projects, projects],
    ),
    sqlRows<{ user_id: string; from: string; to: string | null; hours_per_week: number; working_days: number[] }>(
      ctx.em,
      `select user_id, to_char("from", 'YYYY-MM-DD') as "from", to_char("to", 'YYYY-MM-DD') as "to", hours_per_week, working_days
         from timesheets.capacity_override
        where workspace_id = ? and "from" <= ?::date and ("to" is null or "to" >= ?::date)
          and (?::uuid[] is null or user_id = any(?::uuid[]))`,
      [workspaceId, period.to, period.from, users, users],
    ),
    sqlRows<{ date: string; user_id: string | null }>(
      ctx.em,
      `select to_char("date", 'YYYY-MM-DD') as "date", user_id
         from timesheets.non_working_day
        where workspace_id = ? and "date" between ?::date and ?::date`,
      [workspaceId, period.from, period.to],
    ),
  ]);
  const logged = loggedRows.map((row) => ({
    userId: row.user_id,
    projectId: row.project_id,
    weekStart: row.week_start,
    hundredths: toHundredths(Number(row.hours)),
    billableHundredths: toHundredths(Number(row.billable)),
  }));
  const completions = completionRows.map((row) => ({ userId: row.assignee_id, completedOn: row.completed_on, dueDate: row.due_date }));
  const workspaceSchedule: WorkSchedule = { hoursPerWeek: settings.hoursPerWeek, workingDays: settings.workingDays };
  const holidays = new Set(dayRows.filter((row) => row.user_id === null).map((row) => row.date));
  const overrides = new Map<string, ScheduleOverride[]>();
  for (const row of overrideRows) {
    const schedule = { hoursPerWeek: Number(row.hours_per_week), workingDays: row.working_days.map(Number) as IsoWeekday[] };
    overrides.set(row.user_id, [...(overrides.get(row.user_id) ?? []), { from: row.from, to: row.to, schedule }]);
  }
  const leave = new Map<string, Set<string>>();
  for (const row of dayRows) if (row.user_id) leave.set(row.user_id, (leave.get(row.user_id) ?? new Set()).add(row.date));
  const people = new Set([
    ...(scope.userIds ?? []),
    ...(scope.alsoPeople ?? []),
    ...logged.map((row) => row.userId),
    ...(scope.withCompleters ? completions.map((row) => row.userId) : []),
  ]);
  const capacities = new Map<string, Capacity>();
  for (const userId of people) {
    capacities.set(
      userId,
      capacityOf({
        ...period,
        workspaceSchedule,
        overrides: overrides.get(userId) ?? [],
        holidays,
        leave: leave.get(userId) ?? new Set(),
      }),
    );
  }
  return { period, logged, completions, capacities };
}
