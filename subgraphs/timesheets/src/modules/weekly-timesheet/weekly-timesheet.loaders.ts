import type { EntityManager } from "@mikro-orm/core";
import DataLoader from "dataloader";
import { sqlRows } from "@plateau/subgraph-kit";
import { daysOfWeek } from "./iso-week.js";
import { TimesheetTransition } from "./weekly-timesheet.entity.js";
import type { WeekTotals } from "./weekly-timesheet.types.js";
import { fromHundredths, toHundredths } from "../time-entry/hundredths.js";

/** A user's week: the key of {@link weekTotalsLoader}. */
export const weekKey = (userId: string, weekStart: string): string => `${userId.toLowerCase()}:${weekStart}`;

interface DayRow {
  user_id: string;
  week_start: string;
  date: string;
  hours: string;
  billable_hours: string;
  entries: string;
}

/**
 * What the entries of every week a request asks about add up to, per day: one grouped statement for
 * all of them (keys from {@link weekKey}). Raw SQL is not reached by the ORM's tenant filter, so the
 * workspace is part of the statement; without a workspace nothing is visible.
 */
export function weekTotalsLoader(em: EntityManager, workspaceId: string | undefined): DataLoader<string, WeekTotals> {
  return new DataLoader<string, WeekTotals>(async (keys) => {
    const weeks = keys.map((key) => {
      const [userId, weekStart] = key.split(":") as [string, string];
      return { userId, weekStart };
    });
    const rows = workspaceId
      ? await sqlRows<DayRow>(
          em,
          `select w.user_id, to_char(w.week_start, 'YYYY-MM-DD') as week_start, to_char(e."date", 'YYYY-MM-DD') as "date",
                  sum(e.hours) as hours, coalesce(sum(e.hours) filter (where e.billable), 0) as billable_hours, count(*) as entries
             from unnest(?::uuid[], ?::date[]) as w(user_id, week_start)
             join timesheets.time_entry e
               on e.workspace_id = ? and e.user_id = w.user_id and e."date" between w.week_start and w.week_start + 6
            group by w.user_id, w.week_start, e."date"`,
          [`{${weeks.map((week) => week.userId).join(",")}}`, `{${weeks.map((week) => week.weekStart).join(",")}}`, workspaceId],
        )
      : [];
    const byDay = new Map(rows.map((row) => [`${weekKey(row.user_id, row.week_start)}:${row.date}`, row]));
    return weeks.map(({ userId, weekStart }) => {
      const totals: WeekTotals = { totalHours: 0, billableHours: 0, entryCount: 0, days: [] };
      // Sums in hundredths, as the entries are stored: 0.1 + 0.2 comes out 0.3.
      let hundredths = 0;
      let billableHundredths = 0;
      for (const date of daysOfWeek(weekStart)) {
        const row = byDay.get(`${weekKey(userId, weekStart)}:${date}`);
        const hours = Number(row?.hours ?? 0);
        const billableHours = Number(row?.billable_hours ?? 0);
        hundredths += toHundredths(hours);
        billableHundredths += toHundredths(billableHours);
        totals.entryCount += Number(row?.entries ?? 0);
        totals.days.push({ date, hours, billableHours });
      }
      return { ...totals, totalHours: fromHundredths(hundredths), billableHours: fromHundredths(billableHundredths) };
    });
  });
}

/** Every transition of every week a request asks about, oldest first: one statement for all of them. */
export function timesheetHistoryLoader(em: EntityManager): DataLoader<string, TimesheetTransition[]> {
  return new DataLoader<string, TimesheetTransition[]>(async (timesheetIds) => {
    const transitions = await em.find(
      TimesheetTransition,
      { timesheet: { $in: [...timesheetIds] } },
      { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    );
    return timesheetIds.map((id) => transitions.filter((transition) => transition.timesheet.id === id));
  });
}
