import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { freshWorkspace, problem, startProjectsHarness, type ProjectsHarness } from "./projects-client.js";

let harness: ProjectsHarness;

beforeAll(async () => {
  harness = await startProjectsHarness();
});
afterAll(async () => {
  await harness?.close();
});

type Client = Awaited<ReturnType<typeof freshWorkspace>>["client"];

const CATEGORIES = `query($first: Int, $after: String) { projectCategories(first: $first, after: $after) {
  totalCount nodes { id name color version projectCount } pageInfo { hasNextPage endCursor } } }`;

const listCategories = async (client: Client, first?: number, after?: string) =>
  dataOf(
    await client.run<{
      projectCategories: {
        totalCount: number;
        nodes: { id: string; name: string; color: string | null; version: number; projectCount: number }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(CATEGORIES, { first, after }),
  ).projectCategories;

const create = (client: Client, input: Record<string, unknown>) =>
  client.run<{ createProjectCategory: { category: { id: string; name: string; color: string | null; version: number } } }>(
    `mutation($i: CreateProjectCategoryInput!) { createProjectCategory(input: $i) { category { id name color version } } }`,
    { i: input },
  );
const update = (client: Client, input: Record<string, unknown>) =>
  client.run<{ updateProjectCategory: { category: { id: string; name: string; color: string | null; version: number } } }>(
    `mutation($i: UpdateProjectCategoryInput!) { updateProjectCategory(input: $i) { category { id name color version } } }`,
    { i: input },
  );
const remove = (client: Client, input: Record<string, unknown>) =>
  client.run<{ deleteProjectCategory: { deletedCategoryId: string } }>(
    `mutation($i: DeleteProjectCategoryInput!) { deleteProjectCategory(input: $i) { deletedCategoryId } }`,
    { i: input },
  );

describe("project categories", () => {
  it("are created, listed by name with how many projects use them, paginated, and renamed with optimistic locking", async () => {
    const { client } = await freshWorkspace(harness);
    const security = await client.category(" Security ", "#c0ffee");
    const infra = await client.category("infrastructure");
    await client.category("Data");
    await client.project({ categoryId: security.id });
    await client.project({ categoryId: security.id });
    await client.project({ categoryId: infra.id });

    const all = await listCategories(client);
    expect(all.totalCount).toBe(3);
    expect(all.nodes.map(({ name, color, projectCount }) => ({ name, color, projectCount }))).toEqual([
      { name: "Data", color: null, projectCount: 0 },
      { name: "infrastructure", color: null, projectCount: 1 },
      { name: "Security", color: "#C0FFEE", projectCount: 2 },
    ]);
    const first = await listCategories(client, 2);
    expect(first.nodes.map((n) => n.name)).toEqual(["Data", "infrastructure"]);
    const second = await listCategories(client, 2, first.pageInfo.endCursor);
    expect(second.nodes.map((n) => n.name)).toEqual(["Security"]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const renamed = dataOf(await update(client, { id: infra.id, expectedVersion: 1, name: "Infrastructure", color: "#123abc" }));
    expect(renamed.updateProjectCategory.category).toEqual({ id: infra.id, name: "Infrastructure", color: "#123ABC", version: 2 });
    const stale = await update(client, { id: infra.id, expectedVersion: 1, name: "Lost" });
    expect(problem(stale)).toMatchObject({ code: "CONFLICT" });
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    const uncoloured = dataOf(await update(client, { id: infra.id, color: null }));
    expect(uncoloured.updateProjectCategory.category).toMatchObject({ name: "Infrastructure", color: null, version: 3 });
  });

  it("keep names unique in a workspace regardless of case, but not across workspaces", async () => {
    const { client } = await freshWorkspace(harness);
    const other = await freshWorkspace(harness);
    const security = await client.category("Security");
    const data = await client.category("Data");
    const duplicate = await create(client, { name: "SECURITY" });
    expect(problem(duplicate)).toMatchObject({
      code: "CONFLICT",
      field: "input.name",
      message: 'A project category named "SECURITY" already exists in this workspace',
    });
    expect(problem(await update(client, { id: data.id, name: "security " }))).toMatchObject({ code: "CONFLICT", field: "input.name" });
    expect(dataOf(await update(client, { id: security.id, name: "SECURITY" })).updateProjectCategory.category.name).toBe("SECURITY");
    expect((await other.client.category("Security")).name).toBe("Security");
    expect((await listCategories(client)).nodes.map((n) => n.name)).toEqual(["Data", "SECURITY"]);
  });

  it("refuse bad names and colours naming the field", async () => {
    const { client } = await freshWorkspace(harness);
    expect(problem(await create(client, { name: "  " }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
    expect(problem(await create(client, { name: "x".repeat(81) }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
    for (const color of ["red", "#12345", "#1234567", "#GG0000"]) {
      expect(problem(await create(client, { name: "Data", color })), color).toMatchObject({ code: "BAD_USER_INPUT", field: "input.color" });
    }
    const category = await client.category("Data");
    expect(problem(await update(client, { id: category.id, color: "blue" }))).toMatchObject({ field: "input.color" });
    expect((await listCategories(client)).nodes).toEqual([{ id: category.id, name: "Data", color: null, version: 1, projectCount: 0 }]);
  });

  it("cannot be deleted while projects use them: CONFLICT saying how many; can once they are cleared", async () => {
    const { client } = await freshWorkspace(harness);
    const security = await client.category("Security");
    const a = await client.project({ categoryId: security.id });
    const b = await client.project({ categoryId: security.id });
    dataOf(await client.archive(b.id));

    const refused = await remove(client, { id: security.id });
    expect(problem(refused)).toMatchObject({
      code: "CONFLICT",
      message: 'Project category "Security" is in use: 2 projects use it; move them to another category or clear theirs first',
    });
    expect(refused.errors?.[0]?.extensions?.projectCount).toBe(2);
    dataOf(await client.updateProject({ id: a.id, categoryId: null }));
    dataOf(await client.restore(b.id));
    expect(problem(await remove(client, { id: security.id }))).toMatchObject({ message: expect.stringContaining("1 project uses it") });
    dataOf(await client.updateProject({ id: b.id, categoryId: null }));

    expect(problem(await remove(client, { id: security.id, expectedVersion: 7 }))).toMatchObject({ code: "CONFLICT" });
    expect(dataOf(await remove(client, { id: security.id, expectedVersion: 1 }))).toEqual({
      deleteProjectCategory: { deletedCategoryId: security.id },
    });
    expect((await listCategories(client)).totalCount).toBe(0);
    expect(problem(await client.createProject({ categoryId: security.id }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.categoryId",
    });
  });

  it("are invisible to other workspaces and changed only by MANAGER and above", async () => {
    const { client, as } = await freshWorkspace(harness);
    const other = await freshWorkspace(harness);
    const security = await client.category("Security");

    expect((await listCategories(other.client)).totalCount).toBe(0);
    expect(problem(await update(other.client, { id: security.id, name: "Mine" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(problem(await remove(other.client, { id: security.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(problem(await update(other.client, { id: uuidv7(), name: "Mine" }))).toMatchObject({ code: "NOT_FOUND" });

    const viewer = await as("VIEWER");
    expect((await listCategories(viewer)).nodes.map((n) => n.name)).toEqual(["Security"]);
    for (const role of ["MEMBER", "VIEWER"] as const) {
      const caller = await as(role);
      expect(problem(await create(caller, { name: role }))).toMatchObject({ code: "FORBIDDEN" });
      expect(problem(await update(caller, { id: security.id, name: role }))).toMatchObject({ code: "FORBIDDEN" });
      expect(problem(await remove(caller, { id: security.id }))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await listCategories(client)).nodes).toMatchObject([{ name: "Security", version: 1 }]);
  });
});
