import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataChangedEvent, portfolioEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { OutboxEvent, type RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf, errorCodes, type SqlCounter, type TestTokens } from "@plateau/test-kit";
import { isValidRank, MAX_RANK_LENGTH } from "../src/modules/task/fractional-rank.js";
import { boardClient, problem, someone, titles, type BoardView } from "./board-client.js";
import { createWorkspace } from "./workspaces.js";
import { startPortfolioHarness, type PortfolioHarness } from "./harness.js";

let app: RunningSubgraph;
let workspacesApp: RunningSubgraph;
let tokens: TestTokens;
let sql: SqlCounter;

let harness: PortfolioHarness | undefined;
beforeAll(async () => {
  harness = await startPortfolioHarness();
  ({ app, workspacesApp, tokens, sql } = harness);
});
afterAll(() => harness?.close());

/** A workspace with a manager's client and a project on whose board the test works. */
async function setup() {
  const workspaceId = uuidv7();
  const manager = boardClient(app, await tokens.forRole(workspaceId, "MANAGER"));
  const projectId = await manager.project();
  return { workspaceId, manager, projectId };
}

/** The domain events of a workspace in the outbox, oldest first (audit entries left out). */
const eventsOf = (workspaceId: string, type?: string) =>
  app.database.asOwner((em) =>
    em.find(
      OutboxEvent,
      { workspaceId, type: type ?? { $ne: dataChangedEvent("portfolio").name } },
      { orderBy: { id: "asc" }, filters: false },
    ),
  );

const DEFAULT_COLUMNS = [
  { status: "TODO", name: "To do", category: "TODO", wipLimit: null },
  { status: "IN_PROGRESS", name: "In progress", category: "IN_PROGRESS", wipLimit: null },
  { status: "BLOCKED", name: "Blocked", category: "IN_PROGRESS", wipLimit: null },
  { status: "IN_REVIEW", name: "In review", category: "IN_PROGRESS", wipLimit: null },
  { status: "DONE", name: "Done", category: "DONE", wipLimit: null },
];

