/**
 * The scheduler's input: the items and dependencies as stored, checked and turned into day numbers
 * and indexes for the passes in schedule.ts (which documents the conventions applied here).
 */
import { DEPENDENCY_TYPES, type DependencyType, type TaskDependency } from "../dependency/dependency-graph.js";
import { parseDay } from "./calendar-days.js";
import { TimelineError, TimelineErrorCode } from "./timeline.errors.js";

/** Hours of estimate that make one day of duration. */
export const HOURS_PER_DAY = 8;

/** Tasks last at least a day; milestones last none. */
export type ScheduleItemKind = "TASK" | "MILESTONE";

/** A bar of the Gantt chart as stored: any date may be missing. */
export interface ScheduleItem {
  id: string;
  kind: ScheduleItemKind;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  /** Effort in hours; gives the duration when the planned dates do not. */
  estimateHours?: number | null;
  baselineStart?: string | null;
  baselineEnd?: string | null;
  /** Finished: the item stays at its dates. */
  done?: boolean;
}

/** A dependency as the scheduler needs it. */
export type ScheduleDependency = Pick<TaskDependency, "predecessorId" | "successorId" | "type" | "lagDays">;

/** A task's duration in days from its estimate: ceil(hours / 8), at least 1; no estimate is 1 day. */
export function durationFromEstimate(estimateHours: number | null | undefined): number {
  if (estimateHours == null) return 1;
  return Math.max(1, Math.ceil(estimateHours / HOURS_PER_DAY));
}

/** An item ready for the passes; times are day boundaries (day number = start of that day). */
export interface PreparedItem {
  duration: number;
  /** The earliest start boundary the item accepts on its own. */
  anchor: number | null;
  done: boolean;
  baselineStart: number | null;
  baselineEnd: number | null;
}

/** A dependency by item index, for the passes. */
export interface ScheduleEdge {
  predecessor: number;
  successor: number;
  type: DependencyType;
  lag: number;
}

/** The day number of `value`, or a TimelineError naming the item and field. */
export function parseDate(value: string, item: string, field: string): number {
  const parsed = parseDay(value);
  if (parsed === null)
    throw new TimelineError(TimelineErrorCode.INVALID_DATE, `${item}: ${field} "${value}" is not a date (YYYY-MM-DD)`, [item]);
  return parsed;
}

function optionalDay(value: string | null | undefined, item: string, field: string): number | null {
  return value == null ? null : parseDate(value, item, field);
}

function checkOrder(start: number | null, end: number | null, item: string, what: string): void {
  if (start !== null && end !== null && end < start)
    throw new TimelineError(TimelineErrorCode.END_BEFORE_START, `${item}: ${what} end is before its start`, [item]);
}

/** Checks an item and works out its duration, anchor and baseline as day numbers. */
export function prepareItem(item: ScheduleItem): PreparedItem {
  const { id } = item;
  const start = optionalDay(item.plannedStart, id, "plannedStart");
  const end = optionalDay(item.plannedEnd, id, "plannedEnd");
  const baselineStart = optionalDay(item.baselineStart, id, "baselineStart");
  const baselineEnd = optionalDay(item.baselineEnd, id, "baselineEnd");
  const estimate = item.estimateHours;
  if (estimate != null && !(Number.isFinite(estimate) && estimate >= 0))
    throw new TimelineError(TimelineErrorCode.INVALID_NUMBER, `${id}: estimateHours must be a finite number ≥ 0`, [id]);
  const done = item.done === true;
  if (item.kind === "MILESTONE") {
    const date = end ?? start;
    const baseline = baselineEnd ?? baselineStart;
    return { duration: 0, anchor: date === null ? null : date + 1, done, baselineStart: baseline, baselineEnd: baseline };
  }
  checkOrder(start, end, id, "planned");
  checkOrder(baselineStart, baselineEnd, id, "baseline");
  const duration = start !== null && end !== null ? end - start + 1 : durationFromEstimate(estimate);
  const anchor = start ?? (end === null ? null : end - duration + 1);
  return { duration, anchor, done, baselineStart, baselineEnd };
}

/** Item index by id; refuses duplicate ids. */
export function indexItems(items: readonly ScheduleItem[]): Map<string, number> {
  const indexOf = new Map<string, number>();
  items.forEach(({ id }, index) => {
    if (indexOf.has(id)) throw new TimelineError(TimelineErrorCode.DUPLICATE_ITEM, `Item ${id} appears twice`, [id]);
    indexOf.set(id, index);
  });
  return indexOf;
}

/** Dependencies by item index; refuses unknown items, unknown types and fractional lags. */
export function toEdges(dependencies: readonly ScheduleDependency[], indexOf: Map<string, number>): ScheduleEdge[] {
  return dependencies.map(({ predecessorId, successorId, type, lagDays }) => {
    const predecessor = indexOf.get(predecessorId);
    const successor = indexOf.get(successorId);
    if (predecessor === undefined || successor === undefined) {
      const missing = predecessor === undefined ? predecessorId : successorId;
      throw new TimelineError(TimelineErrorCode.UNKNOWN_ITEM, `A dependency names ${missing}, which is not an item of the timeline`, [
        missing,
      ]);
    }
    if (!DEPENDENCY_TYPES.includes(type))
      throw new TimelineError(
        TimelineErrorCode.INVALID_DEPENDENCY_TYPE,
        `Dependency ${predecessorId} → ${successorId}: unknown type "${type}"`,
        [predecessorId, successorId],
      );
    if (!Number.isInteger(lagDays))
      throw new TimelineError(TimelineErrorCode.INVALID_NUMBER, `Dependency ${predecessorId} → ${successorId}: lag must be whole days`, [
        predecessorId,
        successorId,
      ]);
    return { predecessor, successor, type, lag: lagDays };
  });
}
