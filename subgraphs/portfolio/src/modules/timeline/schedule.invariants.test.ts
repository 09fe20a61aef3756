import { describe, expect, it } from "vitest";
import { DEPENDENCY_TYPES } from "../dependency/dependency-graph.js";
import { computeSchedule, type Schedule, type ScheduleDependency, type ScheduledItem, type ScheduleItem } from "./schedule.js";
import { seededRandom } from "../dependency/dependency.factories.js";
import { buildDependency, buildMilestone, buildTask, itemsById } from "./timeline.factories.js";
import { TimelineError } from "./timeline.errors.js";

const PROJECT_START = "2026-01-05";
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** An item's bar as day boundaries: it starts at the beginning of its start day and ends at the end of its finish day. */
function bar(item: ScheduledItem, which: "earliest" | "latest") {
  const start = dayOf(which === "earliest" ? item.earliestStart : item.latestStart);
  const finish = dayOf(which === "earliest" ? item.earliestFinish : item.latestFinish) + 1;
  return { start: item.kind === "MILESTONE" ? start + 1 : start, finish };
}

/** How much room `dependency` leaves: ≥ 0 when it holds, 0 when it drives the successor. */
function margin(dependency: ScheduleDependency, predecessor: ReturnType<typeof bar>, successor: ReturnType<typeof bar>): number {
  const { lagDays: lag } = dependency;
  switch (dependency.type) {
    case "FINISH_TO_START":
      return successor.start - (predecessor.finish + lag);
    case "START_TO_START":
      return successor.start - (predecessor.start + lag);
    case "FINISH_TO_FINISH":
      return successor.finish - (predecessor.finish + lag);
    case "START_TO_FINISH":
      return successor.finish - (predecessor.start + lag);
  }
}

/** A random project: shuffled input order, mixed kinds, dates, estimates, done items, types and lags. */
function randomProject(size: number, dependencyCount: number, seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const date = (offset: number) => new Date((dayOf(PROJECT_START) + offset) * 86_400_000).toISOString().slice(0, 10);
  // rank[i] is the position of item i in a hidden topological order, so every dependency goes forward.
  const rank = Array.from({ length: size }, (_, i) => i).sort(() => random() - 0.5);
  const items: ScheduleItem[] = rank.map((_, i) => {
    const id = `n${i}`;
    const done = random() < 0.03;
    if (random() < 0.1) return buildMilestone(id, random() < 0.5 ? date(Math.floor(random() * 90)) : null, { done });
    const start = Math.floor(random() * 90);
    const layout = pick(["both", "start", "none"] as const);
    return buildTask(id, {
      done,
      estimateHours: random() < 0.8 ? Math.floor(random() * 40) : null,
      plannedStart: layout === "none" ? null : date(start),
      plannedEnd: layout === "both" ? date(start + Math.floor(random() * 10)) : null,
      baselineStart: random() < 0.5 ? date(start) : null,
    });
  });
  const dependencies: ScheduleDependency[] = [];
  const seen = new Set<string>();
  while (dependencies.length < dependencyCount) {
    const a = Math.floor(random() * size);
    const b = Math.floor(random() * size);
    const [from, to] = rank[a]! < rank[b]! ? [a, b] : [b, a];
    if (from === to || seen.has(`${from}>${to}`)) continue;
    seen.add(`${from}>${to}`);
    dependencies.push(buildDependency(`n${from}`, `n${to}`, pick(DEPENDENCY_TYPES), Math.floor(random() * 9) - 3));
  }
  return { items, dependencies };
}

/** Where an item would start with no dependencies (as a boundary), per the documented anchors. */
function anchorOf(item: ScheduleItem): number {
  if (item.kind === "MILESTONE") return dayOf(item.plannedEnd ?? PROJECT_START) + 1;
  return dayOf(item.plannedStart ?? PROJECT_START);
}