describe("the board", () => {
  it("shows the default workflow's columns with new cards at the end of their column, in rank order", async () => {
    const { manager, projectId } = await setup();
    const empty = await manager.read(projectId);
    expect(empty).toMatchObject({ id: projectId, version: 1 });
    expect(empty.columns.map(({ cards: _cards, taskCount: _count, ...column }) => column)).toEqual(DEFAULT_COLUMNS);

    for (const [title, status] of [
      ["Plan", "TODO"],
      ["Build", "IN_PROGRESS"],
      ["Estimate", "TODO"],
      ["Ship", "DONE"],
      ["Review", "TODO"],
    ] as const) {
      await manager.task(projectId, { title, status });
    }
    const board = await manager.read(projectId);
    expect(titles(board)).toEqual({
      TODO: ["Plan", "Estimate", "Review"],
      IN_PROGRESS: ["Build"],
      BLOCKED: [],
      IN_REVIEW: [],
      DONE: ["Ship"],
    });
    expect(board.columns.map((column) => column.taskCount)).toEqual([3, 1, 0, 0, 1]);
    const ranks = board.columns[0]!.cards.map((card) => card.rank);
    expect(ranks.every(isValidRank)).toBe(true);
    expect([...ranks].sort()).toEqual(ranks);
  });

  it("filters cards by assignee and priority, keeping every column and its full task count", async () => {
    const ws = await createWorkspace(workspacesApp, tokens);
    const manager = boardClient(app, ws.token);
    const projectId = await manager.project();
    const ann = await ws.member();
    await manager.task(projectId, { title: "Ann urgent", assigneeId: ann, priority: "URGENT" });
    await manager.task(projectId, { title: "Ann low", assigneeId: ann, priority: "LOW", status: "IN_PROGRESS" });
    await manager.task(projectId, { title: "Nobody urgent", priority: "URGENT" });

    const anns = await manager.read(projectId, { assigneeId: { eq: ann } });
    expect(titles(anns)).toMatchObject({ TODO: ["Ann urgent"], IN_PROGRESS: ["Ann low"] });
    expect(anns.columns.map((column) => column.taskCount)).toEqual([2, 1, 0, 0, 0]);
    expect(anns.columns[0]!.cards[0]!.assignee).toEqual({ id: ann });
    const urgent = await manager.read(projectId, { priority: { in: ["URGENT"] } });
    expect(titles(urgent)).toMatchObject({ TODO: ["Ann urgent", "Nobody urgent"], IN_PROGRESS: [] });
    const unassigned = await manager.read(projectId, { assigneeId: { isNull: true }, title: { contains: "urgent" } });
    expect(titles(unassigned)).toMatchObject({ TODO: ["Nobody urgent"] });
    const either = await manager.read(projectId, { or: [{ priority: { eq: "LOW" } }, { assigneeId: { isNull: true } }] });
    expect(titles(either)).toMatchObject({ TODO: ["Nobody urgent"], IN_PROGRESS: ["Ann low"] });
    const bad = await manager.board(projectId, { assigneeId: { eq: "nope" } });
    expect(problem(bad)).toEqual({ code: "BAD_USER_INPUT", field: "filter.assigneeId.eq" });
  });

  it("is null for a project of another workspace or none, and refuses a malformed id", async () => {
    const { projectId } = await setup();
    const other = boardClient(app, await tokens.forRole(uuidv7(), "OWNER"));
    expect(dataOf(await other.board(projectId))).toEqual({ board: null });
    expect(dataOf(await other.board(uuidv7()))).toEqual({ board: null });
    expect(problem(await other.board("not-an-id"))).toEqual({ code: "BAD_USER_INPUT", field: "projectId" });
  });

  it("is read with a constant number of statements, for 20 cards as for 200, filtered or not", async () => {
    const { manager, projectId } = await setup();
    const statuses = ["TODO", "IN_PROGRESS", "BLOCKED", "IN_REVIEW", "DONE"];
    const add = async (count: number, from: number) => {
      for (let i = from; i < from + count; i++) {
        await manager.task(projectId, { title: `Card ${i}`, status: statuses[i % 5], priority: i % 2 ? "HIGH" : "LOW" });
      }
    };
    const count = async (filter?: Record<string, unknown>) => {
      const { result, statements } = await sql.count(() => manager.board(projectId, filter));
      const board = dataOf(result).board!;
      return { statements: statements.length, cards: board.columns.reduce((sum, column) => sum + column.cards.length, 0) };
    };
    await add(20, 0);
    const few = [await count(), await count({ priority: { eq: "HIGH" } })];
    expect(few.map((c) => c.cards)).toEqual([20, 10]);
    await add(180, 20);
    const many = [await count(), await count({ priority: { eq: "HIGH" } })];
    expect(many.map((c) => c.cards)).toEqual([200, 100]);
    expect(many.map((c) => c.statements)).toEqual(few.map((c) => c.statements));
    expect(few[0]!.statements).toBeLessThanOrEqual(3);
    expect(few[1]!.statements).toBeLessThanOrEqual(4);
  });
});

