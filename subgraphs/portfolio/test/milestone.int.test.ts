import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portfolioEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { Milestone } from "../src/modules/milestone/milestone.entity.js";
import { sweepMissedMilestones } from "../src/modules/milestone/milestone-sweep.js";
import { eventsOf, problem, startHarness, workspace, type TimelineHarness } from "./timeline-client.js";

let harness: TimelineHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const MILESTONE_EVENT = portfolioEvents.projectMilestone.name;
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A project with tasks A and B linked to milestone "Beta", due in a week. */
async function linked() {
  const ws = await workspace(harness);
  const projectId = await ws.client.project();
  const a = await ws.client.task(projectId, "A");
  const b = await ws.client.task(projectId, "B");
  const milestoneId = await ws.client.milestone(projectId, "Beta", daysFromToday(7));
  const view = dataOf(await ws.client.link(milestoneId, [a, b])).linkMilestoneTasks.milestone;
  return { ...ws, projectId, a, b, milestoneId, view };
}

/** The milestone as stored, outside Row-Level Security. */
const stored = (id: string) => harness.app.database.asOwner((em) => em.findOneOrFail(Milestone, { id }, { filters: false }));

describe("linking tasks", () => {
  it("links tasks of the milestone's project once each, lists them, and unlinks them", async () => {
    const { client, a, b, milestoneId, view } = await linked();
    expect(view).toMatchObject({
      status: "UPCOMING",
      tasks: [
        { id: a, title: "A" },
        { id: b, title: "B" },
      ],
    });
    const again = dataOf(await client.link(milestoneId, [b, a])).linkMilestoneTasks.milestone;
    expect(again.tasks.map((task) => task.id)).toEqual([a, b]);
    const left = dataOf(await client.unlink(milestoneId, [a])).unlinkMilestoneTasks.milestone;
    expect(left.tasks.map((task) => task.id)).toEqual([b]);
  });

  it("names the bad entry: another project's, an unknown or a foreign task, a malformed id, an empty list; MANAGE_PROJECTS only", async () => {
    const { client, as, a, milestoneId } = await linked();
    const elsewhere = await client.task(await client.project(), "Elsewhere");
    const other = await workspace(harness);
    const foreign = await other.client.task(await other.client.project(), "Foreign");
    const cases: [string[], string, RegExp][] = [
      [[a, elsewhere], "input.taskIds.1", /belongs to another project/],
      [[uuidv7()], "input.taskIds.0", /no task .* in this workspace/],
      [[foreign], "input.taskIds.0", /no task .* in this workspace/],
      [["nope"], "input.taskIds.0", /./],
      [[], "input.taskIds", /at least one/],
    ];
    for (const [taskIds, field, message] of cases) {
      const found = problem(await client.link(milestoneId, taskIds));
      expect({ taskIds, code: found.code, field: found.field }).toEqual({ taskIds, code: "BAD_USER_INPUT", field });
      expect(found.message).toMatch(message);
    }
    expect(problem(await other.client.link(milestoneId, [foreign])).code).toBe("NOT_FOUND");
    expect(problem(await (await as("MEMBER")).link(milestoneId, [a])).code).toBe("FORBIDDEN");
  });
});

