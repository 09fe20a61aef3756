/**
 * Critical Path Method over a project's tasks and milestones: a forward pass gives each item's
 * earliest start and finish, a backward pass from the project end its latest, and their difference
 * the total slack. O(V + E): one topological order (Kahn's algorithm) serves both passes.
 *
 * Conventions (all dates are `YYYY-MM-DD`, UTC, calendar days — weekends count; working-day
 * calendars are out of scope):
 * - **Inclusive dates.** A task from 2026-03-02 to 2026-03-04 lasts 3 days. Internally a task starts
 *   at the beginning of its start day and finishes at the end of its finish day.
 * - **Lag** is added in days, as MS Project and Primavera do, with finish meaning "end of the finish day":
 *   - FINISH_TO_START: successor start ≥ predecessor finish + lag. Lag 0 starts the successor the day
 *     after the predecessor's last day; lag 2 leaves two free days; lag −1 overlaps the last day.
 *   - START_TO_START: successor start ≥ predecessor start + lag (lag 0: same start day).
 *   - FINISH_TO_FINISH: successor finish ≥ predecessor finish + lag (lag 0: same finish day).
 *   - START_TO_FINISH: successor finish ≥ predecessor start + lag. Lag 0 finishes the successor the
 *     day before the predecessor's first day.
 * - **Milestones** last zero days and sit at the end of their date: a milestone after a task ending
 *   on the 4th is dated the 4th, and a task after a milestone dated the 4th starts on the 5th. Their
 *   date is the planned end (else the planned start).
 * - **Durations.** Planned start and end both given: end − start + 1 days. Otherwise from the
 *   estimate: ceil(hours / 8), at least 1 day. No dates and no estimate: 1 day.
 * - **Anchors.** No item starts before its own planned start (a "start no earlier than" constraint,
 *   applied whether or not it has predecessors). With only a planned end, the start is derived as
 *   end − duration + 1. An item with no dates is anchored at the project start, which is the given
 *   `projectStart` or else the earliest date of any item.
 * - **Done items** are pinned at their dates (the caller passes actual dates as planned ones when it
 *   has them): dependencies do not move them, they do not constrain their predecessors' latest dates,
 *   and their successors still wait for them. They have zero slack but are never critical — finished
 *   work cannot delay the project.
 * - **Backward pass** starts from the project end, the latest earliest finish of all items. Total
 *   slack = latest start − earliest start, never negative for open items; an open item is critical
 *   when its slack is 0.
 * - **Drift** = current (earliest) date − baseline date in days; positive means later than the
 *   baseline, null when the item has no baseline.
 */
import { listCriticalPaths, type CriticalLink } from "./critical-paths.js";
import { findCycle, formatCycle } from "../dependency/dependency-graph.js";
import { formatDay } from "./calendar-days.js";
import {
  indexItems,
  parseDate,
  prepareItem,
  toEdges,
  type PreparedItem,
  type ScheduleDependency,
  type ScheduleEdge,
  type ScheduleItem,
  type ScheduleItemKind,
} from "./schedule-input.js";
import { TimelineError, TimelineErrorCode } from "./timeline.errors.js";

export {
  durationFromEstimate,
  HOURS_PER_DAY,
  type ScheduleDependency,
  type ScheduleItem,
  type ScheduleItemKind,
} from "./schedule-input.js";

/** How many critical paths are listed by default; networks with many tied branches have exponentially many. */
export const DEFAULT_MAX_CRITICAL_PATHS = 50;

/** What {@link computeSchedule} needs: one project's items and the dependencies between them. */
export interface ScheduleInput {
  items: readonly ScheduleItem[];
  dependencies: readonly ScheduleDependency[];
  /** Where undated items start; defaults to the earliest date of any item. */
  projectStart?: string | null;
  /** Cap on the number of critical paths listed (default {@link DEFAULT_MAX_CRITICAL_PATHS}). */
  maxCriticalPaths?: number;
}

/** One item with its computed dates. Planned dates are echoed as given. */
export interface ScheduledItem {
  id: string;
  kind: ScheduleItemKind;
  plannedStart: string | null;
  plannedEnd: string | null;
  durationDays: number;
  earliestStart: string;
  earliestFinish: string;
  latestStart: string;
  latestFinish: string;
  totalSlackDays: number;
  critical: boolean;
  done: boolean;
  startDriftDays: number | null;
  endDriftDays: number | null;
}

