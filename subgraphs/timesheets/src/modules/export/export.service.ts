import type { TimesheetsContext } from "../../context.js";
import { TimeEntry } from "../time-entry/time-entry.entity.js";
import { UtilizationGroupBy } from "../utilization/utilization.inputs.js";
import type { UtilizationReport } from "../utilization/utilization.types.js";
import { isoWeekName, weekEndOf } from "../weekly-timesheet/iso-week.js";
import { weeklyTimesheetService } from "../weekly-timesheet/weekly-timesheet.service.js";
import { csvFile, type CsvDocument } from "./csv.js";

/** The names of `ids` of one kind, as a map (unknown or invisible ones absent). */
async function nameMap(ctx: TimesheetsContext, kind: "User" | "Team" | "Project" | "Task", ids: readonly (string | null)[]) {
  const distinct = [...new Set(ids.filter((id): id is string => id !== null))];
  const names = await ctx.references.namesOf(kind, distinct);
  return new Map(distinct.map((id, index) => [id, names[index] ?? null]));
}

/** CSV exports: what a week or a report shows, as a file. */
export const exportService = {
  /**
   * One user's week of entries (the caller's by default; another's for an approver, as `weeklyTimesheet`),
   * a row per entry by day: project, task, category, hours, billable, note. Names are asked of their owners
   * in one call each, as the caller.
   */
  async week(ctx: TimesheetsContext, week: string | null, userId: string | null): Promise<CsvDocument> {
    const sheet = await weeklyTimesheetService.week(ctx, week, userId);
    const entries = await ctx.em.find(
      TimeEntry,
      { userId: sheet.userId, date: { $gte: sheet.weekStart, $lte: weekEndOf(sheet.weekStart) } },
      { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
    );
    const [projects, tasks, people, categories] = await Promise.all([
      nameMap(
        ctx,
        "Project",
        entries.map((entry) => entry.projectId),
      ),
      nameMap(
        ctx,
        "Task",
        entries.map((entry) => entry.taskId),
      ),
      nameMap(ctx, "User", [sheet.userId]),
      ctx.loaders.timeCategory.loadMany([...new Set(entries.flatMap((entry) => (entry.categoryId ? [entry.categoryId] : [])))]),
    ]);
    const categoryName = new Map(
      categories.flatMap((category) => (category && !(category instanceof Error) ? [[category.id, category.name]] : [])),
    );
    const person = people.get(sheet.userId) ?? sheet.userId;
    const rows = entries.map((entry) => [
      entry.date,
      person,
      entry.projectId ? (projects.get(entry.projectId) ?? entry.projectId) : null,
      entry.taskId ? (tasks.get(entry.taskId) ?? entry.taskId) : null,
      entry.categoryId ? (categoryName.get(entry.categoryId) ?? entry.categoryId) : null,
      entry.hours,
      entry.billable,
      entry.note,
    ]);
    return csvFile(
      `timesheet-${isoWeekName(sheet.weekStart)}-${sheet.userId}.csv`,
      ["date", "person", "project", "task", "category", "hours", "billable", "note"],
      rows,
    );
  },

  /** A utilisation report's rows as CSV, a row per person, team, project or week, with the total last. */
  async report(ctx: TimesheetsContext, report: UtilizationReport): Promise<CsvDocument> {
    const kind = { USER: "User", TEAM: "Team", PROJECT: "Project", WEEK: null } as const;
    const nameKind = kind[report.groupBy];
    const names = nameKind
      ? await nameMap(
          ctx,
          nameKind,
          report.allRows.map((row) => row.id),
        )
      : new Map<string, string | null>();
    const figures = (row: UtilizationReport["total"]) => [
      row.loggedHours,
      row.billableHours,
      row.capacityHours,
      row.utilization,
      row.billableUtilization,
      row.people,
    ];
    const rows = report.allRows.map((row) => [
      row.id,
      names.get(row.id) ?? (report.groupBy === UtilizationGroupBy.WEEK ? isoWeekName(row.id) : null),
      ...figures(row),
    ]);
    rows.push(["total", null, ...figures(report.total)]);
    return csvFile(
      `utilization-by-${report.groupBy.toLowerCase()}-${report.from}-${report.to}.csv`,
      [
        report.groupBy.toLowerCase(),
        "name",
        "logged_hours",
        "billable_hours",
        "capacity_hours",
        "utilization",
        "billable_utilization",
        "people",
      ],
      rows,
    );
  },
};
