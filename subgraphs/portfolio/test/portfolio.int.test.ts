import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { type RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf, errorCodes, execute, type SqlCounter, type TestTokens } from "@plateau/test-kit";
import { createWorkspace } from "./workspaces.js";
import { startPortfolioHarness, type PortfolioHarness } from "./harness.js";

let app: RunningSubgraph;
/** Where assignees and owners are checked: the real workspaces subgraph. */
let workspacesApp: RunningSubgraph;
let tokens: TestTokens;
let sql: SqlCounter;

let harness: PortfolioHarness | undefined;
beforeAll(async () => {
  harness = await startPortfolioHarness();
  ({ app, workspacesApp, tokens, sql } = harness);
});
afterAll(() => harness?.close());

/** A fresh workspace with a manager's token: tests never see each other's rows. */
async function workspace() {
  const workspaceId = uuidv7();
  return { workspaceId, token: await tokens.forRole(workspaceId, "MANAGER") };
}

const CREATE_PROJECT = `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id key name version status startDate endDate } } }`;
const CREATE_TASK = `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id title status version } } }`;

async function createProject(token: string, input: Record<string, unknown> = {}) {
  const result = await execute<{ createProject: { project: { id: string; version: number } } }>(app.url, CREATE_PROJECT, {
    token,
    variables: { i: { name: "Cloud Migration", key: `K${Math.floor(Math.random() * 1e6)}`, ...input } },
  });
  return dataOf(result).createProject.project;
}

async function createTask(token: string, input: Record<string, unknown>) {
  return dataOf(
    await execute<{ createTask: { task: { id: string; version: number } } }>(app.url, CREATE_TASK, {
      token,
      variables: { i: { title: "Task", ...input } },
    }),
  ).createTask.task;
}

