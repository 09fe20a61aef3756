import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portfolioEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { eventsOf, freshWorkspace, problem, startProjectsHarness, type ProjectsHarness, type StatusUpdateView } from "./projects-client.js";

let harness: ProjectsHarness;

beforeAll(async () => {
  harness = await startProjectsHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe("project fields", () => {
  it("creates a project with category, budget, team and description, and reads them back", async () => {
    const { client, workspaceId } = await freshWorkspace(harness);
    const security = await client.category("Security", "#aa3300");
    const teamId = uuidv7();
    harness.identity.addTeam(workspaceId, teamId);
    const project = await client.project({
      key: "vault",
      name: "Secrets vault",
      description: "Rotate every secret",
      categoryId: security.id,
      budget: { amount: "125000.5", currency: "eur" },
      teamId,
      status: "ACTIVE",
      startDate: "2026-01-05",
      endDate: "2026-06-30",
    });
    expect(project).toMatchObject({
      key: "VAULT",
      description: "Rotate every secret",
      status: "ACTIVE",
      health: "ON_TRACK",
      category: { id: security.id, name: "Security", color: "#AA3300" },
      budget: { amount: "125000.50", currency: "EUR" },
      team: { id: teamId },
      archived: false,
      archivedAt: null,
      baselineStartDate: null,
      baselineEndDate: null,
      scheduleSlipDays: null,
      progress: 0,
    });
    expect(await client.read(project.id)).toEqual(project);
  });

  it("writes budgets with their currency's decimals, changes and clears budget, category and team", async () => {
    const { client, workspaceId } = await freshWorkspace(harness);
    const infra = await client.category("Infrastructure");
    const teamId = uuidv7();
    harness.identity.addTeam(workspaceId, teamId);
    const project = await client.project({ budget: { amount: "5000", currency: "JPY" } });
    expect(project.budget).toEqual({ amount: "5000", currency: "JPY" });

    const changed = dataOf(
      await client.updateProject({
        id: project.id,
        expectedVersion: 1,
        budget: { amount: "12.345", currency: "BHD" },
        categoryId: infra.id,
        teamId,
      }),
    ).updateProject.project;
    expect(changed).toMatchObject({ budget: { amount: "12.345", currency: "BHD" }, category: { name: "Infrastructure" }, version: 2 });

    const cleared = dataOf(await client.updateProject({ id: project.id, budget: null, categoryId: null, teamId: null })).updateProject
      .project;
    expect(cleared).toMatchObject({ budget: null, category: null, team: null, version: 3 });
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const { client } = await freshWorkspace(harness);
    const other = await freshWorkspace(harness);
    const foreignCategory = await other.client.category("Theirs");
    // A team of another workspace is refused like one that exists nowhere (identity answers null for both).
    const foreignTeam = uuidv7();
    harness.identity.addTeam(other.workspaceId, foreignTeam);

    const cases: [Record<string, unknown>, string][] = [
      [{ startDate: "2026-05-01", endDate: "2026-04-30" }, "input.endDate"],
      [{ budget: { amount: "100", currency: "EUX" } }, "input.budget.currency"],
      [{ budget: { amount: "100", currency: "euro" } }, "input.budget.currency"],
      [{ budget: { amount: "-5", currency: "EUR" } }, "input.budget.amount"],
      [{ budget: { amount: "1.005", currency: "EUR" } }, "input.budget.amount"],
      [{ budget: { amount: "12abc", currency: "USD" } }, "input.budget.amount"],
      [{ teamId: "team-7" }, "input.teamId"],
      [{ teamId: foreignTeam }, "input.teamId"],
      [{ teamId: uuidv7() }, "input.teamId"],
      [{ categoryId: "not-an-id" }, "input.categoryId"],
    ];
    for (const [input, field] of cases) {
      const result = await client.createProject(input);
      expect(problem(result), JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }

    // Another workspace's category is answered exactly as one that does not exist.
    const unknownId = uuidv7();
    const unknown = problem(await client.createProject({ categoryId: unknownId }));
    const foreign = problem(await client.createProject({ categoryId: foreignCategory.id }));
    expect(unknown).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.categoryId",
      message: `input.categoryId: no project category ${unknownId} in this workspace`,
    });
    expect(foreign).toEqual({ ...unknown, message: unknown.message!.replace(unknownId, foreignCategory.id) });
    expect(await client.list()).toEqual([]);

    // An edit that moves the end before the stored start names the end, and changes nothing.
    const project = await client.project({ startDate: "2026-03-01", endDate: "2026-03-31", name: "Kept" });
    const early = await client.updateProject({ id: project.id, endDate: "2026-02-28", name: "Lost" });
    expect(problem(early)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.endDate" });
    const late = await client.updateProject({ id: project.id, startDate: "2026-04-01" });
    expect(problem(late)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.endDate" });
    const badCurrency = await client.updateProject({ id: project.id, name: "Lost", budget: { amount: "1", currency: "XYZ" } });
    expect(problem(badCurrency)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.budget.currency" });
    expect(await client.read(project.id)).toMatchObject({ name: "Kept", endDate: "2026-03-31", budget: null, version: 1 });
  });

  it("filters by status, health, category (or none) and team", async () => {
    const { client, workspaceId } = await freshWorkspace(harness);
    const security = await client.category("Security");
    const teamId = uuidv7();
    harness.identity.addTeam(workspaceId, teamId);
    await client.project({ key: "AAA", status: "ACTIVE", categoryId: security.id, teamId });
    await client.project({ key: "BBB", status: "PLANNED", health: "AT_RISK" });
    await client.project({ key: "CCC", status: "ACTIVE", health: "OFF_TRACK", categoryId: security.id });

    expect(await client.list({ status: { eq: "ACTIVE" } })).toEqual(["AAA", "CCC"]);
    expect(await client.list({ health: { in: ["AT_RISK", "OFF_TRACK"] } })).toEqual(["BBB", "CCC"]);
    expect(await client.list({ categoryId: { eq: security.id } })).toEqual(["AAA", "CCC"]);
    expect(await client.list({ categoryId: { isNull: true } })).toEqual(["BBB"]);
    expect(await client.list({ teamId: { eq: teamId } })).toEqual(["AAA"]);
    expect(await client.list({ or: [{ key: { eq: "BBB" } }, { health: { eq: "OFF_TRACK" } }] })).toEqual(["BBB", "CCC"]);
    expect(problem(await client.run(`{ projects(filter: { categoryId: { eq: "x" } }) { totalCount } }`))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.categoryId.eq",
    });
  });
});

describe("progress", () => {
  it("weighs leaf tasks by estimate, an unestimated one as 1 hour, DONE as 100%, and leaves parents out", async () => {
    const { client } = await freshWorkspace(harness);
    const project = await client.project();
    await client.createTask(project.id, { estimateHours: 10, status: "DONE" });
    await client.createTask(project.id, { estimateHours: 30, completion: 50 });
    await client.createTask(project.id, { completion: 0 });
    // A parent's own figures do not count: its subtasks do.
    const parent = await client.createTask(project.id, { estimateHours: 1000, completion: 0 });
    await client.createTask(project.id, { parentId: parent.id, estimateHours: 9, completion: 100 });
    // (10·100 + 30·50 + 1·0 + 9·100) / (10 + 30 + 1 + 9) = 3400 / 50
    expect((await client.read(project.id))!.progress).toBe(68);

    const other = await client.project();
    await client.createTask(other.id, { completion: 25 });
    await client.createTask(other.id, { completion: 75 });
    await client.createTask(other.id, { completion: 0, estimateHours: 0 });
    expect((await client.read(other.id))!.progress).toBe(50);
  });
});

describe("status updates", () => {
  it("keeps a history newest first, sets the project's health, and records health changes only", async () => {
    const { client, workspaceId, userId } = await freshWorkspace(harness);
    const project = await client.project();

    const first = dataOf(await client.postStatus(project.id, "AT_RISK", "  Vendor late  ")).postProjectStatusUpdate;
    expect(first.statusUpdate).toMatchObject({
      text: "Vendor late",
      health: "AT_RISK",
      author: { id: userId },
      project: { id: project.id },
    });
    expect(first.project).toEqual({ health: "AT_RISK", version: 2 });
    const same = dataOf(await client.postStatus(project.id, "AT_RISK", "Still late")).postProjectStatusUpdate;
    expect(same.project).toEqual({ health: "AT_RISK", version: 2 });
    const back = dataOf(await client.postStatus(project.id, "ON_TRACK", "Delivered")).postProjectStatusUpdate;
    expect(back.project.health).toBe("ON_TRACK");

    const page = (first: number, after?: string) =>
      client.run<{
        project: {
          statusUpdates: { totalCount: number; nodes: StatusUpdateView[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        };
      }>(
        `query($id: ID!, $first: Int, $after: String) { project(id: $id) { statusUpdates(first: $first, after: $after) {
          totalCount nodes { id text health createdAt author { id } project { id } } pageInfo { hasNextPage endCursor } } } }`,
        { id: project.id, first, after },
      );
    const one = dataOf(await page(2)).project.statusUpdates;
    expect(one.totalCount).toBe(3);
    expect(one.nodes.map((n) => n.text)).toEqual(["Delivered", "Still late"]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = dataOf(await page(2, one.pageInfo.endCursor)).project.statusUpdates;
    expect(two.nodes.map((n) => n.text)).toEqual(["Vendor late"]);
    expect(two.pageInfo.hasNextPage).toBe(false);

    const events = await eventsOf(harness.app, workspaceId, portfolioEvents.projectHealthChanged.name);
    expect(events.map((e) => ({ subject: e.subjectId, actor: e.actorId, data: e.data }))).toEqual([
      {
        subject: project.id,
        actor: userId,
        data: { projectId: project.id, from: "ON_TRACK", to: "AT_RISK", statusUpdateId: first.statusUpdate.id },
      },
      {
        subject: project.id,
        actor: userId,
        data: { projectId: project.id, from: "AT_RISK", to: "ON_TRACK", statusUpdateId: back.statusUpdate.id },
      },
    ]);
  });

  it("records a health change made through updateProject too, and nothing for other edits", async () => {
    const { client, workspaceId } = await freshWorkspace(harness);
    const project = await client.project();
    dataOf(await client.updateProject({ id: project.id, name: "Renamed" }));
    dataOf(await client.updateProject({ id: project.id, health: "OFF_TRACK" }));
    const events = await eventsOf(harness.app, workspaceId, portfolioEvents.projectHealthChanged.name);
    expect(events.map((e) => e.data)).toEqual([{ projectId: project.id, from: "ON_TRACK", to: "OFF_TRACK", statusUpdateId: null }]);
  });

  it("refuses empty text, unknown projects and callers below MANAGER, writing nothing", async () => {
    const { client, as, workspaceId } = await freshWorkspace(harness);
    const project = await client.project();
    expect(problem(await client.postStatus(project.id, "AT_RISK", "   "))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
    expect(problem(await client.postStatus(project.id, "AT_RISK", "x".repeat(10_001)))).toMatchObject({ field: "input.text" });
    expect(problem(await client.postStatus(uuidv7(), "AT_RISK", "Hello"))).toMatchObject({ code: "NOT_FOUND" });
    for (const role of ["MEMBER", "VIEWER"] as const) {
      expect(problem(await (await as(role)).postStatus(project.id, "OFF_TRACK", "Nope"))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await client.read(project.id)).toMatchObject({ health: "ON_TRACK", version: 1 });
    expect(await eventsOf(harness.app, workspaceId, portfolioEvents.projectHealthChanged.name)).toEqual([]);
  });
});

describe("archiving", () => {
  it("hides archived projects from projects unless asked, keeps them readable, and restores them", async () => {
    const { client, workspaceId } = await freshWorkspace(harness);
    const kept = await client.project({ key: "KEPT" });
    const old = await client.project({ key: "OLD" });

    const archived = dataOf(await client.archive(old.id, 1)).archiveProject.project;
    expect(archived).toMatchObject({ archived: true, version: 2 });
    expect(Date.parse(archived.archivedAt!)).toBeGreaterThan(Date.now() - 60_000);

    expect(await client.list()).toEqual(["KEPT"]);
    expect(await client.list({ archived: true })).toEqual(["OLD"]);
    expect(await client.list({ archived: false })).toEqual(["KEPT"]);
    expect(await client.list({ or: [{ archived: true }, { key: { eq: "KEPT" } }] })).toEqual(["KEPT", "OLD"]);
    expect((await client.read(old.id))!.archived).toBe(true);
    const viaWorkspace = await client.run<{ _entities: { projects: { nodes: { key: string }[] } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Workspace { projects { nodes { key } } } } }`,
      { r: [{ __typename: "Workspace", id: workspaceId }] },
    );
    expect(dataOf(viaWorkspace)._entities[0]!.projects.nodes.map((n) => n.key)).toEqual(["KEPT"]);

    expect(problem(await client.archive(old.id))).toMatchObject({ code: "CONFLICT" });
    expect(problem(await client.restore(kept.id))).toMatchObject({ code: "CONFLICT", message: `Project KEPT is not archived` });
    expect(problem(await client.restore(old.id, 1))).toMatchObject({ code: "CONFLICT" });

    const restored = dataOf(await client.restore(old.id, 2)).restoreProject.project;
    expect(restored).toMatchObject({ archived: false, archivedAt: null, version: 3 });
    expect(await client.list()).toEqual(["KEPT", "OLD"]);
    expect(dataOf(await client.updateProject({ id: old.id, name: "Editable again" })).updateProject.project.name).toBe("Editable again");

    const events = await eventsOf(harness.app, workspaceId);
    expect(events.filter((e) => e.subjectTypename === "Project").map((e) => [e.type, e.subjectId])).toEqual([
      [portfolioEvents.projectArchived.name, old.id],
      [portfolioEvents.projectRestored.name, old.id],
      [portfolioEvents.projectUpdated.name, old.id],
    ]);
  });

  it("makes an archived project and its tasks read-only with CONFLICT, but lets it be deleted", async () => {
    const { client } = await freshWorkspace(harness);
    const project = await client.project({ key: "FROZEN" });
    const task = await client.createTask(project.id, { title: "Before" });
    const other = await client.createTask(project.id, { title: "Other" });
    const milestone = dataOf(
      await client.run<{ createMilestone: { milestone: { id: string } } }>(
        `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`,
        { i: { projectId: project.id, name: "Gate", dueDate: "2027-01-31" } },
      ),
    ).createMilestone.milestone;
    dataOf(await client.archive(project.id));

    const refused = [
      await client.updateProject({ id: project.id, name: "No" }),
      await client.postStatus(project.id, "OFF_TRACK", "No"),
      await client.run(`mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } } }`, {
        i: { projectId: project.id, title: "No" },
      }),
      await client.run(`mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id } } }`, { i: { id: task.id, title: "No" } }),
      await client.run(`mutation($i: DeleteTaskInput!) { deleteTask(input: $i) { deletedTaskId } }`, { i: { id: task.id } }),
      // The board, the timeline's dependencies and baseline, and milestones are the project's too.
      await client.run(`mutation($i: MoveTaskInput!) { moveTask(input: $i) { task { id } } }`, {
        i: { taskId: task.id, toStatus: "DONE" },
      }),
      await client.run(`mutation($i: UpdateWorkflowInput!) { updateWorkflow(input: $i) { board { id } } }`, {
        i: { projectId: project.id, columns: [{ status: "TODO", name: "All", category: "TODO" }] },
      }),
      await client.run(`mutation($i: AddTaskDependencyInput!) { addTaskDependency(input: $i) { dependency { id } } }`, {
        i: { predecessorId: task.id, successorId: other.id },
      }),
      await client.run(`mutation($i: SetProjectBaselineInput!) { setProjectBaseline(input: $i) { __typename } }`, {
        i: { projectId: project.id },
      }),
      await client.run(`mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`, {
        i: { projectId: project.id, name: "No", dueDate: "2027-01-31" },
      }),
      await client.run(`mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { milestone { id } } }`, {
        i: { id: milestone.id, name: "No" },
      }),
      await client.run(`mutation($i: MilestoneTasksInput!) { linkMilestoneTasks(input: $i) { milestone { id } } }`, {
        i: { milestoneId: milestone.id, taskIds: [task.id] },
      }),
    ];
    for (const result of refused) {
      expect(problem(result)).toMatchObject({
        code: "CONFLICT",
        message: "Project FROZEN is archived and read-only; restore it (restoreProject) to change it or its tasks",
      });
    }
    const read = await client.run<{ project: { name: string; health: string; tasks: { nodes: { title: string; version: number }[] } } }>(
      `query($id: ID!) { project(id: $id) { name health tasks { nodes { title version } } } }`,
      { id: project.id },
    );
    expect(dataOf(read).project).toEqual({
      name: "Project",
      health: "ON_TRACK",
      tasks: {
        nodes: [
          { title: "Before", version: 1 },
          { title: "Other", version: 1 },
        ],
      },
    });

    const deleted = await client.run(`mutation($i: DeleteProjectInput!) { deleteProject(input: $i) { deletedProjectId } }`, {
      i: { id: project.id },
    });
    expect(dataOf(deleted)).toEqual({ deleteProject: { deletedProjectId: project.id } });
  });

  it("lets only MANAGER and above archive and restore", async () => {
    const { client, as } = await freshWorkspace(harness);
    const project = await client.project();
    for (const role of ["MEMBER", "VIEWER"] as const) {
      expect(problem(await (await as(role)).archive(project.id))).toMatchObject({ code: "FORBIDDEN" });
    }
    dataOf(await (await as("ADMIN")).archive(project.id));
    expect(problem(await (await as("MEMBER")).restore(project.id))).toMatchObject({ code: "FORBIDDEN" });
    expect(dataOf(await (await as("OWNER")).restore(project.id)).restoreProject.project.archived).toBe(false);
  });
});
