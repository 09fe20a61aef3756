import type { EntityManager } from "@mikro-orm/core";
import type { Viewer } from "@plateau/kernel";
import { entityLoader, type ResolverContext } from "@plateau/subgraph-kit";
import DataLoader from "dataloader";
import { CapacityOverride } from "./modules/capacity/capacity-override.entity.js";
import { NonWorkingDay } from "./modules/capacity/non-working-day.entity.js";
import { TimeSettings } from "./modules/capacity/time-settings.entity.js";
import { RunningTimer } from "./modules/timer/running-timer.entity.js";
import { TimeCategory } from "./modules/time-category/time-category.entity.js";
import { projectEffortLoader } from "./modules/project/project.effort.js";
import { taskTimeLoader } from "./modules/task/task.time.js";
import { TimeEntry } from "./modules/time-entry/time-entry.entity.js";
import { timesheetHistoryLoader, weekTotalsLoader } from "./modules/weekly-timesheet/weekly-timesheet.loaders.js";

/** The request-scoped DataLoaders of the timesheets subgraph. */
export function createLoaders(em: EntityManager, viewer: Viewer | undefined) {
  return {
    timeEntry: entityLoader(em, TimeEntry),
    taskTime: taskTimeLoader(em, viewer?.workspaceId),
    projectEffort: projectEffortLoader(em, viewer?.workspaceId),
    weekTotals: weekTotalsLoader(em, viewer?.workspaceId),
    timesheetHistory: timesheetHistoryLoader(em),
    timeSettings: new DataLoader<string, TimeSettings | null>(async (ids) => {
      const rows = await em.find(TimeSettings, { workspaceId: { $in: [...ids] } });
      return ids.map((id) => rows.find((row) => row.workspaceId === id) ?? null);
    }),
    capacityOverride: entityLoader(em, CapacityOverride),
    nonWorkingDay: entityLoader(em, NonWorkingDay),
    timeCategory: entityLoader(em, TimeCategory),
    runningTimer: new DataLoader<string, RunningTimer | null>(async (userIds) => {
      const rows = await em.find(RunningTimer, { userId: { $in: [...userIds] } });
      return userIds.map((id) => rows.find((row) => row.userId === id) ?? null);
    }),
  };
}

export type TimesheetsLoaders = ReturnType<typeof createLoaders>;
export type TimesheetsContext = ResolverContext<TimesheetsLoaders>;
