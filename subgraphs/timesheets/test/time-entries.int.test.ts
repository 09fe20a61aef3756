import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes, execute, startSubgraphHarness } from "@plateau/test-kit";
import { timesheets } from "../src/index.js";
import { day, fieldsOf, LOG_TIME, logTime, startHarness, unreachableUrl, type EntryView, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const LIST = `query($f: TimeEntryFilter, $o: TimeEntryOrder, $first: Int, $after: String) {
  timeEntries(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount nodes { id date hours billable } pageInfo { hasNextPage endCursor }
  }
}`;
const GET = `query($id: ID!) { timeEntry(id: $id) { id date hours note billable version user { id } task { id } project { id } } }`;
const UPDATE = `mutation($i: UpdateTimeEntryInput!) { updateTimeEntry(input: $i) { timeEntry { id date hours note billable version } } }`;
const DELETE = `mutation($i: DeleteTimeEntryInput!) { deleteTimeEntry(input: $i) { deletedTimeEntryId } }`;

interface ListResult {
  timeEntries: {
    totalCount: number;
    nodes: { id: string; date: string; hours: number; billable: boolean }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
type GetResult = { timeEntry: EntryView | null };
type UpdateResult = { updateTimeEntry: { timeEntry: EntryView } };
type DeleteResult = { deleteTimeEntry: { deletedTimeEntryId: string } };

async function list(token: string, variables: Record<string, unknown> = {}) {
  return dataOf(await h.gql<ListResult>(LIST, variables, token)).timeEntries;
}

describe("logging and reading time", () => {
  it("logs an entry for the viewer and reads it back by id", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const { taskId, projectId } = await ws.task();
    const logged = await logTime(h, member.token, { taskId, projectId, date: day(-2), hours: 7.5, note: "  Patched the gateway  " });
    expect(logged).toMatchObject({
      date: day(-2),
      hours: 7.5,
      note: "Patched the gateway",
      billable: true,
      version: 1,
      user: { id: member.userId },
      task: { id: taskId },
      project: { id: projectId },
    });
    expect(dataOf(await h.gql<GetResult>(GET, { id: logged.id }, member.token)).timeEntry).toEqual(logged);
  });

  it("accepts tomorrow but not a date far in the future", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const task = await ws.task();
    await logTime(h, member.token, { ...task, date: day(1) });
    const result = await h.gql(LOG_TIME, { i: { ...task, date: day(30), hours: 1 } }, member.token);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(result)).toEqual(["input.date"]);
    expect((await list(member.token)).totalCount).toBe(1);
  });

  it("lists entries filtered by date range, project, user and billable", async () => {
    const ws = await h.workspace();
    const alice = await ws.as("MEMBER");
    const manager = await ws.as("MANAGER");
    const { taskId: taskA, projectId: apollo } = await ws.task();
    const { taskId: taskZ, projectId: zeus } = await ws.task();
    await logTime(h, alice.token, { taskId: taskA, projectId: apollo, date: day(-10), hours: 1 });
    const inRange = await logTime(h, alice.token, { taskId: taskA, projectId: apollo, date: day(-5), hours: 2 });
    const otherProject = await logTime(h, alice.token, { taskId: taskZ, projectId: zeus, date: day(-4), hours: 3, billable: false });
    const managers = await logTime(h, manager.token, { taskId: taskA, projectId: apollo, date: day(-3), hours: 4 });

    const range = await list(alice.token, { f: { date: { gte: day(-5), lte: day(-3) } } });
    expect(range.nodes.map((n) => n.id)).toEqual([managers.id, otherProject.id, inRange.id]);

    const rangeAndProject = await list(alice.token, { f: { date: { gte: day(-5), lte: day(-3) }, projectId: { eq: apollo } } });
    expect(rangeAndProject.nodes.map((n) => n.id)).toEqual([managers.id, inRange.id]);

    const alicesApollo = await list(alice.token, { f: { and: [{ userId: { eq: alice.userId } }, { projectId: { in: [apollo] } }] } });
    expect(alicesApollo.totalCount).toBe(2);

    const nonBillable = await list(alice.token, { f: { billable: false } });
    expect(nonBillable.nodes.map((n) => n.id)).toEqual([otherProject.id]);

    const either = await list(alice.token, { f: { or: [{ billable: false }, { userId: { eq: manager.userId } }] } });
    expect(either.totalCount).toBe(2);

    const badId = await h.gql(LIST, { f: { projectId: { eq: "apollo" } } }, alice.token);
    expect(errorCodes(badId)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(badId)).toEqual(["filter.projectId.eq"]);
  });

  it("pages through entries with cursors and refuses first: 101", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const { taskId, projectId } = await ws.task();
    const hours = [3, 1, 5, 2, 4];
    for (const [index, value] of hours.entries()) await logTime(h, member.token, { taskId, projectId, date: day(-index), hours: value });

    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result = await list(member.token, { first: 2, after, o: { field: "HOURS", direction: "DESC" } });
      expect(result.totalCount).toBe(5);
      seen.push(...result.nodes.map((n) => n.hours));
      expect(result.pageInfo.hasNextPage).toBe(page < 2);
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1]);

    const byDate = await list(member.token, { o: { field: "DATE", direction: "ASC" } });
    expect(byDate.nodes.map((n) => n.date)).toEqual([day(-4), day(-3), day(-2), day(-1), day(0)]);

    const tooMany = await h.gql(LIST, { first: 101 }, member.token);
    expect(errorCodes(tooMany)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(tooMany)).toEqual(["first"]);
    const badCursor = await h.gql(LIST, { after: "not-a-cursor" }, member.token);
    expect(fieldsOf(badCursor)).toEqual(["after"]);
  });

  it("returns null for an unknown id and BAD_USER_INPUT for a malformed one", async () => {
    const member = await (await h.workspace()).as("MEMBER");
    expect(dataOf(await h.gql<GetResult>(GET, { id: uuidv7() }, member.token)).timeEntry).toBeNull();
    const malformed = await h.gql<GetResult>(GET, { id: "42" }, member.token);
    expect(errorCodes(malformed)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(malformed)).toEqual(["id"]);
  });

  it("refuses anonymous callers", async () => {
    const result = await h.gql(LIST);
    expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("validation", () => {
  it.each([
    ["hours 0", { hours: 0 }, "input.hours"],
    ["hours 25", { hours: 25 }, "input.hours"],
    ["hours with 3 decimals", { hours: 1.234 }, "input.hours"],
    ["a date far in the future", { date: "2999-01-01" }, "input.date"],
    ["a note over 2000 characters", { note: "x".repeat(2001) }, "input.note"],
    ["a malformed task id", { taskId: "task-1" }, "input.taskId"],
    ["a malformed user id", { userId: "bob" }, "input.userId"],
  ])("refuses %s, naming the field, and writes nothing", async (_case, override, field) => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const result = await h.gql(LOG_TIME, { i: { ...(await ws.task()), date: day(-1), hours: 2, ...override } }, member.token);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(result)).toEqual([field]);
    expect((await list(member.token)).totalCount).toBe(0);
  });

  it("refuses a day over 24 hours, saying how many remain", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const entry = { ...(await ws.task()), date: day(-1) };
    await logTime(h, member.token, { ...entry, hours: 12 });
    await logTime(h, member.token, { ...entry, hours: 8.25 });

    const over = await h.gql(LOG_TIME, { i: { ...entry, hours: 4 } }, member.token);
    expect(errorCodes(over)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(over)).toEqual(["input.hours"]);
    expect(over.errors?.[0]?.message).toMatch(/3\.75 remaining/);
    expect(over.errors?.[0]?.extensions?.remainingHours).toBe(3.75);
    expect((await list(member.token)).totalCount).toBe(2);

    // Another day, and another user's day, are separate budgets.
    await logTime(h, member.token, { ...entry, date: day(-2), hours: 4 });
    const colleague = await h.gql<{ logTime: { timeEntry: EntryView } }>(
      LOG_TIME,
      { i: { ...entry, hours: 20 } },
      (await ws.as("MEMBER")).token,
    );
    expect(dataOf(colleague).logTime.timeEntry).toMatchObject({ date: entry.date, hours: 20 });
    await logTime(h, member.token, { ...entry, hours: 3.75 });
    const day1 = await list(member.token, { f: { date: { eq: day(-1) }, userId: { eq: member.userId } } });
    expect(day1.nodes.reduce((sum, n) => sum + n.hours, 0)).toBe(24);
  });

  it("keeps a day within 24 hours when many entries for it arrive at once", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const entry = { ...(await ws.task()), date: day(-1), hours: 5 };
    const results = await Promise.all(Array.from({ length: 10 }, () => h.gql(LOG_TIME, { i: entry }, member.token)));
    const outcomes = results.map((r) => errorCodes(r)[0] ?? "OK");
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(4);
    expect(outcomes.filter((o) => o === "BAD_USER_INPUT")).toHaveLength(6);
    expect((await list(member.token)).totalCount).toBe(4);
  });

  it("checks the day total when an entry's hours or date change, not counting its own old hours", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const base = await ws.task();
    const big = await logTime(h, member.token, { ...base, date: day(-1), hours: 20 });
    const small = await logTime(h, member.token, { ...base, date: day(-2), hours: 10 });

    const grown = dataOf(await h.gql<UpdateResult>(UPDATE, { i: { id: big.id, hours: 24 } }, member.token)).updateTimeEntry.timeEntry;
    expect(grown).toMatchObject({ hours: 24, version: 2 });

    const moved = await h.gql<UpdateResult>(UPDATE, { i: { id: small.id, date: day(-1) } }, member.token);
    expect(errorCodes(moved)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(moved)).toEqual(["input.hours"]);
    expect(dataOf(await h.gql<GetResult>(GET, { id: small.id }, member.token)).timeEntry).toMatchObject({ date: day(-2), version: 1 });
  });

  it("refuses to log a task against a project it is not in, and writes nothing", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const { taskId } = await ws.task();
    const result = await h.gql(LOG_TIME, { i: { taskId, projectId: await ws.project(), date: day(-1), hours: 1 } }, member.token);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(result)).toEqual(["input.projectId"]);
    expect((await list(member.token)).totalCount).toBe(0);
  });
});

