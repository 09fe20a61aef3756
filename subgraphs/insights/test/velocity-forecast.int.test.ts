import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DomainEvent } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { addDays, today as utcToday } from "@plateau/subgraph-kit";
import {
  applyTaskEvents,
  startInsights,
  taskCompleted,
  taskCreated,
  taskEvent,
  thisMonday,
  WAIT,
  wednesdayWeeksAgo,
  workspace,
  type Harness,
} from "./harness.js";

/**
 * Velocity and forecasts from portfolio's task events: tasks created and completed on days of past weeks
 * (the events' `occurredAt`), read back through `_entities` as the gateway reads them.
 */
let h: Harness;
beforeAll(async () => {
  h = await startInsights();
});
afterAll(() => h?.close());

const today = utcToday();
const created = taskCreated;
const completed = taskCompleted;

const QUERY = `query($r: [_Any!]!, $weeks: Int) {
  _entities(representations: $r) {
    ... on Project {
      velocity(weeks: $weeks) { weekStart completedTasks completedEstimateHours }
      forecast { remainingTasks throughputWeeks trials shareBeyondHorizon asOf p50 { weeks date } p85 { weeks date } p95 { weeks date } }
    }
  }
}`;

interface Answer {
  velocity: { weekStart: string; completedTasks: number; completedEstimateHours: number }[];
  forecast: {
    remainingTasks: number;
    throughputWeeks: number;
    trials: number;
    shareBeyondHorizon: number;
    asOf: string;
    p50: { weeks: number; date: string } | null;
    p85: { weeks: number; date: string } | null;
    p95: { weeks: number; date: string } | null;
  } | null;
}