describe("achievement", () => {
  it("is reached when the last linked task is done through updateTask, with one event", async () => {
    const { client, workspaceId, a, b, milestoneId } = await linked();
    dataOf(await client.updateTask({ id: a, status: "DONE" }));
    expect((await client.readMilestone(milestoneId))!.status).toBe("UPCOMING");
    dataOf(await client.updateTask({ id: b, status: "DONE" }));
    const milestone = (await client.readMilestone(milestoneId))!;
    expect(milestone.status).toBe("ACHIEVED");
    expect(milestone.achievedAt).not.toBeNull();
    // Reopening and finishing a task again does not achieve it twice.
    dataOf(await client.updateTask({ id: b, status: "IN_PROGRESS" }));
    dataOf(await client.updateTask({ id: b, status: "DONE" }));
    const events = await eventsOf(harness.app, workspaceId, MILESTONE_EVENT);
    expect(events.map((event) => [event.subjectTypename, event.subjectId, event.data])).toEqual([
      ["Milestone", milestoneId, expect.objectContaining({ milestoneId, from: "UPCOMING", to: "ACHIEVED" })],
    ]);
  });

  it("is reached when the last linked task is moved to DONE on the board", async () => {
    const { client, workspaceId, a, b, milestoneId } = await linked();
    dataOf(await client.moveTask({ taskId: a, toStatus: "DONE" }));
    expect((await client.readMilestone(milestoneId))!.status).toBe("UPCOMING");
    dataOf(await client.moveTask({ taskId: b, toStatus: "DONE" }));
    expect((await client.readMilestone(milestoneId))!.status).toBe("ACHIEVED");
    expect(await eventsOf(harness.app, workspaceId, MILESTONE_EVENT)).toHaveLength(1);
  });

  it("is reached once when its last two tasks are finished at the same time", async () => {
    for (let round = 0; round < 3; round++) {
      const { client, workspaceId, a, b, milestoneId } = await linked();
      const results = await Promise.all([client.updateTask({ id: a, status: "DONE" }), client.moveTask({ taskId: b, toStatus: "DONE" })]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      expect((await client.readMilestone(milestoneId))!.status).toBe("ACHIEVED");
      expect(await eventsOf(harness.app, workspaceId, MILESTONE_EVENT)).toHaveLength(1);
    }
  });

  it("is reached when the tasks left linked are all done, and when a manager says so", async () => {
    const { client, workspaceId, a, b, milestoneId, projectId } = await linked();
    dataOf(await client.updateTask({ id: a, status: "DONE" }));
    expect(dataOf(await client.unlink(milestoneId, [b])).unlinkMilestoneTasks.milestone.status).toBe("ACHIEVED");
    const manual = await client.milestone(projectId, "Sign-off", daysFromToday(3));
    expect(dataOf(await client.updateMilestone({ id: manual, status: "ACHIEVED" })).updateMilestone.milestone.status).toBe("ACHIEVED");
    const events = await eventsOf(harness.app, workspaceId, MILESTONE_EVENT);
    expect(events.map((event) => [event.subjectId, event.data.to])).toEqual([
      [milestoneId, "ACHIEVED"],
      [manual, "ACHIEVED"],
    ]);
  });
});

describe("missing the due date", () => {
  it("shows MISSED on read at once; the sweep stores it and emits the event exactly once, even when run concurrently", async () => {
    const { client, workspaceId } = await workspace(harness);
    const projectIdOf = await client.project();
    const overdue = await client.milestone(projectIdOf, "Late", daysFromToday(-1));
    const dueToday = await client.milestone(projectIdOf, "Today", daysFromToday(0));
    const achieved = await client.milestone(projectIdOf, "Done early", daysFromToday(-2));
    dataOf(await client.updateMilestone({ id: achieved, status: "ACHIEVED" }));

    expect((await client.readMilestone(overdue))!.status).toBe("MISSED");
    expect((await stored(overdue)).status).toBe("UPCOMING");
    expect((await client.readMilestone(dueToday))!.status).toBe("UPCOMING");

    await Promise.all([sweepMissedMilestones(harness.app.database.orm), sweepMissedMilestones(harness.app.database.orm)]);
    await sweepMissedMilestones(harness.app.database.orm);
    expect((await stored(overdue)).status).toBe("MISSED");
    expect((await stored(dueToday)).status).toBe("UPCOMING");
    expect((await stored(achieved)).status).toBe("ACHIEVED");
    const events = await eventsOf(harness.app, workspaceId, MILESTONE_EVENT);
    expect(events.map((event) => [event.subjectId, event.data.from, event.data.to, event.actorId])).toEqual([
      [achieved, "UPCOMING", "ACHIEVED", expect.any(String)],
      [overdue, "UPCOMING", "MISSED", null],
    ]);

    // Moved to a later date it is upcoming again; a missed milestone whose tasks get done is achieved.
    expect(dataOf(await client.updateMilestone({ id: overdue, dueDate: daysFromToday(5) })).updateMilestone.milestone.status).toBe(
      "UPCOMING",
    );
    const late = await client.milestone(projectIdOf, "Very late", daysFromToday(-3));
    const task = await client.task(projectIdOf, "Finally");
    dataOf(await client.link(late, [task]));
    await sweepMissedMilestones(harness.app.database.orm);
    dataOf(await client.updateTask({ id: task, status: "DONE" }));
    expect((await client.readMilestone(late))!.status).toBe("ACHIEVED");
    const lateEvents = (await eventsOf(harness.app, workspaceId, MILESTONE_EVENT)).filter((event) => event.subjectId === late);
    expect(lateEvents.map((event) => [event.data.from, event.data.to])).toEqual([
      ["UPCOMING", "MISSED"],
      ["MISSED", "ACHIEVED"],
    ]);
  });
});