describe("moveTask", () => {
  /** A board with cards A B C in TODO and X in IN_PROGRESS. */
  async function withCards() {
    const context = await setup();
    const { manager, projectId } = context;
    const [a, b, c] = [
      await manager.task(projectId, { title: "A" }),
      await manager.task(projectId, { title: "B" }),
      await manager.task(projectId, { title: "C" }),
    ];
    const x = await manager.task(projectId, { title: "X", status: "IN_PROGRESS" });
    return { ...context, a: a!, b: b!, c: c!, x };
  }

  it("places a card after, before or between neighbours, or at the end, across columns", async () => {
    const { manager, projectId, a, b, c, x } = await withCards();
    const moved = dataOf(await manager.move({ taskId: x.id, toStatus: "TODO", afterTaskId: a.id, expectedVersion: x.version })).moveTask
      .task;
    expect(moved).toMatchObject({ id: x.id, status: "TODO", version: x.version + 1 });
    expect(titles(await manager.read(projectId)).TODO).toEqual(["A", "X", "B", "C"]);

    dataOf(await manager.move({ taskId: c.id, toStatus: "TODO", beforeTaskId: a.id }));
    expect(titles(await manager.read(projectId)).TODO).toEqual(["C", "A", "X", "B"]);
    dataOf(await manager.move({ taskId: c.id, toStatus: "TODO", afterTaskId: x.id, beforeTaskId: b.id }));
    expect(titles(await manager.read(projectId)).TODO).toEqual(["A", "X", "C", "B"]);
    dataOf(await manager.move({ taskId: a.id, toStatus: "TODO" }));
    expect(titles(await manager.read(projectId)).TODO).toEqual(["X", "C", "B", "A"]);
    dataOf(await manager.move({ taskId: b.id, toStatus: "DONE" }));
    dataOf(await manager.move({ taskId: x.id, toStatus: "DONE", beforeTaskId: b.id }));
    const board = await manager.read(projectId);
    expect(titles(board)).toMatchObject({ TODO: ["C", "A"], DONE: ["X", "B"] });
    expect(board.columns.at(-1)!.cards.map((card) => card.status)).toEqual(["DONE", "DONE"]);
  });

  it("records portfolio.task.moved with the neighbours, and status_changed and completed when the column changes, in the same commit", async () => {
    const { workspaceId, manager, projectId, a, b, x } = await withCards();
    const before = (await eventsOf(workspaceId)).length;
    const moved = dataOf(await manager.move({ taskId: x.id, toStatus: "DONE" })).moveTask.task;
    dataOf(await manager.move({ taskId: b.id, toStatus: "TODO", beforeTaskId: a.id }));
    const events = (await eventsOf(workspaceId)).slice(before).map((row) => ({ type: row.type, subject: row.subjectId, data: row.data }));
    expect(events).toEqual([
      {
        type: portfolioEvents.taskMoved.name,
        subject: x.id,
        data: { projectId, from: "IN_PROGRESS", to: "DONE", rank: moved.rank, afterTaskId: null, beforeTaskId: null, rebalanced: false },
      },
      { type: portfolioEvents.taskStatusChanged.name, subject: x.id, data: { projectId, from: "IN_PROGRESS", to: "DONE" } },
      {
        type: portfolioEvents.taskCompleted.name,
        subject: x.id,
        data: { projectId, assigneeId: null, dueDate: null, completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      },
      // DONE counts 100: the project's progress rose (moveTask records no task.updated: the move is task.moved).
      { type: portfolioEvents.projectProgressChanged.name, subject: projectId, data: expect.objectContaining({ projectId }) },
      {
        type: portfolioEvents.taskMoved.name,
        subject: b.id,
        data: { projectId, from: "TODO", to: "TODO", rank: expect.any(String), afterTaskId: null, beforeTaskId: a.id, rebalanced: false },
      },
    ]);
  });

  it("fails with CONFLICT and the current version when expectedVersion is stale, changing nothing", async () => {
    const { workspaceId, manager, projectId, a, x } = await withCards();
    dataOf(await manager.move({ taskId: a.id, toStatus: "IN_REVIEW", expectedVersion: a.version }));
    const before = await manager.read(projectId);
    const eventCount = (await eventsOf(workspaceId)).length;
    const stale = await manager.move({ taskId: a.id, toStatus: "DONE", afterTaskId: null, expectedVersion: a.version });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(a.version + 1);
    expect(await manager.read(projectId)).toEqual(before);
    expect(await eventsOf(workspaceId)).toHaveLength(eventCount);
    expect(dataOf(await manager.move({ taskId: x.id, toStatus: "TODO", expectedVersion: x.version })).moveTask.task.version).toBe(
      x.version + 1,
    );
  });

  it("refuses neighbours that are not next to each other any more with CONFLICT", async () => {
    const { manager, projectId, a, b, c } = await withCards();
    // B before A: they were neighbours in that order only in a view that is no longer true.
    const result = await manager.move({ taskId: c.id, toStatus: "TODO", afterTaskId: b.id, beforeTaskId: a.id });
    expect(errorCodes(result)).toEqual(["CONFLICT"]);
    dataOf(await manager.move({ taskId: c.id, toStatus: "TODO", afterTaskId: a.id }));
    const gap = await manager.move({ taskId: c.id, toStatus: "DONE" });
    expect(errorCodes(gap)).toEqual([]);
    const x = await manager.task(projectId, { title: "Late" });
    // A, B, Late: A and Late are not neighbours.
    const notAdjacent = await manager.move({ taskId: c.id, toStatus: "TODO", afterTaskId: a.id, beforeTaskId: x.id });
    expect(errorCodes(notAdjacent)).toEqual(["CONFLICT"]);
    expect(notAdjacent.errors?.[0]?.message).toMatch(/no longer next to each other/);
  });

  it("answers bad input with BAD_USER_INPUT naming the field, unknown tasks with NOT_FOUND, and writes nothing", async () => {
    const { workspaceId, manager, projectId, a, b } = await withCards();
    const otherProject = await manager.project();
    const stranger = await manager.task(otherProject, { title: "Elsewhere" });
    const foreign = boardClient(app, await tokens.forRole(uuidv7(), "OWNER"));
    const foreignProject = await foreign.project();
    const foreignTask = await foreign.task(foreignProject);
    const before = { board: await manager.read(projectId), events: (await eventsOf(workspaceId)).length };

    const cases: [Record<string, unknown>, { code: string; field?: string }][] = [
      [
        { taskId: a.id, toStatus: "TODO", afterTaskId: a.id },
        { code: "BAD_USER_INPUT", field: "input.afterTaskId" },
      ],
      [
        { taskId: a.id, toStatus: "TODO", beforeTaskId: a.id },
        { code: "BAD_USER_INPUT", field: "input.beforeTaskId" },
      ],
      [
        { taskId: a.id, toStatus: "TODO", afterTaskId: b.id, beforeTaskId: b.id },
        { code: "BAD_USER_INPUT", field: "input.beforeTaskId" },
      ],
      [
        { taskId: a.id, toStatus: "TODO", afterTaskId: stranger.id },
        { code: "BAD_USER_INPUT", field: "input.afterTaskId" },
      ],
      [
        { taskId: a.id, toStatus: "TODO", afterTaskId: foreignTask.id },
        { code: "BAD_USER_INPUT", field: "input.afterTaskId" },
      ],
      [
        { taskId: a.id, toStatus: "TODO", beforeTaskId: uuidv7() },
        { code: "BAD_USER_INPUT", field: "input.beforeTaskId" },
      ],
      [
        { taskId: a.id, toStatus: "TODO", afterTaskId: "nope" },
        { code: "BAD_USER_INPUT", field: "input.afterTaskId" },
      ],
      [
        { taskId: "nope", toStatus: "TODO" },
        { code: "BAD_USER_INPUT", field: "input.taskId" },
      ],
      [{ taskId: uuidv7(), toStatus: "TODO" }, { code: "NOT_FOUND" }],
      [{ taskId: foreignTask.id, toStatus: "TODO" }, { code: "NOT_FOUND" }],
      [
        { taskId: stranger.id, toStatus: "TODO", afterTaskId: a.id },
        { code: "BAD_USER_INPUT", field: "input.afterTaskId" },
      ],
    ];
    for (const [input, expected] of cases) {
      expect(problem(await manager.move(input)), JSON.stringify(input)).toEqual({ field: undefined, ...expected });
    }
    const unknownStatus = await manager.move({ taskId: a.id, toStatus: "SLEEPING" });
    expect(errorCodes(unknownStatus)).toEqual(["BAD_USER_INPUT"]);
    // The same answer for another workspace's neighbour as for one that exists nowhere.
    const [theirs, nowhere] = [
      await manager.move({ taskId: a.id, toStatus: "TODO", afterTaskId: foreignTask.id }),
      await manager.move({ taskId: a.id, toStatus: "TODO", afterTaskId: uuidv7() }),
    ];
    expect(theirs.errors?.[0]?.message.replace(foreignTask.id, "<id>")).toBe(nowhere.errors?.[0]?.message.replace(/[0-9a-f-]{36}/, "<id>"));
    expect(await manager.read(projectId)).toEqual(before.board);
    expect(await eventsOf(workspaceId)).toHaveLength(before.events);
    expect(titles(await foreign.read(foreignProject)).TODO).toEqual(["Card"]);
  });

  it("lets a MEMBER move unassigned cards and their own, not others', and a VIEWER none", async () => {
    const ws = await createWorkspace(workspacesApp, tokens);
    const manager = boardClient(app, ws.token);
    const projectId = await manager.project();
    const [ann, bob] = [await ws.member(), await ws.member()];
    const asAnn = boardClient(app, await tokens.forRole(ws.workspaceId, "MEMBER", ann));
    const own = await manager.task(projectId, { title: "Ann's", assigneeId: ann });
    const free = await manager.task(projectId, { title: "Free" });
    const bobs = await manager.task(projectId, { title: "Bob's", assigneeId: bob });
    expect(errorCodes(await asAnn.move({ taskId: own.id, toStatus: "IN_PROGRESS" }))).toEqual([]);
    expect(errorCodes(await asAnn.move({ taskId: free.id, toStatus: "IN_PROGRESS", afterTaskId: own.id }))).toEqual([]);
    expect(errorCodes(await asAnn.move({ taskId: bobs.id, toStatus: "IN_PROGRESS" }))).toEqual(["FORBIDDEN"]);
    const asViewer = boardClient(app, await tokens.forRole(ws.workspaceId, "VIEWER"));
    expect(errorCodes(await asViewer.move({ taskId: free.id, toStatus: "DONE" }))).toEqual(["FORBIDDEN"]);
    expect(titles(await manager.read(projectId))).toMatchObject({ TODO: ["Bob's"], IN_PROGRESS: ["Ann's", "Free"] });
    // The same rule holds for updateTask and deleteTask.
    const update = await asAnn.run(`mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id } } }`, {
      i: { id: bobs.id, title: "Mine now" },
    });
    expect(errorCodes(update)).toEqual(["FORBIDDEN"]);
    const remove = await asAnn.run(`mutation($i: DeleteTaskInput!) { deleteTask(input: $i) { deletedTaskId } }`, { i: { id: bobs.id } });
    expect(errorCodes(remove)).toEqual(["FORBIDDEN"]);
  });

  it("enforces a column's WIP limit on cards entering it (moves, status changes, new tasks), with CONFLICT naming the column", async () => {
    const { manager, projectId, a, b, c } = await withCards();
    const columns = DEFAULT_COLUMNS.map((column) => (column.status === "IN_PROGRESS" ? { ...column, wipLimit: 2 } : column));
    dataOf(await manager.updateWorkflow({ projectId, columns }));
    dataOf(await manager.move({ taskId: a.id, toStatus: "IN_PROGRESS" }));
    const full = await manager.move({ taskId: b.id, toStatus: "IN_PROGRESS" });
    expect(errorCodes(full)).toEqual(["CONFLICT"]);
    expect(full.errors?.[0]?.message).toMatch(/"In progress".*WIP limit of 2/);
    expect(full.errors?.[0]?.extensions).toMatchObject({ column: "In progress", status: "IN_PROGRESS", wipLimit: 2 });
    // Reordering within the full column is not entering it.
    const [first] = (await manager.read(projectId)).columns[1]!.cards;
    expect(errorCodes(await manager.move({ taskId: first!.id, toStatus: "IN_PROGRESS" }))).toEqual([]);
    const viaUpdate = await manager.run(`mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id } } }`, {
      i: { id: c.id, status: "IN_PROGRESS" },
    });
    expect(errorCodes(viaUpdate)).toEqual(["CONFLICT"]);
    expect(errorCodes(await manager.createTask({ projectId, status: "IN_PROGRESS" }))).toEqual(["CONFLICT"]);
    expect(titles(await manager.read(projectId)).IN_PROGRESS).toEqual(["A", "X"]);
  });

  it("rewrites a column's ranks when a key grows past the limit, keeping the order and the other cards' versions", async () => {
    const { workspaceId, manager, projectId } = await setup();
    const anchor = await manager.task(projectId, { title: "Anchor" });
    const cards = [await manager.task(projectId, { title: "P" }), await manager.task(projectId, { title: "Q" })];
    const tail = await manager.task(projectId, { title: "Tail" });
    let moves = 0;
    let longest = 0;
    for (; moves < 400; moves++) {
      // Always right after the anchor: the new key lands between the anchor and the other card's.
      const card = cards[moves % 2]!;
      const { rank } = dataOf(await manager.move({ taskId: card.id, toStatus: "TODO", afterTaskId: anchor.id })).moveTask.task;
      longest = Math.max(longest, rank.length);
      const [last] = await eventsOf(workspaceId, portfolioEvents.taskMoved.name).then((rows) => rows.slice(-1));
      if ((last!.data as { rebalanced: boolean }).rebalanced) break;
    }
    expect(moves).toBeLessThan(400);
    expect(longest).toBeLessThanOrEqual(MAX_RANK_LENGTH);
    const board = await manager.read(projectId);
    const todo = board.columns[0]!.cards;
    expect(todo.map((card) => card.title)).toEqual(["Anchor", moves % 2 ? "Q" : "P", moves % 2 ? "P" : "Q", "Tail"]);
    expect(Math.max(...todo.map((card) => card.rank.length))).toBeLessThanOrEqual(3);
    expect(todo.find((card) => card.id === anchor.id)!.version).toBe(anchor.version);
    expect(todo.find((card) => card.id === tail.id)!.version).toBe(tail.version);
  });
});

describe("updateWorkflow", () => {
  it("reorders, renames and drops columns of statuses without tasks, bumping the version", async () => {
    const { manager, projectId } = await setup();
    await manager.task(projectId, { title: "Todo" });
    await manager.task(projectId, { title: "Shipped", status: "DONE" });
    const columns = [
      { status: "TODO", name: " Backlog ", category: "TODO" },
      { status: "IN_PROGRESS", name: "Doing", category: "IN_PROGRESS", wipLimit: 3 },
      { status: "DONE", name: "Shipped", category: "DONE", wipLimit: null },
    ];
    const board = dataOf(await manager.updateWorkflow({ projectId, columns, expectedVersion: 1 })).updateWorkflow.board;
    expect(board).toMatchObject({ id: projectId, version: 2 });
    expect(board.columns.map((column) => [column.status, column.name, column.wipLimit, column.cards.length])).toEqual([
      ["TODO", "Backlog", null, 1],
      ["IN_PROGRESS", "Doing", 3, 0],
      ["DONE", "Shipped", null, 1],
    ]);
    const read = await manager.read(projectId);
    expect(read.version).toBe(2);
    expect(read.columns.map((column) => column.name)).toEqual(["Backlog", "Doing", "Shipped"]);

    const stale = await manager.updateWorkflow({ projectId, columns, expectedVersion: 1 });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);

    // A status without a column takes no task, by move, update or creation.
    const [todo] = read.columns[0]!.cards;
    expect(problem(await manager.move({ taskId: todo!.id, toStatus: "BLOCKED" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.toStatus",
    });
    expect(problem(await manager.createTask({ projectId, status: "IN_REVIEW" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.status",
    });
    const update = await manager.run(`mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id } } }`, {
      i: { id: todo!.id, status: "BLOCKED" },
    });
    expect(problem(update)).toEqual({ code: "BAD_USER_INPUT", field: "input.status" });
  });

  it("refuses bad columns naming the field, and writes nothing", async () => {
    const { manager, projectId } = await setup();
    await manager.task(projectId, { title: "Blocked", status: "BLOCKED" });
    const column = (status: string, extra: Record<string, unknown> = {}) => ({ status, name: status, category: "TODO", ...extra });
    const cases: [unknown[], string][] = [
      [[], "input.columns"],
      [[column("TODO"), column("BLOCKED"), column("TODO")], "input.columns[2].status"],
      [[column("BLOCKED", { name: "  " })], "input.columns[0].name"],
      [[column("BLOCKED", { name: "x".repeat(81) })], "input.columns[0].name"],
      [[column("BLOCKED", { wipLimit: 0 })], "input.columns[0].wipLimit"],
      [[column("TODO"), column("DONE")], "input.columns"],
    ];
    for (const [columns, field] of cases) {
      const result = await manager.updateWorkflow({ projectId, columns });
      expect(problem(result), field).toEqual({ code: "BAD_USER_INPUT", field });
    }
    expect(problem(await manager.updateWorkflow({ projectId: "nope", columns: [column("BLOCKED")] }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.projectId",
    });
    expect(errorCodes(await manager.updateWorkflow({ projectId: uuidv7(), columns: [column("BLOCKED")] }))).toEqual(["NOT_FOUND"]);
    const board: BoardView = await manager.read(projectId);
    expect(board.version).toBe(1);
    expect(board.columns).toHaveLength(5);
  });

  it("is for managers: a MEMBER is refused by the access matrix", async () => {
    const { workspaceId, projectId } = await setup();
    const member = boardClient(app, await someone(tokens, workspaceId, "MEMBER"));
    const result = await member.updateWorkflow({ projectId, columns: DEFAULT_COLUMNS });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", requiredAccess: "MANAGE_PROJECTS" });
  });
});