function checkInvariants(input: { items: ScheduleItem[]; dependencies: ScheduleDependency[] }, schedule: Schedule) {
  const item = itemsById(schedule);
  const projectEnd = dayOf(schedule.projectEnd!) + 1;
  const incoming = new Map<string, ScheduleDependency[]>();
  const outgoing = new Map<string, ScheduleDependency[]>();
  for (const dependency of input.dependencies) {
    incoming.set(dependency.successorId, [...(incoming.get(dependency.successorId) ?? []), dependency]);
    outgoing.set(dependency.predecessorId, [...(outgoing.get(dependency.predecessorId) ?? []), dependency]);
  }
  const earliestMargin = (d: ScheduleDependency) => margin(d, bar(item(d.predecessorId), "earliest"), bar(item(d.successorId), "earliest"));
  const latestMargin = (d: ScheduleDependency) => margin(d, bar(item(d.predecessorId), "latest"), bar(item(d.successorId), "latest"));

  let endsWithProject = 0;
  for (const original of input.items) {
    const scheduled = item(original.id);
    const early = bar(scheduled, "earliest");
    const late = bar(scheduled, "latest");
    expect(early.finish - early.start).toBe(scheduled.durationDays);
    expect(late.finish - late.start).toBe(scheduled.durationDays);
    expect(early.finish).toBeLessThanOrEqual(projectEnd);
    expect(late.finish).toBeLessThanOrEqual(projectEnd);
    if (early.finish === projectEnd) endsWithProject++;
    expect(scheduled.totalSlackDays).toBe(late.start - early.start);
    if (scheduled.done) {
      expect(scheduled).toMatchObject({ totalSlackDays: 0, critical: false });
      continue;
    }
    expect(scheduled.totalSlackDays, original.id).toBeGreaterThanOrEqual(0);
    expect(scheduled.critical).toBe(scheduled.totalSlackDays === 0);
    // Earliest dates honour the anchor and every dependency, and are as early as that allows:
    // either the anchor or some dependency is exactly met.
    expect(early.start).toBeGreaterThanOrEqual(anchorOf(original));
    const drivers = incoming.get(original.id) ?? [];
    for (const dependency of drivers) expect(earliestMargin(dependency), JSON.stringify(dependency)).toBeGreaterThanOrEqual(0);
    expect(early.start === anchorOf(original) || drivers.some((d) => earliestMargin(d) === 0), `${original.id} starts too late`).toBe(true);
    // Latest dates honour every dependency to an open successor, and are as late as that allows.
    const followers = (outgoing.get(original.id) ?? []).filter((d) => !item(d.successorId).done);
    for (const dependency of followers) expect(latestMargin(dependency), JSON.stringify(dependency)).toBeGreaterThanOrEqual(0);
    expect(late.finish === projectEnd || followers.some((d) => latestMargin(d) === 0), `${original.id} finishes too early`).toBe(true);
  }
  expect(endsWithProject).toBeGreaterThan(0);

  expect(schedule.criticalPaths.length).toBeGreaterThan(0);
  const linked = new Map(input.dependencies.map((d) => [`${d.predecessorId}>${d.successorId}`, d]));
  for (const path of schedule.criticalPaths) {
    for (const id of path) expect(item(id).critical).toBe(true);
    for (let i = 1; i < path.length; i++) {
      const dependency = linked.get(`${path[i - 1]}>${path[i]}`);
      expect(dependency, `${path[i - 1]} → ${path[i]}`).toBeDefined();
      expect(earliestMargin(dependency!)).toBe(0);
    }
    // From an item no critical dependency drives, to one that finishes with the project.
    const first = path[0]!;
    expect((incoming.get(first) ?? []).some((d) => item(d.predecessorId).critical && earliestMargin(d) === 0)).toBe(false);
    expect(bar(item(path.at(-1)!), "earliest").finish).toBe(projectEnd);
  }
}

describe("scheduling at scale", () => {
  it("schedules a random 5,000-item, 10,000-dependency project consistently", () => {
    const input = randomProject(5_000, 10_000, 42);
    const schedule = computeSchedule({ ...input, projectStart: PROJECT_START });
    expect(schedule.items).toHaveLength(5_000);
    expect(schedule.items.map((item) => item.id)).toEqual(input.items.map((item) => item.id));
    checkInvariants(input, schedule);
  });

  it.each([1, 2, 3])("holds the same invariants on smaller random projects (seed %i)", (seed) => {
    const input = randomProject(300, 900, seed);
    checkInvariants(input, computeSchedule({ ...input, projectStart: PROJECT_START }));
  });

  it("schedules a 10,000-task chain without overflowing the stack", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `t${i}`);
    const schedule = computeSchedule({
      projectStart: PROJECT_START,
      items: ids.map((id) => buildTask(id)),
      dependencies: ids.slice(1).map((id, i) => buildDependency(ids[i]!, id)),
    });
    // One day each, back to back: the last task starts 9,999 days after the first.
    expect(itemsById(schedule)("t9999").earliestStart).toBe(
      new Date((dayOf(PROJECT_START) + 9_999) * 86_400_000).toISOString().slice(0, 10),
    );
    expect(schedule.criticalPaths).toEqual([ids]);
  });

  it("names a 10,000-task cycle", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `t${i}`);
    const dependencies = ids.map((id, i) => buildDependency(id, ids[(i + 1) % ids.length]!));
    let error: unknown;
    try {
      computeSchedule({ projectStart: PROJECT_START, items: ids.map((id) => buildTask(id)), dependencies });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TimelineError);
    expect((error as TimelineError).itemIds).toEqual([...ids, "t0"]);
  });
});