describe("Project.velocity and Project.forecast", () => {
  it("count completions per past week and project the remaining tasks from that throughput", async () => {
    const { workspaceId, token, project } = await workspace(h, "VIEWER");
    const projectId = project();
    const events: DomainEvent[] = [];
    // Two tasks completed in each of the last 3 weeks (estimates 1.5 h and 0.25 h), 6 still to do, one deleted.
    for (const weeksAgo of [3, 2, 1]) {
      for (const estimateHours of [1.5, 0.25]) {
        const taskId = uuidv7();
        events.push(created(workspaceId, taskId, projectId, addDays(wednesdayWeeksAgo(weeksAgo), -1), estimateHours));
        events.push(completed(workspaceId, taskId, projectId, wednesdayWeeksAgo(weeksAgo)));
      }
    }
    for (let i = 0; i < 7; i++) {
      const taskId = uuidv7();
      events.push(created(workspaceId, taskId, projectId, wednesdayWeeksAgo(1), 2));
      if (i === 6) events.push(taskEvent("taskDeleted", workspaceId, taskId, today, { projectId, parentId: null }));
    }
    // Applied one after the other as the consumer applies them (through the bus, a read between the seventh task's
    // creation and its deletion would see 6 remaining by chance, then 7).
    await applyTaskEvents(h, ...events);

    const read = async (weeks?: number) => {
      const result = await h.dataOf<{ _entities: Answer[] }>(QUERY, {
        token,
        variables: { r: [{ __typename: "Project", id: projectId }], weeks },
      });
      return result._entities[0]!;
    };
    await vi.waitFor(async () => expect((await read()).forecast?.remainingTasks).toBe(6), WAIT);

    const answer = await read(4);
    expect(answer.velocity).toEqual([
      { weekStart: addDays(thisMonday, -28), completedTasks: 0, completedEstimateHours: 0 },
      { weekStart: addDays(thisMonday, -21), completedTasks: 2, completedEstimateHours: 1.75 },
      { weekStart: addDays(thisMonday, -14), completedTasks: 2, completedEstimateHours: 1.75 },
      { weekStart: addDays(thisMonday, -7), completedTasks: 2, completedEstimateHours: 1.75 },
    ]);
    // Of the last 12 weeks, 3 completed 2 tasks and 9 none: the 6 remaining take 3 productive weeks, each
    // week productive with odds 1/4. The forecast is for today, seeded by the project and the day.
    expect(answer.forecast).toMatchObject({ remainingTasks: 6, throughputWeeks: 12, trials: 2000, shareBeyondHorizon: 0, asOf: today });
    const { p50, p85, p95 } = answer.forecast!;
    expect(p50!.weeks).toBeGreaterThanOrEqual(3);
    expect(p50!.weeks).toBeLessThan(p85!.weeks);
    expect(p85!.weeks).toBeLessThanOrEqual(p95!.weeks);
    expect(p95!.date).toBe(addDays(thisMonday, 7 * p95!.weeks - 1));
    // Negative binomial (3 successes, p = 1/4): the median is 11 weeks, give or take one for sampling.
    expect(Math.abs(p50!.weeks - 11)).toBeLessThanOrEqual(1);
    // The same day, the same forecast: reads are reproducible, and write nothing.
    expect((await read(4)).forecast).toEqual(answer.forecast);
  });

  it("has no forecast without throughput, refuses a week count out of range, and shows nothing of another workspace", async () => {
    const { workspaceId, token, project } = await workspace(h, "VIEWER");
    const projectId = project();
    await h.bus.publish([created(workspaceId, uuidv7(), projectId, today, null)]);
    const read = (as: string, weeks = 8) =>
      h.execute<{ _entities: Answer[] }>(QUERY, { token: as, variables: { r: [{ __typename: "Project", id: projectId }], weeks } });
    await vi.waitFor(async () => expect((await read(token)).data?._entities[0]?.velocity).toHaveLength(8), WAIT);
    expect((await read(token)).data!._entities[0]!.forecast).toBeNull();

    const tooMany = await read(token, 105);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "weeks" }] } });

    const stranger = (await workspace(h, "OWNER")).token;
    const theirs = (await read(stranger)).data!._entities[0]!;
    expect(theirs.velocity.every((week) => week.completedTasks === 0)).toBe(true);
    expect(theirs.forecast).toBeNull();
  });

  it("costs the same SQL statements for 3 and for 30 projects: completions and counts, one each", async () => {
    const statementsFor = async (count: number) => {
      const { workspaceId, token, project } = await workspace(h, "VIEWER");
      const ids = Array.from({ length: count }, () => project());
      const events = ids.flatMap((projectId) => {
        const taskId = uuidv7();
        return [
          created(workspaceId, taskId, projectId, wednesdayWeeksAgo(2), 1),
          completed(workspaceId, taskId, projectId, wednesdayWeeksAgo(2)),
          created(workspaceId, uuidv7(), projectId, wednesdayWeeksAgo(1), 1),
        ];
      });
      await h.bus.publish(events);
      const representations = ids.map((id) => ({ __typename: "Project", id }));
      const read = () => h.dataOf<{ _entities: Answer[] }>(QUERY, { token, variables: { r: representations, weeks: 4 } });
      await vi.waitFor(async () => expect((await read())._entities.every((p) => p.forecast?.remainingTasks === 1)).toBe(true), WAIT);
      const { result, statements } = await h.sql.count(read);
      expect(result._entities.map((p) => p.velocity.map((week) => week.completedTasks).join())).toEqual(ids.map(() => "0,0,1,0"));
      return statements.length;
    };
    expect(await statementsFor(3)).toBe(2);
    expect(await statementsFor(30)).toBe(2);
  });

  it("keeps a completion's day when the task's update is applied first, a deletion against a late older event, and forgets a completion undone", async () => {
    const { workspaceId, token, project } = await workspace(h, "VIEWER");
    const projectId = project();
    const day = wednesdayWeeksAgo(1);
    const apply = (...events: DomainEvent[]) => applyTaskEvents(h, ...events);
    // Made in this order (their ids sort so), applied with the update before the completion.
    const [dated, undone, removed] = [uuidv7(), uuidv7(), uuidv7()];
    const datedCreated = created(workspaceId, dated, projectId, addDays(day, -1), 3);
    const datedCompleted = completed(workspaceId, dated, projectId, day);
    const datedUpdated = taskEvent("taskUpdated", workspaceId, dated, day, {
      projectId,
      changedFields: ["status"],
      status: "DONE",
      assigneeId: null,
      dueDate: null,
      estimateHours: 3,
    });
    await apply(datedCreated, datedUpdated, datedCompleted);
    // Completed, then moved back to IN_PROGRESS: no longer a completion, a task to do again.
    const undoneCreated = created(workspaceId, undone, projectId, addDays(day, -1), 1);
    const undoneCompleted = completed(workspaceId, undone, projectId, day);
    const undoneMoved = taskEvent("taskStatusChanged", workspaceId, undone, day, { projectId, from: "DONE", to: "IN_PROGRESS" });
    await apply(undoneCreated, undoneCompleted, undoneMoved);
    // Deleted, then its creation delivered again late: it stays deleted.
    const removedCreated = created(workspaceId, removed, projectId, addDays(day, -1), 1);
    await apply(removedCreated, taskEvent("taskDeleted", workspaceId, removed, day, { projectId, parentId: null }), removedCreated);

    const answer = (
      await h.dataOf<{ _entities: Answer[] }>(QUERY, { token, variables: { r: [{ __typename: "Project", id: projectId }], weeks: 2 } })
    )._entities[0]!;
    expect(answer.velocity.map((week) => [week.completedTasks, week.completedEstimateHours])).toEqual([
      [0, 0],
      [1, 3],
    ]);
    expect(answer.forecast?.remainingTasks).toBe(1);
  });
});