/** The Gantt data of one project. */
export interface Schedule {
  /** Null only when there are no items. */
  projectStart: string | null;
  /** The latest earliest finish; null only when there are no items. */
  projectEnd: string | null;
  /** In input order. */
  items: ScheduledItem[];
  /** Item ids from an item nothing drives to an item finishing with the project. */
  criticalPaths: string[][];
  /** True when more critical paths exist than were listed. */
  criticalPathsTruncated: boolean;
}

/** The display date of a start boundary: a milestone is shown on the day it ends. */
function startDay(boundary: number, duration: number): number {
  return duration === 0 ? boundary - 1 : boundary;
}

/** Kahn's algorithm; a cycle is reported by name (ids) with a {@link TimelineError}. */
function topologicalOrder(items: readonly ScheduleItem[], edges: readonly ScheduleEdge[], outgoing: readonly ScheduleEdge[][]): number[] {
  const indegree = new Array<number>(items.length).fill(0);
  for (const edge of edges) indegree[edge.successor]!++;
  const order: number[] = [];
  for (let index = 0; index < items.length; index++) if (indegree[index] === 0) order.push(index);
  for (let head = 0; head < order.length; head++) {
    for (const edge of outgoing[order[head]!]!) if (--indegree[edge.successor]! === 0) order.push(edge.successor);
  }
  if (order.length === items.length) return order;
  const stuck = (index: number) => indegree[index]! > 0;
  const links = edges
    .filter((edge) => stuck(edge.predecessor) && stuck(edge.successor))
    .map((edge) => ({ predecessorId: items[edge.predecessor]!.id, successorId: items[edge.successor]!.id }));
  const cycle =
    findCycle(
      links,
      items.filter((_, index) => stuck(index)).map((item) => item.id),
    ) ?? [];
  throw new TimelineError(TimelineErrorCode.DEPENDENCY_CYCLE, `Dependencies form a cycle: ${formatCycle(cycle)}`, cycle);
}

/** The earliest start of `edge.successor` that `edge` allows, given the predecessor's earliest dates. */
function forwardBound(edge: ScheduleEdge, start: number[], finish: number[], duration: number): number {
  const { predecessor, lag } = edge;
  switch (edge.type) {
    case "FINISH_TO_START":
      return finish[predecessor]! + lag;
    case "START_TO_START":
      return start[predecessor]! + lag;
    case "FINISH_TO_FINISH":
      return finish[predecessor]! + lag - duration;
    case "START_TO_FINISH":
      return start[predecessor]! + lag - duration;
  }
}

/** The latest finish of `edge.predecessor` that `edge` allows, given the successor's latest dates. */
function backwardBound(edge: ScheduleEdge, start: number[], finish: number[], duration: number): number {
  const { successor, lag } = edge;
  switch (edge.type) {
    case "FINISH_TO_START":
      return start[successor]! - lag;
    case "START_TO_START":
      return start[successor]! - lag + duration;
    case "FINISH_TO_FINISH":
      return finish[successor]! - lag;
    case "START_TO_FINISH":
      return finish[successor]! - lag + duration;
  }
}

function projectStartDay(input: ScheduleInput, prepared: readonly PreparedItem[]): number {
  if (input.projectStart != null) return parseDate(input.projectStart, "project", "projectStart");
  let earliest = Infinity;
  for (const { anchor, duration } of prepared) if (anchor !== null) earliest = Math.min(earliest, startDay(anchor, duration));
  if (earliest === Infinity)
    throw new TimelineError(TimelineErrorCode.MISSING_PROJECT_START, "No project start was given and no item has a date to start from");
  return earliest;
}

interface Pass {
  start: number[];
  finish: number[];
}

/** Earliest start and finish boundaries, in topological order: the max of the anchor and every incoming constraint. */
function forwardPass(
  order: readonly number[],
  prepared: readonly PreparedItem[],
  incoming: readonly ScheduleEdge[][],
  projectStart: number,
): Pass {
  const pass: Pass = { start: new Array<number>(prepared.length), finish: new Array<number>(prepared.length) };
  for (const index of order) {
    const { anchor, duration, done } = prepared[index]!;
    // Undated items sit at the project start; an undated milestone at the end of its first day.
    let start = anchor ?? (duration === 0 ? projectStart + 1 : projectStart);
    if (!done) for (const edge of incoming[index]!) start = Math.max(start, forwardBound(edge, pass.start, pass.finish, duration));
    pass.start[index] = start;
    pass.finish[index] = start + duration;
  }
  return pass;
}

