import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes } from "@plateau/test-kit";
import { logTime, startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    __typename
    ... on Task { id timeLogged timeEntries(first: 10) { totalCount nodes { id hours } } }
    ... on Project { id effort { totalHours billableHours entryCount contributors } }
    ... on TimeEntry { id hours date user { id } task { id } project { id } }
    ... on User { id timeEntries(filter: { billable: true }) { totalCount nodes { id } } }
  }
}`;
const TASK_TIME = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id timeLogged } } }`;

const refs = (typename: string, ids: string[]) => ids.map((id) => ({ __typename: typename, id }));

interface Effort {
  totalHours: number;
  billableHours: number;
  entryCount: number;
  contributors: number;
}

/** One `_entities` result: which fields are set depends on `__typename`. */
interface EntityView {
  __typename: string;
  id: string;
  timeLogged?: number;
  timeEntries?: { totalCount: number; nodes: { id: string; hours?: number }[] };
  effort?: Effort;
  hours?: number;
  date?: string;
  user?: { id: string };
  task?: { id: string };
  project?: { id: string };
}

async function entities(token: string, representations: { __typename: string; id: string }[]) {
  return dataOf(await h.gql<{ _entities: (EntityView | null)[] }>(ENTITIES, { r: representations }, token))._entities;
}

type TaskTimes = { _entities: { id: string; timeLogged: number }[] };

describe("Task", () => {
  it("sums the hours logged on each task, exactly, and lists its entries", async () => {
    const ws = await h.workspace();
    const alice = await ws.as("MEMBER");
    const bob = await ws.as("MEMBER");
    const projectId = await ws.project();
    const [{ taskId: busy }, { taskId: quiet }, untouched] = [await ws.task(projectId), await ws.task(projectId), uuidv7()];
    await logTime(h, alice.token, { taskId: busy, projectId, hours: 0.1 });
    await logTime(h, alice.token, { taskId: busy, projectId, hours: 0.2 });
    await logTime(h, bob.token, { taskId: busy, projectId, hours: 7.75 });
    await logTime(h, bob.token, { taskId: quiet, projectId, hours: 1.5 });

    const [a, b, c] = await entities(alice.token, refs("Task", [busy, quiet, untouched]));
    expect(a).toMatchObject({ __typename: "Task", id: busy, timeLogged: 8.05, timeEntries: { totalCount: 3 } });
    expect(b).toMatchObject({ id: quiet, timeLogged: 1.5, timeEntries: { totalCount: 1, nodes: [{ hours: 1.5 }] } });
    expect(c).toMatchObject({ id: untouched, timeLogged: 0, timeEntries: { totalCount: 0, nodes: [] } });
  });

  it("resolves 10 and 200 task representations with the same number of SQL statements", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const projectId = await ws.project();
    const logged: string[] = [];
    for (let i = 0; i < 12; i++) logged.push((await ws.task(projectId)).taskId);
    const tasks = [...logged, ...Array.from({ length: 188 }, () => uuidv7())];
    for (const taskId of tasks.slice(0, 12)) await logTime(h, member.token, { taskId, projectId, hours: 0.5 });

    const run = (ids: string[]) => h.sql.count(() => h.gql<TaskTimes>(TASK_TIME, { r: refs("Task", ids) }, member.token));
    const ten = await run(tasks.slice(0, 10));
    const twoHundred = await run(tasks);

    expect(dataOf(ten.result)._entities.map((t) => t.timeLogged)).toEqual(Array(10).fill(0.5));
    const many = dataOf(twoHundred.result)._entities;
    expect(many).toHaveLength(200);
    expect(many.reduce((sum, t) => sum + t.timeLogged, 0)).toBe(6);
    expect(ten.statements).toHaveLength(1);
    expect(twoHundred.statements).toHaveLength(ten.statements.length);
    expect(twoHundred.statements[0]).toMatch(/group by task_id/);
  });

  it("lists entries with their task's time and project's effort in a constant number of statements", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const query = `{ timeEntries(first: 100) { nodes { id task { timeLogged } project { effort { totalHours } } } } }`;
    const countFor = async () => (await h.sql.count(() => h.gql(query, {}, member.token))).statements.length;
    for (let i = 0; i < 3; i++) await logTime(h, member.token, { ...(await ws.task()), hours: 1 });
    const few = await countFor();
    for (let i = 0; i < 27; i++) await logTime(h, member.token, { ...(await ws.task()), hours: 0.25 });
    expect(await countFor()).toBe(few);
  });
});

