import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { problem, startHarness, workspace, type BarView, type TimelineView, type TimelineHarness } from "./timeline-client.js";

let harness: TimelineHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * The hand-computed project (calendar days, inclusive; schedule.ts has the conventions):
 *   Design  2026-03-02 … 03-04 (3 days)
 *   Build   40 h = 5 days, undated, after Design (FS)               → 03-05 … 03-09
 *   Docs    03-05 … 03-06, starts ≥ 1 day after Design starts (SS+1) → 03-05 … 03-06 (its own dates bind)
 *   Test    16 h = 2 days, undated, 1 free day after Build (FS+1)    → 03-11 … 03-12
 *   Launch  milestone due 03-12, linked to Test                     → 03-12
 * Project end 03-12; Design → Build → Test → Launch is critical, Docs has 6 days of slack.
 */
async function plannedProject() {
  const ws = await workspace(harness);
  const { client } = ws;
  const projectId = await client.project({ startDate: "2026-03-02", endDate: "2026-03-31" });
  const design = await client.task(projectId, "Design", { startDate: "2026-03-02", dueDate: "2026-03-04" });
  const build = await client.task(projectId, "Build", { estimateHours: 40 });
  const docs = await client.task(projectId, "Docs", { startDate: "2026-03-05", dueDate: "2026-03-06" });
  const test = await client.task(projectId, "Test", { estimateHours: 16 });
  const launch = await client.milestone(projectId, "Launch", "2026-03-12");
  await client.depend(design, build);
  await client.depend(design, docs, { type: "START_TO_START", lagDays: 1 });
  await client.depend(build, test, { lagDays: 1 });
  dataOf(await client.link(launch, [test]));
  return { ...ws, projectId, design, build, docs, test, launch };
}

const read = async (client: Awaited<ReturnType<typeof workspace>>["client"], projectId: string): Promise<TimelineView> =>
  dataOf(await client.timeline(projectId)).timeline!;

const bar = (timeline: TimelineView, title: string): BarView => {
  const found = timeline.bars.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`no bar ${title}`);
  return found;
};

const dates = (b: BarView) => [b.earliestStart, b.earliestFinish, b.latestStart, b.latestFinish, b.totalSlackDays, b.critical];

