import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portfolioEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { OutboxEvent } from "@plateau/subgraph-kit";
import { dataOf } from "@plateau/test-kit";
import { problem } from "./board-client.js";
import { startProjectsHarness, type ProjectsHarness } from "./projects-client.js";
import { taskClient } from "./task-client.js";

let harness: ProjectsHarness;

beforeAll(async () => {
  harness = await startProjectsHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function setup() {
  const workspaceId = uuidv7();
  const client = taskClient(harness.app, await harness.tokens.forRole(workspaceId, "MANAGER"));
  return { workspaceId, client, projectId: await client.project() };
}

const TREE = `query($id: ID!) { task(id: $id) {
  id depth descendantCount openDescendantCount
  ancestors { title }
  children { title }
  descendants { depth task { title depth parent { title } } }
} }`;

interface TreeView {
  depth: number;
  descendantCount: number;
  openDescendantCount: number;
  ancestors: { title: string }[];
  children: { title: string }[];
  descendants: { depth: number; task: { title: string; depth: number; parent: { title: string } | null } }[];
}

const readTree = async (client: ReturnType<typeof taskClient>, id: string) =>
  dataOf(await client.run<{ task: TreeView }>(TREE, { id })).task;

const message = (result: { errors?: readonly { message: string }[] }) => result.errors?.[0]?.message ?? "";

describe("task trees", () => {
  it("shows ancestors root first, descendants depth first with their depth, and subtree counts", async () => {
    const { client, projectId } = await setup();
    const a = await client.task(projectId, { title: "A" });
    const b = await client.task(projectId, { title: "B", parentId: a.id });
    const c = await client.task(projectId, { title: "C", parentId: b.id, status: "DONE" });
    await client.task(projectId, { title: "D", parentId: a.id });
    await client.task(projectId, { title: "E", parentId: c.id });

    const root = await readTree(client, a.id);
    expect(root).toMatchObject({ depth: 0, descendantCount: 4, openDescendantCount: 3, ancestors: [] });
    expect(root.children.map((t) => t.title)).toEqual(["B", "D"]);
    expect(root.descendants.map((node) => [node.task.title, node.depth, node.task.depth, node.task.parent?.title])).toEqual([
      ["B", 1, 1, "A"],
      ["C", 2, 2, "B"],
      ["E", 3, 3, "C"],
      ["D", 1, 1, "A"],
    ]);
    const leaf = await readTree(client, (await client.task(projectId, { title: "F", parentId: c.id })).id);
    expect(leaf).toMatchObject({ depth: 3, descendantCount: 0, openDescendantCount: 0, descendants: [], children: [] });
    expect(leaf.ancestors.map((t) => t.title)).toEqual(["A", "B", "C"]);
  });

  it("moves a task with its whole subtree, records portfolio.task.moved_in_tree, and makes a task top-level with null", async () => {
    const { workspaceId, client, projectId } = await setup();
    const a = await client.task(projectId, { title: "A" });
    const b = await client.task(projectId, { title: "B", parentId: a.id });
    const c = await client.task(projectId, { title: "C", parentId: b.id });
    const d = await client.task(projectId, { title: "D" });

    const moved = dataOf(await client.update({ id: b.id, parentId: d.id, expectedVersion: b.version })).updateTask.task;
    expect(moved).toMatchObject({ parent: { id: d.id }, version: b.version + 1 });
    expect((await readTree(client, c.id)).ancestors.map((t) => t.title)).toEqual(["D", "B"]);
    expect(await readTree(client, a.id)).toMatchObject({ descendantCount: 0, children: [] });
    expect((await readTree(client, d.id)).descendants.map((n) => [n.task.title, n.depth])).toEqual([
      ["B", 1],
      ["C", 2],
    ]);

    const top = dataOf(await client.update({ id: b.id, parentId: null })).updateTask.task;
    expect(top.parent).toBeNull();
    expect(await readTree(client, c.id)).toMatchObject({ depth: 1, ancestors: [{ title: "B" }] });

    const events = await harness.app.database.asOwner((em) =>
      em.find(OutboxEvent, { workspaceId, type: portfolioEvents.taskMovedInTree.name }, { orderBy: { id: "asc" }, filters: false }),
    );
    expect(events.map((event) => [event.subjectId, event.data])).toEqual([
      [b.id, { projectId, fromParentId: a.id, toParentId: d.id, descendantCount: 1 }],
      [b.id, { projectId, fromParentId: d.id, toParentId: null, descendantCount: 1 }],
    ]);
  });

  it("refuses cycles naming the path, other projects, unknown parents and too deep trees, changing nothing", async () => {
    const { client, projectId } = await setup();
    const a = await client.task(projectId, { title: "A" });
    const b = await client.task(projectId, { title: "B", parentId: a.id });
    const c = await client.task(projectId, { title: "C", parentId: b.id });

    const cycle = await client.update({ id: a.id, parentId: c.id, title: "Renamed" });
    expect(problem(cycle)).toEqual({ code: "BAD_USER_INPUT", field: "input.parentId" });
    expect(message(cycle)).toContain(`task ${a.id} cannot be its own ancestor: path ${a.id} > ${b.id} > ${c.id}`);
    const own = await client.update({ id: a.id, parentId: a.id });
    expect(problem(own)).toEqual({ code: "BAD_USER_INPUT", field: "input.parentId" });
    expect(message(own)).toContain("cannot be its own ancestor");

    const other = await client.task(await client.project(), { title: "Elsewhere" });
    const elsewhere = await client.update({ id: b.id, parentId: other.id });
    expect(problem(elsewhere)).toEqual({ code: "BAD_USER_INPUT", field: "input.parentId" });
    expect(message(elsewhere)).toContain("another project");
    expect(problem(await client.update({ id: b.id, parentId: uuidv7() }))).toEqual({ code: "BAD_USER_INPUT", field: "input.parentId" });
    expect(problem(await client.update({ id: b.id, parentId: "not-an-id" }))).toEqual({ code: "BAD_USER_INPUT", field: "input.parentId" });

    const unchanged = await readTree(client, a.id);
    expect(unchanged.descendants.map((n) => [n.task.title, n.depth])).toEqual([
      ["B", 1],
      ["C", 2],
    ]);
    const stillA = dataOf(
      await client.run<{ task: { title: string; version: number } }>(`query($id: ID!) { task(id: $id) { title version } }`, { id: a.id }),
    );
    expect(stillA.task).toEqual({ title: "A", version: a.version });
  });

  it("keeps trees at most 50 levels deep, on create and on move", async () => {
    const { client, projectId } = await setup();
    let parentId: string | null = null;
    const chain: string[] = [];
    for (let level = 1; level <= 50; level++) {
      const task = await client.task(projectId, { title: `L${level}`, parentId });
      chain.push(task.id);
      parentId = task.id;
    }
    const tooDeep = await client.create({ projectId, title: "L51", parentId });
    expect(problem(tooDeep)).toEqual({ code: "BAD_USER_INPUT", field: "input.parentId" });
    expect(message(tooDeep)).toContain("at most 50 levels");

    // A two-level subtree fits under level 48 (levels 49 and 50) but not under level 49.
    const top = await client.task(projectId, { title: "Sub" });
    await client.task(projectId, { title: "Sub child", parentId: top.id });
    expect(problem(await client.update({ id: top.id, parentId: chain[48] }))).toEqual({ code: "BAD_USER_INPUT", field: "input.parentId" });
    expect(dataOf(await client.update({ id: top.id, parentId: chain[47] })).updateTask.task.parent).toEqual({ id: chain[47] });
    expect((await readTree(client, chain[0]!)).descendantCount).toBe(51);
  });

  it("lets only one of two crossing re-parentings win, so no cycle can form", async () => {
    const { client, projectId } = await setup();
    for (let round = 0; round < 5; round++) {
      const a = await client.task(projectId, { title: `A${round}` });
      const b = await client.task(projectId, { title: `B${round}` });
      const results = await Promise.all([client.update({ id: a.id, parentId: b.id }), client.update({ id: b.id, parentId: a.id })]);
      const failed = results.filter((result) => result.errors);
      expect(failed).toHaveLength(1);
      expect(problem(failed[0]!)).toEqual({ code: "BAD_USER_INPUT", field: "input.parentId" });
      const [treeA, treeB] = [await readTree(client, a.id), await readTree(client, b.id)];
      expect(treeA.depth + treeB.depth).toBe(1);
    }
  });

  it("keeps completion 0 to 100 and a DONE task at 100", async () => {
    const { client, projectId } = await setup();
    expect(problem(await client.create({ projectId, completion: 101 }))).toEqual({ code: "BAD_USER_INPUT", field: "input.completion" });
    expect(problem(await client.create({ projectId, completion: -1 }))).toEqual({ code: "BAD_USER_INPUT", field: "input.completion" });
    expect(problem(await client.create({ projectId, status: "DONE", completion: 40 }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.completion",
    });
    expect((await client.task(projectId, { status: "DONE" })).completion).toBe(100);
    const task = await client.task(projectId, { completion: 30 });
    expect(dataOf(await client.update({ id: task.id, status: "DONE" })).updateTask.task.completion).toBe(100);
    expect(problem(await client.update({ id: task.id, completion: 50 }))).toEqual({ code: "BAD_USER_INPUT", field: "input.completion" });
    expect(dataOf(await client.update({ id: task.id, status: "IN_PROGRESS", completion: 50 })).updateTask.task).toMatchObject({
      status: "IN_PROGRESS",
      completion: 50,
    });
  });

  it("reads a tree with a number of SQL statements that does not grow with its size (20 vs 200 tasks)", async () => {
    const statementsFor = async (size: number) => {
      const { client, projectId } = await setup();
      const root = await client.task(projectId, { title: "Root" });
      const levels = [root.id];
      for (let i = 1; i < size; i++) {
        // A ternary tree: task i goes under task (i - 1) / 3, so 200 tasks are 5 levels deep.
        const parentId = levels[Math.floor((i - 1) / 3)]!;
        levels.push((await client.task(projectId, { title: `T${i}`, parentId, status: i % 3 === 0 ? "DONE" : "TODO" })).id);
      }
      const { result, statements } = await harness.sql.count(() =>
        client.run<{ task: { descendants: unknown[] } }>(
          `query($id: ID!) { task(id: $id) { descendantCount descendants { depth task {
             id depth descendantCount openDescendantCount ancestors { id } children { id } parent { id } } } } }`,
          { id: root.id },
        ),
      );
      expect(dataOf(result).task.descendants).toHaveLength(size - 1);
      return statements.length;
    };
    const small = await statementsFor(20);
    const large = await statementsFor(200);
    expect(large).toBe(small);
    expect(small).toBeLessThan(15);
  }, 120_000);
});