describe("Project", () => {
  it("reports effort: total and billable hours, entries and contributors", async () => {
    const ws = await h.workspace();
    const alice = await ws.as("MEMBER");
    const bob = await ws.as("MEMBER");
    const { taskId: task, projectId: apollo } = await ws.task();
    const { taskId: zeusTask, projectId: zeus } = await ws.task();
    const empty = uuidv7();
    await logTime(h, alice.token, { taskId: task, projectId: apollo, hours: 3.5 });
    await logTime(h, alice.token, { taskId: task, projectId: apollo, hours: 1.25, billable: false });
    await logTime(h, bob.token, { taskId: task, projectId: apollo, hours: 2 });
    await logTime(h, bob.token, { taskId: zeusTask, projectId: zeus, hours: 4, billable: false });

    const result = await h.sql.count(() => entities(alice.token, refs("Project", [apollo, zeus, empty])));
    expect(result.result.map((p) => p?.effort)).toEqual([
      { totalHours: 6.75, billableHours: 5.5, entryCount: 3, contributors: 2 },
      { totalHours: 4, billableHours: 0, entryCount: 1, contributors: 1 },
      { totalHours: 0, billableHours: 0, entryCount: 0, contributors: 0 },
    ]);
    expect(result.statements).toHaveLength(1);
  });
});

describe("User and TimeEntry references", () => {
  it("resolves a user's entries in the current workspace and entries by id", async () => {
    const ws = await h.workspace();
    const alice = await ws.as("MEMBER");
    const bob = await ws.as("MEMBER");
    const projectId = await ws.project();
    const billable = await logTime(h, alice.token, { ...(await ws.task(projectId)), hours: 2 });
    await logTime(h, alice.token, { ...(await ws.task(projectId)), hours: 1, billable: false });
    await logTime(h, bob.token, { ...(await ws.task(projectId)), hours: 3 });

    const [user, entry, missing] = await entities(bob.token, [
      { __typename: "User", id: alice.userId },
      { __typename: "TimeEntry", id: billable.id },
      { __typename: "TimeEntry", id: uuidv7() },
    ]);
    expect(user).toEqual({ __typename: "User", id: alice.userId, timeEntries: { totalCount: 1, nodes: [{ id: billable.id }] } });
    expect(entry).toEqual({
      __typename: "TimeEntry",
      id: billable.id,
      hours: 2,
      date: billable.date,
      user: { id: alice.userId },
      task: billable.task,
      project: { id: projectId },
    });
    expect(missing).toBeNull();
  });

  it("refuses anonymous _entities", async () => {
    const result = await h.gql(TASK_TIME, { r: refs("Task", [uuidv7()]) });
    expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("tenant isolation", () => {
  it("shows workspace B nothing of workspace A's time", async () => {
    const inA = await h.workspace();
    const a = await inA.as("MANAGER");
    const b = await (await h.workspace()).as("OWNER");
    const { taskId, projectId } = await inA.task();
    const entry = await logTime(h, a.token, { taskId, projectId, hours: 6 });

    const [task, project, byRef, user] = await entities(b.token, [
      { __typename: "Task", id: taskId },
      { __typename: "Project", id: projectId },
      { __typename: "TimeEntry", id: entry.id },
      { __typename: "User", id: a.userId },
    ]);
    expect(task).toMatchObject({ timeLogged: 0, timeEntries: { totalCount: 0 } });
    expect(project?.effort).toEqual({ totalHours: 0, billableHours: 0, entryCount: 0, contributors: 0 });
    expect(byRef).toBeNull();
    expect(user?.timeEntries?.totalCount).toBe(0);

    const byId = await h.gql<{ timeEntry: { id: string } | null }>(
      `query($id: ID!) { timeEntry(id: $id) { id } }`,
      { id: entry.id },
      b.token,
    );
    expect(dataOf(byId).timeEntry).toBeNull();
    const list = await h.gql<{ timeEntries: { totalCount: number } }>(`{ timeEntries { totalCount } }`, {}, b.token);
    expect(dataOf(list).timeEntries.totalCount).toBe(0);

    const update = await h.gql(
      `mutation($i: UpdateTimeEntryInput!) { updateTimeEntry(input: $i) { timeEntry { id } } }`,
      { i: { id: entry.id, hours: 1 } },
      b.token,
    );
    expect(errorCodes(update)).toEqual(["NOT_FOUND"]);
    const stillThere = await entities(a.token, [{ __typename: "Task", id: taskId }]);
    expect(stillThere[0]?.timeLogged).toBe(6);
  });

  it("lets workspace B log on the same day without counting A's hours", async () => {
    const userId = uuidv7();
    const [a, b] = [await h.workspace(), await h.workspace()];
    const inA = await a.as("MEMBER", userId);
    const inB = await b.as("MEMBER", userId);
    await logTime(h, inA.token, { ...(await a.task()), hours: 20 });
    const entry = await logTime(h, inB.token, { ...(await b.task()), hours: 20 });
    expect(entry.hours).toBe(20);
  });
});