describe("timeline", () => {
  it("computes earliest and latest dates, slack and the critical path of a small project by hand", async () => {
    const { client, projectId, design, build, docs, test, launch } = await plannedProject();
    const timeline = await read(client, projectId);
    expect(timeline).toMatchObject({
      projectId,
      plannedStart: "2026-03-02",
      plannedEnd: "2026-03-31",
      start: "2026-03-02",
      end: "2026-03-12",
    });
    expect(timeline.bars.map((b) => [b.kind, b.title])).toEqual([
      ["TASK", "Design"],
      ["TASK", "Build"],
      ["TASK", "Docs"],
      ["TASK", "Test"],
      ["MILESTONE", "Launch"],
    ]);
    expect(dates(bar(timeline, "Design"))).toEqual(["2026-03-02", "2026-03-04", "2026-03-02", "2026-03-04", 0, true]);
    expect(dates(bar(timeline, "Build"))).toEqual(["2026-03-05", "2026-03-09", "2026-03-05", "2026-03-09", 0, true]);
    expect(dates(bar(timeline, "Docs"))).toEqual(["2026-03-05", "2026-03-06", "2026-03-11", "2026-03-12", 6, false]);
    expect(dates(bar(timeline, "Test"))).toEqual(["2026-03-11", "2026-03-12", "2026-03-11", "2026-03-12", 0, true]);
    expect(dates(bar(timeline, "Launch"))).toEqual(["2026-03-12", "2026-03-12", "2026-03-12", "2026-03-12", 0, true]);
    expect(bar(timeline, "Build")).toMatchObject({
      durationDays: 5,
      plannedStart: null,
      plannedEnd: null,
      task: { id: build, title: "Build" },
    });
    expect(bar(timeline, "Launch")).toMatchObject({ durationDays: 0, plannedEnd: "2026-03-12", task: null, milestone: { id: launch } });
    expect(timeline.criticalPaths).toEqual([[design, build, test, launch]]);
    expect(timeline.criticalPathsTruncated).toBe(false);
    expect(timeline.dependencies.map((d) => [d.predecessorId, d.successorId, d.type, d.lagDays])).toEqual([
      [design, build, "FINISH_TO_START", 0],
      [design, docs, "START_TO_START", 1],
      [build, test, "FINISH_TO_START", 1],
    ]);
    // Without a baseline there is no drift.
    expect(timeline.bars.every((b) => b.startDriftDays === null && b.endDriftDays === null)).toBe(true);
  });

  it("shows drift from the baseline after rescheduling, and a done task no longer on the critical path", async () => {
    const { client, as, projectId, design } = await plannedProject();
    const member = await as("MEMBER");
    expect(problem(await member.setBaseline(projectId)).code).toBe("FORBIDDEN");
    const baselined = dataOf(await client.setBaseline(projectId)).setProjectBaseline.timeline;
    expect(bar(baselined, "Design")).toMatchObject({
      baselineStart: "2026-03-02",
      baselineEnd: "2026-03-04",
      startDriftDays: 0,
      endDriftDays: 0,
    });
    expect(bar(baselined, "Build")).toMatchObject({ baselineStart: null, baselineEnd: null, startDriftDays: null });
    expect(bar(baselined, "Launch")).toMatchObject({ baselineEnd: "2026-03-12", endDriftDays: 0 });
    expect(baselined).toMatchObject({ baselineStart: "2026-03-02", baselineEnd: "2026-03-31" });

    // Design takes two days longer: everything after it on the critical path slips by two.
    dataOf(await client.updateTask({ id: design, dueDate: "2026-03-06" }));
    const slipped = await read(client, projectId);
    expect(bar(slipped, "Design")).toMatchObject({
      startDriftDays: 0,
      endDriftDays: 2,
      baselineEnd: "2026-03-04",
      plannedEnd: "2026-03-06",
    });
    expect(bar(slipped, "Docs")).toMatchObject({ startDriftDays: 0, endDriftDays: 0 });
    expect(bar(slipped, "Build")).toMatchObject({ earliestStart: "2026-03-07", earliestFinish: "2026-03-11" });
    expect(bar(slipped, "Launch")).toMatchObject({ earliestFinish: "2026-03-14", startDriftDays: 2, endDriftDays: 2 });
    expect(slipped.end).toBe("2026-03-14");

    dataOf(await client.updateTask({ id: design, status: "DONE" }));
    const done = await read(client, projectId);
    expect(bar(done, "Design")).toMatchObject({ done: true, critical: false });
    expect(done.criticalPaths.map((path) => path.length)).toEqual([3]);
  });

  it("is null for an unknown or another workspace's project, refuses a malformed id, and is readable by a VIEWER", async () => {
    const { as, projectId } = await plannedProject();
    const viewer = await as("VIEWER");
    expect(dataOf(await viewer.timeline(projectId)).timeline?.bars).toHaveLength(5);
    const stranger = (await workspace(harness, "OWNER")).client;
    expect(dataOf(await stranger.timeline(projectId))).toEqual({ timeline: null });
    expect(dataOf(await stranger.timeline(uuidv7()))).toEqual({ timeline: null });
    expect(problem(await stranger.timeline("not-an-id"))).toMatchObject({ code: "BAD_USER_INPUT", field: "projectId" });
  });

  it("places a project without any date on today, one day per undated task", async () => {
    const { client } = await workspace(harness);
    const projectId = await client.project();
    await client.task(projectId, "Undated");
    const today = new Date().toISOString().slice(0, 10);
    expect(bar(await read(client, projectId), "Undated")).toMatchObject({ earliestStart: today, earliestFinish: today, critical: true });
    const empty = await read(client, await client.project());
    expect(empty).toMatchObject({ bars: [], dependencies: [], criticalPaths: [], start: null, end: null });
  });

  it("is read with a constant number of statements, for 20 tasks as for 200", async () => {
    const { client } = await workspace(harness);
    const projectId = await client.project({ startDate: "2026-03-02" });
    const ids: string[] = [];
    // Due early: the chain of tasks drives it later, so all 201 bars are critical.
    const milestone = await client.milestone(projectId, "Done", "2026-03-03");
    const add = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const id = await client.task(projectId, `T${ids.length}`, { estimateHours: 8 });
        if (ids.length > 0) await client.depend(ids[ids.length - 1]!, id);
        ids.push(id);
      }
      dataOf(await client.link(milestone, [ids[ids.length - 1]!]));
    };
    const count = async () => {
      const { result, statements } = await harness.sql.count(() => client.timeline(projectId));
      return { statements: statements.length, bars: dataOf(result).timeline!.bars.length };
    };
    await add(20);
    const few = await count();
    await add(180);
    const many = await count();
    expect([few.bars, many.bars]).toEqual([21, 201]);
    expect(many.statements).toBe(few.statements);
    expect(few.statements).toBeLessThanOrEqual(5);
    const timeline = await read(client, projectId);
    expect(timeline.criticalPaths[0]).toHaveLength(201);
    expect(bar(timeline, "T199").earliestFinish).toBe("2026-09-17");
  });
});
