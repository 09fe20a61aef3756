import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { BOARD, problem, type BoardView } from "./board-client.js";
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

const TITLES = `query($f: TaskFilter) { tasks(filter: $f, first: 100) { nodes { title } } }`;

describe("task labels", () => {
  it("normalises labels: trimmed, unique ignoring case with the first spelling kept; update replaces, null clears", async () => {
    const { client, projectId } = await setup();
    const task = await client.task(projectId, { labels: [" Frontend ", "frontend", "UX", "FRONTEND", "ux "] });
    expect(task.labels).toEqual(["Frontend", "UX"]);
    const updated = dataOf(await client.update({ id: task.id, labels: ["backend", "Backend", "API"] })).updateTask.task;
    expect(updated.labels).toEqual(["backend", "API"]);
    expect(dataOf(await client.update({ id: task.id, title: "Renamed" })).updateTask.task.labels).toEqual(["backend", "API"]);
    expect(dataOf(await client.update({ id: task.id, labels: null })).updateTask.task.labels).toEqual([]);
    expect((await client.task(projectId)).labels).toEqual([]);
  });

  it("refuses empty, too long and too many labels, naming the field, and changes nothing", async () => {
    const { client, projectId } = await setup();
    expect(problem(await client.create({ projectId, labels: ["ok", "  "] }))).toEqual({ code: "BAD_USER_INPUT", field: "input.labels[1]" });
    expect(problem(await client.create({ projectId, labels: ["x".repeat(51)] }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.labels[0]",
    });
    const many = Array.from({ length: 21 }, (_, i) => `label ${i}`);
    expect(problem(await client.create({ projectId, labels: many }))).toEqual({ code: "BAD_USER_INPUT", field: "input.labels" });
    // 25 spellings of 20 labels are 20 labels: allowed.
    const twenty = [...many.slice(0, 20), ...many.slice(0, 5).map((label) => label.toUpperCase())];
    expect((await client.task(projectId, { labels: twenty })).labels).toHaveLength(20);

    const task = await client.task(projectId, { labels: ["keep"] });
    const refused = await client.update({ id: task.id, title: "Changed", labels: ["x".repeat(51)] });
    expect(problem(refused)).toEqual({ code: "BAD_USER_INPUT", field: "input.labels[0]" });
    const again = dataOf(
      await client.run<{ task: { title: string; labels: string[] } }>(`query($id: ID!) { task(id: $id) { title labels } }`, {
        id: task.id,
      }),
    );
    expect(again.task).toEqual({ title: "Task", labels: ["keep"] });
    const bad = await client.run(TITLES, { f: { labels: Array.from({ length: 101 }, (_, i) => `l${i}`) } });
    expect(problem(bad)).toEqual({ code: "BAD_USER_INPUT", field: "filter.labels" });
  });

  it("filters tasks having any of the labels, ignoring case, also inside and/or and on Project.tasks", async () => {
    const { client, projectId } = await setup();
    await client.task(projectId, { title: "Login page", labels: ["Frontend", "UX"] });
    await client.task(projectId, { title: "Token API", labels: ["Backend"], priority: "HIGH" });
    await client.task(projectId, { title: "Style guide", labels: ["ux"] });
    await client.task(projectId, { title: "Unlabelled" });
    const titles = async (filter: Record<string, unknown>) =>
      dataOf(await client.run<{ tasks: { nodes: { title: string }[] } }>(TITLES, { f: filter }))
        .tasks.nodes.map((t) => t.title)
        .sort();

    expect(await titles({ labels: [" UX "] })).toEqual(["Login page", "Style guide"]);
    expect(await titles({ labels: ["backend", "frontend"] })).toEqual(["Login page", "Token API"]);
    expect(await titles({ labels: ["nothing"] })).toEqual([]);
    expect(await titles({ labels: [] })).toEqual([]);
    expect(await titles({ or: [{ labels: ["ux"] }, { priority: { eq: "HIGH" } }] })).toEqual(["Login page", "Style guide", "Token API"]);
    expect(await titles({ and: [{ labels: ["ux"] }, { labels: ["frontend"] }] })).toEqual(["Login page"]);
    expect(await titles({ labels: ["ux"], title: { contains: "style" } })).toEqual(["Style guide"]);

    const project = await client.run<{ project: { tasks: { totalCount: number } } }>(
      `query($id: ID!) { project(id: $id) { tasks(filter: { labels: ["UX"] }) { totalCount } } }`,
      { id: projectId },
    );
    expect(dataOf(project).project.tasks.totalCount).toBe(2);
  });

  it("filters a board's cards by label while its columns keep their whole task counts", async () => {
    const { client, projectId } = await setup();
    await client.task(projectId, { title: "A", labels: ["Bug"] });
    await client.task(projectId, { title: "B", labels: ["feature"], status: "IN_PROGRESS" });
    await client.task(projectId, { title: "C", labels: ["BUG", "feature"], status: "IN_PROGRESS" });
    await client.task(projectId, { title: "D" });
    const board = dataOf(await client.run<{ board: BoardView }>(BOARD, { p: projectId, f: { labels: ["bug"] } })).board;
    const byStatus = Object.fromEntries(
      board.columns.map((column) => [column.status, [column.cards.map((c) => c.title), column.taskCount]]),
    );
    expect(byStatus.TODO).toEqual([["A"], 2]);
    expect(byStatus.IN_PROGRESS).toEqual([["C"], 2]);
    const either = dataOf(
      await client.run<{ board: BoardView }>(BOARD, { p: projectId, f: { or: [{ labels: ["feature"] }, { title: { eq: "D" } }] } }),
    ).board;
    expect(either.columns.flatMap((column) => column.cards.map((card) => card.title)).sort()).toEqual(["B", "C", "D"]);
  });
});
