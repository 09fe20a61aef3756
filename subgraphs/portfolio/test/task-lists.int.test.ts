import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
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

interface Listed {
  id: string;
  title: string;
  dueDate: string | null;
  priority: string;
}
interface TaskPage {
  totalCount: number;
  nodes: Listed[];
  edges: { cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE =
  "totalCount nodes { id title dueDate priority } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
const PROJECT_TASKS = `query($id: ID!, $first: Int, $after: String, $orderBy: TaskOrder) {
  project(id: $id) { tasks(first: $first, after: $after, orderBy: $orderBy) { ${PAGE} } } }`;
const EVERY_PROJECT = `query($first: Int, $after: String) {
  projects(first: 50) { nodes { id tasks(first: $first, after: $after) { ${PAGE} } } } }`;

async function setup() {
  const workspaceId = uuidv7();
  return taskClient(harness.app, await harness.tokens.forRole(workspaceId, "MANAGER"));
}

/** Every page of a project's tasks in `orderBy`, `first` at a time, following `endCursor`. */
async function walk(client: Awaited<ReturnType<typeof setup>>, id: string, first: number, orderBy?: Record<string, string>) {
  const pages: TaskPage[] = [];
  let after: string | null = null;
  do {
    const data: { project: { tasks: TaskPage } } = dataOf(await client.run(PROJECT_TASKS, { id, first, after, orderBy }));
    pages.push(data.project.tasks);
    after = data.project.tasks.pageInfo.hasNextPage ? data.project.tasks.pageInfo.endCursor : null;
  } while (after);
  return pages;
}

const PRIORITIES = ["LOW", "MEDIUM", "HIGH", "URGENT"];

describe("task lists", () => {
  it("pages through a project's tasks in every order, nulls last ascending and first descending, ties by id", async () => {
    const client = await setup();
    const projectId = await client.project();
    const created: Listed[] = [];
    const dueDates = [null, "2027-01-03", "2027-01-01", null, "2027-01-03", "2027-01-02", null];
    for (const [n, dueDate] of dueDates.entries()) {
      const task = await client.task(projectId, { title: `Task ${n}`, dueDate, priority: PRIORITIES[n % 3] });
      created.push({ id: task.id, title: task.title, dueDate, priority: PRIORITIES[n % 3]! });
    }
    const byId = (a: Listed, b: Listed) => (a.id < b.id ? -1 : 1);
    const due = (direction: 1 | -1) => (a: Listed, b: Listed) => {
      if (a.dueDate === b.dueDate) return byId(a, b);
      // PostgreSQL: nulls are the largest values.
      if (a.dueDate === null) return direction;
      if (b.dueDate === null) return -direction;
      return (a.dueDate < b.dueDate ? -1 : 1) * direction;
    };
    const priority = (a: Listed, b: Listed) => PRIORITIES.indexOf(b.priority) - PRIORITIES.indexOf(a.priority) || byId(a, b);
    const orders: [Record<string, string> | undefined, Listed[]][] = [
      [undefined, [...created]],
      [{ field: "DUE_DATE", direction: "ASC" }, [...created].sort(due(1))],
      [{ field: "DUE_DATE", direction: "DESC" }, [...created].sort(due(-1))],
      [{ field: "PRIORITY", direction: "DESC" }, [...created].sort(priority)],
    ];
    for (const [orderBy, expected] of orders) {
      const pages = await walk(client, projectId, 2, orderBy);
      expect(pages.flatMap((page) => page.nodes)).toEqual(expected);
      expect(pages.map((page) => page.nodes.length)).toEqual([2, 2, 2, 1]);
      expect(pages.map((page) => page.totalCount)).toEqual([7, 7, 7, 7]);
      expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual([false, true, true, true]);
      expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, true, false]);
      for (const page of pages) {
        expect(page.pageInfo.startCursor).toBe(page.edges[0]!.cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      }
    }
  });

  it("reads the tasks of a page of projects in one statement, however many projects, each list with its own count", async () => {
    const client = await setup();
    const projects: string[] = [];
    const countFor = async () => {
      type Projects = { projects: { nodes: { id: string; tasks: TaskPage }[] } };
      const { result, statements } = await harness.sql.count(() => client.run<Projects>(EVERY_PROJECT, { first: 2 }));
      return { projects: dataOf(result).projects.nodes, statements };
    };
    for (let n = 0; n < 2; n++) {
      projects.push(await client.project());
      for (let t = 0; t <= n + 1; t++) await client.task(projects[n]!, { title: `P${n} T${t}` });
    }
    const few = await countFor();
    for (let n = 2; n < 6; n++) {
      projects.push(await client.project());
      for (let t = 0; t <= n % 3; t++) await client.task(projects[n]!, { title: `P${n} T${t}` });
    }
    const many = await countFor();
    expect(few.projects).toHaveLength(2);
    expect(many.projects).toHaveLength(6);
    expect(many.statements.length).toBe(few.statements.length);
    expect(many.statements.filter((sql) => /from "portfolio"."task"/.test(sql))).toHaveLength(1);
    const counts = new Map(many.projects.map((project) => [project.id, project.tasks.totalCount]));
    expect(projects.map((id) => counts.get(id))).toEqual([2, 3, 3, 1, 2, 3]);
    for (const project of many.projects) {
      expect(project.tasks.nodes.length).toBe(Math.min(2, project.tasks.totalCount));
      expect(project.tasks.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: project.tasks.totalCount > 2 });
    }
  });

  it("applies one `after` to every project of the page, counting a list that has nothing past it", async () => {
    const client = await setup();
    const early = await client.project();
    await client.task(early, { title: "Early 1" });
    await client.task(early, { title: "Early 2" });
    const late = await client.project();
    const late1 = await client.task(late, { title: "Late 1" });
    const late2 = await client.task(late, { title: "Late 2" });
    const late3 = await client.task(late, { title: "Late 3" });
    const first = dataOf(await client.run<{ project: { tasks: TaskPage } }>(PROJECT_TASKS, { id: late, first: 1 })).project.tasks;
    expect(first.nodes.map((node) => node.id)).toEqual([late1.id]);

    const after = first.pageInfo.endCursor;
    const data = dataOf(await client.run<{ projects: { nodes: { id: string; tasks: TaskPage }[] } }>(EVERY_PROJECT, { first: 1, after }));
    const lists = new Map(data.projects.nodes.map((project) => [project.id, project.tasks]));
    expect(lists.get(late)).toMatchObject({
      totalCount: 3,
      nodes: [expect.objectContaining({ id: late2.id })],
      pageInfo: { hasNextPage: true, hasPreviousPage: true },
    });
    expect(lists.get(early)).toEqual({
      totalCount: 2,
      nodes: [],
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
    const last = dataOf(
      await client.run<{ project: { tasks: TaskPage } }>(PROJECT_TASKS, { id: late, first: 5, after: lists.get(late)!.pageInfo.endCursor }),
    ).project.tasks;
    expect(last.nodes.map((node) => node.id)).toEqual([late3.id]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("refuses a cursor it did not give and a page size out of range, naming the argument", async () => {
    const client = await setup();
    const id = await client.project();
    expect(problem(await client.run(PROJECT_TASKS, { id, after: "not-a-cursor" }))).toEqual({ code: "BAD_USER_INPUT", field: "after" });
    expect(problem(await client.run(PROJECT_TASKS, { id, first: 0 }))).toEqual({ code: "BAD_USER_INPUT", field: "first" });
  });
});