describe("projects", () => {
  it("creates, reads, updates with optimistic locking, and deletes a project", async () => {
    const { token } = await workspace();
    const project = await createProject(token, {
      name: "  Vulnerabilities Remediation ",
      key: "vuln",
      startDate: "2026-01-05",
      endDate: "2026-06-30",
    });
    expect(project).toMatchObject({
      name: "Vulnerabilities Remediation",
      key: "VULN",
      version: 1,
      status: "PLANNED",
      startDate: "2026-01-05",
    });

    const updated = await execute(
      app.url,
      `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { status health version } } }`,
      {
        token,
        variables: { i: { id: project.id, expectedVersion: 1, status: "ACTIVE", health: "AT_RISK" } },
      },
    );
    expect(dataOf(updated)).toEqual({ updateProject: { project: { status: "ACTIVE", health: "AT_RISK", version: 2 } } });

    const stale = await execute(app.url, `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { id } } }`, {
      token,
      variables: { i: { id: project.id, expectedVersion: 1, name: "Overwritten" } },
    });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);

    const read = await execute<{ project: { name: string } }>(app.url, `query($id: ID!) { project(id: $id) { name } }`, {
      token,
      variables: { id: project.id },
    });
    expect(dataOf(read).project.name).toBe("Vulnerabilities Remediation");

    await execute(app.url, `mutation($i: DeleteProjectInput!) { deleteProject(input: $i) { deletedProjectId } }`, {
      token,
      variables: { i: { id: project.id } },
    });
    const gone = await execute(app.url, `query($id: ID!) { project(id: $id) { id } }`, { token, variables: { id: project.id } });
    expect(dataOf(gone)).toEqual({ project: null });
  });

  it("rejects bad input naming the field and writes nothing", async () => {
    const { token } = await workspace();
    const badDates = await execute(app.url, CREATE_PROJECT, {
      token,
      variables: { i: { name: "X", key: "DATES", startDate: "2026-05-01", endDate: "2026-04-01" } },
    });
    expect(errorCodes(badDates)).toEqual(["BAD_USER_INPUT"]);
    expect(badDates.errors?.[0]?.extensions?.fields).toEqual([{ field: "input.endDate", message: expect.stringContaining("2026-05-01") }]);

    const badKey = await execute(app.url, CREATE_PROJECT, { token, variables: { i: { name: "X", key: "1-bad" } } });
    expect(badKey.errors?.[0]?.extensions?.fields).toEqual([{ field: "input.key", message: expect.any(String) }]);

    const notADate = await execute(app.url, CREATE_PROJECT, {
      token,
      variables: { i: { name: "X", key: "NOTDATE", startDate: "2026-02-30" } },
    });
    expect(errorCodes(notADate)).toEqual(["BAD_USER_INPUT"]);

    await createProject(token, { key: "DUP" });
    const duplicate = await execute(app.url, CREATE_PROJECT, { token, variables: { i: { name: "Again", key: "DUP" } } });
    expect(errorCodes(duplicate)).toEqual(["CONFLICT"]);

    const list = await execute<{ projects: { totalCount: number } }>(app.url, `{ projects { totalCount } }`, { token });
    expect(dataOf(list).projects.totalCount).toBe(1);
  });

  it("paginates with cursors, filters, and bounds the page size", async () => {
    const { token } = await workspace();
    for (const [index, name] of ["Alpha", "Bravo", "Charlie", "Delta", "Echo"].entries()) {
      await createProject(token, { name, key: `P${index}X`, status: index % 2 ? "ACTIVE" : "PLANNED" });
    }
    const query = `query($after: String, $f: ProjectFilter) { projects(first: 2, after: $after, filter: $f, orderBy: { field: NAME, direction: DESC }) {
      totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`;
    type Page = { projects: { totalCount: number; nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = dataOf(await execute<Page>(app.url, query, { token }));
    expect(first.projects.nodes.map((p) => p.name)).toEqual(["Echo", "Delta"]);
    expect(first.projects.totalCount).toBe(5);
    const second = dataOf(await execute<Page>(app.url, query, { token, variables: { after: first.projects.pageInfo.endCursor } }));
    expect(second.projects.nodes.map((p) => p.name)).toEqual(["Charlie", "Bravo"]);

    const active = dataOf(await execute<Page>(app.url, query, { token, variables: { f: { status: { eq: "ACTIVE" } } } }));
    expect(active.projects.nodes.map((p) => p.name)).toEqual(["Delta", "Bravo"]);
    const either = dataOf(
      await execute<Page>(app.url, query, { token, variables: { f: { or: [{ name: { contains: "ha" } }, { name: { eq: "Echo" } }] } } }),
    );
    expect(either.projects.nodes.map((p) => p.name)).toEqual(["Echo", "Charlie"]);

    const tooMany = await execute(app.url, `{ projects(first: 101) { totalCount } }`, { token });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "first" }] });
    const badCursor = await execute(app.url, `{ projects(after: "garbage") { totalCount } }`, { token });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "after" }] });
    const badId = await execute(app.url, `{ projects(filter: { id: { in: ["nope"] } }) { totalCount } }`, { token });
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "filter.id.in" }] });
    const unknownEnum = await execute(app.url, `query($f: ProjectFilter) { projects(filter: $f) { totalCount } }`, {
      token,
      variables: { f: { status: { eq: "SLEEPING" } } },
    });
    expect(errorCodes(unknownEnum)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("tasks", () => {
  it("builds a task tree and derives project progress from leaf tasks weighted by estimate", async () => {
    const { token } = await workspace();
    const project = await createProject(token);
    const parent = await createTask(token, { projectId: project.id, title: "Harden servers", estimateHours: 100 });
    await createTask(token, { projectId: project.id, parentId: parent.id, title: "Member servers", estimateHours: 6, status: "DONE" });
    await createTask(token, { projectId: project.id, parentId: parent.id, title: "Domain controllers", estimateHours: 2, completion: 20 });
    await createTask(token, { projectId: project.id, title: "Rotate credentials", estimateHours: 2 });
    const result = await execute<{
      project: { progress: number; taskCount: number; tasks: { nodes: { title: string; children: { title: string }[] }[] } };
    }>(
      app.url,
      `query($id: ID!) { project(id: $id) { progress taskCount tasks(filter: { parentId: { isNull: true } }) { nodes { title children { title } } } } }`,
      { token, variables: { id: project.id } },
    );
    const data = dataOf(result).project;
    // Leaves: 6h at 100%, 2h at 20%, 2h at 0% → (600 + 40) / 10 = 64; the parent's own estimate does not count.
    expect(data.progress).toBe(64);
    expect(data.taskCount).toBe(4);
    expect(data.tasks.nodes).toEqual([
      { title: "Harden servers", children: [{ title: "Member servers" }, { title: "Domain controllers" }] },
      { title: "Rotate credentials", children: [] },
    ]);
  });

  it("refuses a parent from another project, bad completion, and unknown projects", async () => {
    const { token } = await workspace();
    const a = await createProject(token);
    const b = await createProject(token);
    const parentInA = await createTask(token, { projectId: a.id });
    const crossProject = await execute(app.url, CREATE_TASK, {
      token,
      variables: { i: { projectId: b.id, parentId: parentInA.id, title: "Child" } },
    });
    expect(crossProject.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "input.parentId" }] });
    const completion = await execute(app.url, CREATE_TASK, { token, variables: { i: { projectId: a.id, title: "T", completion: 150 } } });
    expect(completion.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "input.completion" }] });
    const unknown = await execute(app.url, CREATE_TASK, { token, variables: { i: { projectId: uuidv7(), title: "T" } } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "input.projectId" }] });
    const count = await execute<{ tasks: { totalCount: number } }>(app.url, `{ tasks { totalCount } }`, { token });
    expect(dataOf(count).tasks.totalCount).toBe(1);
  });

  it("loads 200 tasks with their project, parent and assignee in a constant number of statements", async () => {
    const { token, member } = await createWorkspace(workspacesApp, tokens);
    const assignees = [await member(), await member(), await member()];
    const project = await createProject(token);
    const root = await createTask(token, { projectId: project.id, title: "Root" });
    const query = `{ tasks(first: 100) { nodes { id project { name progress } parent { title } assignee { id } } } }`;
    const countFor = async () => (await sql.count(() => execute(app.url, query, { token }))).statements.length;
    for (let i = 0; i < 10; i++) await createTask(token, { projectId: project.id, parentId: root.id, assigneeId: assignees[i % 3] });
    const few = await countFor();
    for (let i = 0; i < 89; i++) await createTask(token, { projectId: project.id, parentId: root.id, assigneeId: assignees[i % 3] });
    const many = await countFor();
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(6);
  });
});

