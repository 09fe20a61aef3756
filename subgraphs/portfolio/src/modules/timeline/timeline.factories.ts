import type { DependencyType } from "./dependency-graph.js";
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

/**
 * A small deterministic PRNG (mulberry32), so a failing input can be replayed from its seed. Integer
 * arithmetic through Math.imul: a float LCG loses low bits and falls into a period of about 10,000.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