describe("who may write time", () => {
  it("refuses a VIEWER, and writes nothing", async () => {
    const viewer = await (await h.workspace()).as("VIEWER");
    const result = await h.gql(LOG_TIME, { i: { taskId: uuidv7(), projectId: uuidv7(), date: day(-1), hours: 1 } }, viewer.token);
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect((await list(viewer.token)).totalCount).toBe(0);
  });

  it("lets a MANAGER log time for someone else, but not a MEMBER", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const manager = await ws.as("MANAGER");
    const colleague = (await ws.as("MEMBER")).userId;
    const input = { ...(await ws.task()), date: day(-1), hours: 1, userId: colleague };
    expect(errorCodes(await h.gql(LOG_TIME, { i: input }, member.token))).toEqual(["FORBIDDEN"]);
    const logged = await logTime(h, manager.token, input);
    expect(logged.user.id).toBe(colleague);
    expect((await list(member.token, { f: { userId: { eq: colleague } } })).totalCount).toBe(1);
  });

  it("lets a MEMBER change only their own entries and a MANAGER anyone's", async () => {
    const ws = await h.workspace();
    const alice = await ws.as("MEMBER");
    const bob = await ws.as("MEMBER");
    const manager = await ws.as("MANAGER");
    const entry = await logTime(h, alice.token, { ...(await ws.task()), hours: 2 });

    expect(errorCodes(await h.gql<UpdateResult>(UPDATE, { i: { id: entry.id, hours: 3 } }, bob.token))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await h.gql<DeleteResult>(DELETE, { i: { id: entry.id } }, bob.token))).toEqual(["FORBIDDEN"]);
    expect(dataOf(await h.gql<GetResult>(GET, { id: entry.id }, bob.token)).timeEntry).toMatchObject({ hours: 2, version: 1 });

    const own = dataOf(await h.gql<UpdateResult>(UPDATE, { i: { id: entry.id, note: "standup", billable: false } }, alice.token))
      .updateTimeEntry.timeEntry;
    expect(own).toMatchObject({ note: "standup", billable: false, hours: 2, version: 2 });

    const managed = dataOf(
      await h.gql<UpdateResult>(UPDATE, { i: { id: entry.id, expectedVersion: 2, hours: 2.5, note: null } }, manager.token),
    ).updateTimeEntry.timeEntry;
    expect(managed).toMatchObject({ hours: 2.5, note: null, billable: false, version: 3 });

    expect(dataOf(await h.gql<DeleteResult>(DELETE, { i: { id: entry.id, expectedVersion: 3 } }, manager.token)).deleteTimeEntry).toEqual({
      deletedTimeEntryId: entry.id,
    });
    expect(dataOf(await h.gql<GetResult>(GET, { id: entry.id }, alice.token)).timeEntry).toBeNull();
  });

  it("refuses a VIEWER editing an entry a manager logged for them", async () => {
    const ws = await h.workspace();
    const viewer = await ws.as("VIEWER");
    const manager = await ws.as("MANAGER");
    const entry = await logTime(h, manager.token, { ...(await ws.task()), userId: viewer.userId });
    expect(errorCodes(await h.gql<UpdateResult>(UPDATE, { i: { id: entry.id, hours: 3 } }, viewer.token))).toEqual(["FORBIDDEN"]);
  });
});