/** Latest start and finish boundaries, in reverse topological order: the min of the project end and every outgoing constraint. */
function backwardPass(
  order: readonly number[],
  prepared: readonly PreparedItem[],
  outgoing: readonly ScheduleEdge[][],
  early: Pass,
  projectEnd: number,
): Pass {
  const pass: Pass = { start: new Array<number>(prepared.length), finish: new Array<number>(prepared.length) };
  for (let position = order.length - 1; position >= 0; position--) {
    const index = order[position]!;
    const { duration, done } = prepared[index]!;
    let finish = done ? early.finish[index]! : projectEnd;
    if (!done)
      for (const edge of outgoing[index]!)
        if (!prepared[edge.successor]!.done) finish = Math.min(finish, backwardBound(edge, pass.start, pass.finish, duration));
    pass.finish[index] = finish;
    pass.start[index] = finish - duration;
  }
  return pass;
}

function present(
  item: ScheduleItem,
  { duration, done, baselineStart, baselineEnd }: PreparedItem,
  early: Pass,
  late: Pass,
  index: number,
  critical: boolean,
): ScheduledItem {
  const earliestStart = startDay(early.start[index]!, duration);
  const earliestFinish = early.finish[index]! - 1;
  return {
    id: item.id,
    kind: item.kind,
    plannedStart: item.plannedStart ?? null,
    plannedEnd: item.plannedEnd ?? null,
    durationDays: duration,
    earliestStart: formatDay(earliestStart),
    earliestFinish: formatDay(earliestFinish),
    latestStart: formatDay(startDay(late.start[index]!, duration)),
    latestFinish: formatDay(late.finish[index]! - 1),
    totalSlackDays: late.start[index]! - early.start[index]!,
    critical,
    done,
    startDriftDays: baselineStart === null ? null : earliestStart - baselineStart,
    endDriftDays: baselineEnd === null ? null : earliestFinish - baselineEnd,
  };
}

/**
 * Computes the timeline of a project: earliest and latest dates, slack, criticality and baseline
 * drift of every item, and the critical paths. Throws a {@link TimelineError} on malformed input and
 * on a dependency cycle (naming it). See the top of this file for the conventions.
 */
export function computeSchedule(input: ScheduleInput): Schedule {
  const { items } = input;
  const indexOf = indexItems(items);
  const prepared = items.map(prepareItem);
  const edges = toEdges(input.dependencies, indexOf);
  if (items.length === 0)
    return { projectStart: input.projectStart ?? null, projectEnd: null, items: [], criticalPaths: [], criticalPathsTruncated: false };
  const incoming: ScheduleEdge[][] = items.map(() => []);
  const outgoing: ScheduleEdge[][] = items.map(() => []);
  for (const edge of edges) {
    incoming[edge.successor]!.push(edge);
    outgoing[edge.predecessor]!.push(edge);
  }
  const order = topologicalOrder(items, edges, outgoing);
  const projectStart = projectStartDay(input, prepared);
  const early = forwardPass(order, prepared, incoming, projectStart);
  const projectEnd = early.finish.reduce((latest, finish) => Math.max(latest, finish), -Infinity);
  const late = backwardPass(order, prepared, outgoing, early, projectEnd);

  const critical = prepared.map(({ done }, index) => !done && late.start[index]! - early.start[index]! <= 0);
  const driving = (edge: ScheduleEdge) =>
    forwardBound(edge, early.start, early.finish, prepared[edge.successor]!.duration) === early.start[edge.successor];
  const drivingLinks: CriticalLink[] = edges.filter((edge) => critical[edge.predecessor] && critical[edge.successor] && driving(edge));
  const { paths, truncated } = listCriticalPaths(critical, drivingLinks, input.maxCriticalPaths ?? DEFAULT_MAX_CRITICAL_PATHS);

  return {
    projectStart: formatDay(projectStart),
    projectEnd: formatDay(projectEnd - 1),
    items: items.map((item, index) => present(item, prepared[index]!, early, late, index, critical[index]!)),
    criticalPaths: paths.map((path) => path.map((index) => items[index]!.id)),
    criticalPathsTruncated: truncated,
  };
}
