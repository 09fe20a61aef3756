import type { DependencyType } from "../dependency/dependency-graph.js";
import type { Schedule, ScheduledItem, ScheduleDependency, ScheduleItem } from "./schedule.js";

/** A task; without overrides it has no dates and no estimate. */
export function buildTask(id: string, overrides: Partial<ScheduleItem> = {}): ScheduleItem {
  return { id, kind: "TASK", ...overrides };
}

/** A milestone due on `date` (none: undated). */
export function buildMilestone(id: string, date: string | null = null, overrides: Partial<ScheduleItem> = {}): ScheduleItem {
  return { id, kind: "MILESTONE", plannedEnd: date, ...overrides };
}

/** A dependency; finish-to-start without lag unless told otherwise. */
export function buildDependency(
  predecessorId: string,
  successorId: string,
  type: DependencyType = "FINISH_TO_START",
  lagDays = 0,
): ScheduleDependency {
  return { predecessorId, successorId, type, lagDays };
}

/** The scheduled items by id, failing loudly on an unknown id. */
export function itemsById(schedule: Schedule): (id: string) => ScheduledItem {
  const byId = new Map(schedule.items.map((item) => [item.id, item]));
  return (id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`no scheduled item ${id}`);
    return item;
  };
}