describe("what an entry may name", () => {
  it("refuses a task of another workspace as one that exists nowhere, naming input.taskId, and writes nothing", async () => {
    const manager = await (await h.workspace()).as("MANAGER");
    const other = await h.workspace();
    const theirs = await other.task();
    const answers: string[] = [];
    for (const taskId of [theirs.taskId, uuidv7()]) {
      const result = await h.gql(LOG_TIME, { i: { taskId, projectId: theirs.projectId, date: day(-1), hours: 1 } }, manager.token);
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(result)).toEqual(["input.taskId"]);
      answers.push(result.errors![0]!.message.replace(taskId, "<id>"));
    }
    expect(answers[0]).toBe(answers[1]);
    expect((await list(manager.token)).totalCount).toBe(0);
    expect((await list((await other.as("OWNER")).token)).totalCount).toBe(0);
  });

  it("refuses time for a user who is not a member, the same whether they are in another workspace or nowhere", async () => {
    const ws = await h.workspace();
    const manager = await ws.as("MANAGER");
    const task = await ws.task();
    const outsider = await (await h.workspace()).as("MEMBER");
    const answers: string[] = [];
    for (const userId of [outsider.userId, uuidv7()]) {
      const result = await h.gql(LOG_TIME, { i: { ...task, userId, date: day(-1), hours: 1 } }, manager.token);
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(result)).toEqual(["input.userId"]);
      answers.push(result.errors![0]!.message.replace(userId, "<id>"));
    }
    expect(answers[0]).toBe(answers[1]);
    expect((await list(manager.token)).totalCount).toBe(0);
    expect((await list(outsider.token)).totalCount).toBe(0);
  });

  it("answers SUBGRAPH_UNAVAILABLE, without its address, and writes nothing when portfolio cannot be asked", async () => {
    const down = await unreachableUrl();
    const cutOff = await startSubgraphHarness(timesheets, { tokens: h.tokens, settings: { PORTFOLIO_URL: down } });
    try {
      const ws = await h.workspace();
      const member = await ws.as("MEMBER");
      const result = await execute(cutOff.url, LOG_TIME, {
        token: member.token,
        variables: { i: { ...(await ws.task()), date: day(-1), hours: 1 } },
      });
      expect(errorCodes(result)).toEqual(["SUBGRAPH_UNAVAILABLE"]);
      expect(result.errors![0]!.extensions).toMatchObject({ subgraph: "portfolio" });
      expect(JSON.stringify(result)).not.toContain(new URL(down).port);
      expect((await list(member.token)).totalCount).toBe(0);
    } finally {
      await cutOff.close();
    }
  });
});