describe("assignees and owners", () => {
  const TASK = `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id assignee { id } } } }`;
  const UPDATE_TASK = `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id version assignee { id } } } }`;
  const PROJECT = `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id owner { id } } } }`;
  const UPDATE_PROJECT = `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { id version owner { id } } } }`;
  const fieldOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    (result.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.[0]?.field;

  it("accepts members of the caller's workspace, and the caller", async () => {
    const ws = await createWorkspace(workspacesApp, tokens);
    const [member, viewer] = [await ws.member(), await ws.member("VIEWER")];
    const project = await createProject(ws.token, { ownerId: viewer });
    const created = await execute(app.url, TASK, {
      token: ws.token,
      variables: { i: { projectId: project.id, title: "Assigned", assigneeId: member } },
    });
    const task = (dataOf(created) as { createTask: { task: { id: string; assignee: { id: string } } } }).createTask.task;
    expect(task.assignee).toEqual({ id: member });
    const reassigned = await execute(app.url, UPDATE_TASK, { token: ws.token, variables: { i: { id: task.id, assigneeId: ws.userId } } });
    expect(dataOf(reassigned)).toMatchObject({ updateTask: { task: { assignee: { id: ws.userId } } } });
    const owned = await execute(app.url, UPDATE_PROJECT, { token: ws.token, variables: { i: { id: project.id, ownerId: member } } });
    expect(dataOf(owned)).toMatchObject({ updateProject: { project: { owner: { id: member } } } });
  });

  it("refuses a user of another workspace exactly as one that exists nowhere, naming the field, and changes nothing", async () => {
    const ws = await createWorkspace(workspacesApp, tokens);
    const other = await createWorkspace(workspacesApp, tokens);
    const project = await createProject(ws.token);
    const task = await createTask(ws.token, { projectId: project.id });
    const answers = new Set<string>();
    for (const userId of [other.userId, await other.member(), uuidv7()]) {
      const attempts: [string, Record<string, unknown>, string][] = [
        [TASK, { projectId: project.id, title: "Intruder", assigneeId: userId }, "input.assigneeId"],
        [UPDATE_TASK, { id: task.id, assigneeId: userId }, "input.assigneeId"],
        [PROJECT, { name: "Intruder", key: `X${Math.floor(Math.random() * 1e6)}`, ownerId: userId }, "input.ownerId"],
        [UPDATE_PROJECT, { id: project.id, ownerId: userId }, "input.ownerId"],
      ];
      for (const [mutation, input, field] of attempts) {
        const result = await execute(app.url, mutation, { token: ws.token, variables: { i: input } });
        expect(errorCodes(result), field).toEqual(["BAD_USER_INPUT"]);
        expect(fieldOf(result)).toBe(field);
        answers.add(result.errors![0]!.message.replace(userId, "<id>").replace(field, "<field>"));
      }
    }
    expect([...answers]).toHaveLength(1);
    const after = await execute<{ projects: { totalCount: number }; tasks: { nodes: { version: number; assignee: null }[] } }>(
      app.url,
      `{ projects { totalCount } tasks { nodes { version assignee { id } } } }`,
      { token: ws.token },
    );
    expect(dataOf(after)).toEqual({ projects: { totalCount: 1 }, tasks: { nodes: [{ version: 1, assignee: null }] } });
  });
});

describe("tenant isolation", () => {
  it("never shows another workspace's rows by id, list, nested field or _entities", async () => {
    const a = await workspace();
    const b = await workspace();
    const project = await createProject(a.token);
    const task = await createTask(a.token, { projectId: project.id });
    const byId = await execute(app.url, `query($p: ID!, $t: ID!) { project(id: $p) { id } task(id: $t) { id } }`, {
      token: b.token,
      variables: { p: project.id, t: task.id },
    });
    expect(dataOf(byId)).toEqual({ project: null, task: null });
    const lists = await execute<{ projects: { totalCount: number }; tasks: { totalCount: number } }>(
      app.url,
      `query($p: ID!) { projects(filter: { id: { eq: $p } }) { totalCount } tasks { totalCount } }`,
      { token: b.token, variables: { p: project.id } },
    );
    expect(dataOf(lists)).toEqual({ projects: { totalCount: 0 }, tasks: { totalCount: 0 } });
    const entities = await execute<{ _entities: unknown[] }>(
      app.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id name } ... on Task { id title } } }`,
      {
        token: b.token,
        variables: {
          r: [
            { __typename: "Project", id: project.id },
            { __typename: "Task", id: task.id },
          ],
        },
      },
    );
    expect(dataOf(entities)._entities).toEqual([null, null]);
    const own = await execute<{ _entities: unknown[] }>(
      app.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id } } }`,
      {
        token: a.token,
        variables: { r: [{ __typename: "Project", id: project.id }] },
      },
    );
    expect(dataOf(own)._entities).toEqual([{ id: project.id }]);
    const update = await execute(app.url, `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id } } }`, {
      token: b.token,
      variables: { i: { id: task.id, title: "hijacked" } },
    });
    expect(errorCodes(update)).toEqual(["NOT_FOUND"]);
  });

  it("answers UNAUTHENTICATED without a valid token, but serves _service", async () => {
    const anonymous = await execute(app.url, `{ projects { totalCount } }`);
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    const expired = await execute(app.url, `{ projects { totalCount } }`, {
      token: await tokens.sign({ sub: uuidv7(), sid: uuidv7(), wid: uuidv7(), wrole: "OWNER" }, { expiresIn: "-1m" }),
    });
    expect(expired.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(/expired/) });
    const wrongAudience = await execute(app.url, `{ projects { totalCount } }`, {
      token: await tokens.sign({ sub: uuidv7(), sid: uuidv7(), wid: uuidv7(), wrole: "OWNER" }, { audience: "someone-else" }),
    });
    expect(errorCodes(wrongAudience)).toEqual(["UNAUTHENTICATED"]);
    const service = await execute<{ _service: { sdl: string } }>(app.url, `{ _service { sdl } }`);
    expect(dataOf(service)._service.sdl).toContain("type Project");
  });
});