describe("optimistic locking", () => {
  it("answers a stale expectedVersion with CONFLICT carrying the current version, and changes nothing", async () => {
    const ws = await h.workspace();
    const member = await ws.as("MEMBER");
    const entry = await logTime(h, member.token, { ...(await ws.task()), hours: 1 });
    dataOf(await h.gql<UpdateResult>(UPDATE, { i: { id: entry.id, expectedVersion: 1, hours: 2 } }, member.token));

    const stale = await h.gql<UpdateResult>(UPDATE, { i: { id: entry.id, expectedVersion: 1, hours: 5 } }, member.token);
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);

    const staleDelete = await h.gql<DeleteResult>(DELETE, { i: { id: entry.id, expectedVersion: 1 } }, member.token);
    expect(errorCodes(staleDelete)).toEqual(["CONFLICT"]);
    expect(dataOf(await h.gql<GetResult>(GET, { id: entry.id }, member.token)).timeEntry).toMatchObject({ hours: 2, version: 2 });
  });

  it("answers edits of unknown entries with NOT_FOUND", async () => {
    const member = await (await h.workspace()).as("MEMBER");
    expect(errorCodes(await h.gql<UpdateResult>(UPDATE, { i: { id: uuidv7(), hours: 1 } }, member.token))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await h.gql<DeleteResult>(DELETE, { i: { id: uuidv7() } }, member.token))).toEqual(["NOT_FOUND"]);
  });
});
