import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { collabWorkspace, problem, startCollabHarness, type ActivityView, type CollabHarness } from "./comments-client.js";

let harness: CollabHarness;
beforeAll(async () => {
  harness = await startCollabHarness();
});
afterAll(async () => {
  await harness?.close();
});

const byField = (entries: ActivityView[]) => [...entries].sort((a, b) => String(a.field).localeCompare(String(b.field)));
const changes = (entries: ActivityView[]) => entries.map(({ field, before, after }) => ({ field, before, after }));

describe("Task.activity", () => {
  it("records a task's creation and one entry per changed field with exact before and after, newest first", async () => {
    const ws = await collabWorkspace(harness);
    const { client, userId } = ws;
    const projectId = await client.project();
    const taskId = await client.task(projectId, "Draft", { priority: "LOW" });
    const created = await client.taskActivity(taskId);
    expect(created.totalCount).toBe(1);
    expect(created.nodes[0]).toMatchObject({
      entityType: "Task",
      entityId: taskId,
      action: "CREATED",
      projectId,
      taskId,
      field: null,
      before: null,
      after: expect.objectContaining({ title: "Draft", priority: "LOW", status: "TODO", project: projectId, assigneeId: null }),
      actor: { id: userId },
    });
    expect(Object.keys(created.nodes[0]!.after as object)).not.toEqual(expect.arrayContaining(["version"]));
    expect(created.nodes[0]!.after).not.toHaveProperty("updatedAt");
    expect(created.nodes[0]!.after).not.toHaveProperty("rank");

    const assignee = await ws.member("MEMBER");
    dataOf(
      await client.updateTask({
        id: taskId,
        title: "Final",
        priority: "HIGH",
        assigneeId: assignee,
        dueDate: "2027-03-01",
        expectedVersion: 1,
      }),
    );
    const activity = await client.taskActivity(taskId);
    expect(activity.totalCount).toBe(5);
    const edits = activity.nodes.slice(0, 4);
    expect(edits.every((entry) => entry.action === "UPDATED" && entry.actor?.id === userId && entry.projectId === projectId)).toBe(true);
    expect(changes(byField(edits))).toEqual([
      { field: "assigneeId", before: null, after: assignee },
      { field: "dueDate", before: null, after: "2027-03-01" },
      { field: "priority", before: "LOW", after: "HIGH" },
      { field: "title", before: "Draft", after: "Final" },
    ]);
    expect(activity.nodes[4]!.action).toBe("CREATED");

    // A refused edit logs nothing.
    expect(problem(await client.updateTask({ id: taskId, title: "Stale", expectedVersion: 1 })).code).toBe("CONFLICT");
    expect(problem(await client.updateTask({ id: taskId, startDate: "2027-04-01" })).code).toBe("BAD_USER_INPUT");
    expect((await client.taskActivity(taskId)).totalCount).toBe(5);
  });

  it("records a move to another column as its status and a reorder within a column as one position entry", async () => {
    const { client } = await collabWorkspace(harness);
    const projectId = await client.project();
    const first = await client.task(projectId, "First");
    const second = await client.task(projectId, "Second");
    dataOf(await client.moveTask({ taskId: second, toStatus: "IN_PROGRESS" }));
    const moved = await client.taskActivity(second, { first: 1 });
    expect(changes(moved.nodes)).toEqual([{ field: "status", before: "TODO", after: "IN_PROGRESS" }]);
    expect(moved.totalCount).toBe(2);

    // Second card in TODO goes before the first: only its position changes.
    const third = await client.task(projectId, "Third");
    dataOf(await client.moveTask({ taskId: third, toStatus: "TODO", beforeTaskId: first }));
    const reordered = await client.taskActivity(third);
    expect(reordered.nodes.map(({ action, field, before, after }) => ({ action, field, before, after }))).toEqual([
      { action: "UPDATED", field: "position", before: null, after: null },
      { action: "CREATED", field: null, before: null, after: expect.objectContaining({ title: "Third" }) },
    ]);
  });

  it("shows comments as entries without their text, and pages newest first", async () => {
    const ws = await collabWorkspace(harness);
    const { client } = ws;
    const projectId = await client.project();
    const taskId = await client.task(projectId, "Discuss");
    const comment = await client.comment(taskId, "secret plans");
    dataOf(await client.editComment({ id: comment.id, body: "public plans" }));
    dataOf(await client.deleteComment(comment.id));
    const activity = await client.taskActivity(taskId, { first: 2 });
    expect(activity.totalCount).toBe(4);
    expect(
      activity.nodes.map(({ entityType, entityId, action, field, before, after, taskId: task }) => ({
        entityType,
        entityId,
        action,
        field,
        before,
        after,
        task,
      })),
    ).toEqual([
      { entityType: "Comment", entityId: comment.id, action: "DELETED", field: null, before: null, after: null, task: taskId },
      { entityType: "Comment", entityId: comment.id, action: "UPDATED", field: "body", before: null, after: null, task: taskId },
    ]);
    expect(activity.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await client.taskActivity(taskId, { first: 2, after: activity.pageInfo.endCursor });
    expect(rest.nodes.map((entry) => [entry.entityType, entry.action])).toEqual([
      ["Comment", "CREATED"],
      ["Task", "CREATED"],
    ]);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe("Project.activity", () => {
  it("lists the project's own changes and everything in it, filterable by field, actor and time", async () => {
    const ws = await collabWorkspace(harness);
    const { client, userId } = ws;
    const projectId = await client.project({ name: "Apollo" });
    const other = await ws.as("MANAGER");
    dataOf(await other.client.updateProject({ id: projectId, name: "Artemis", status: "ACTIVE" }));
    const taskId = await client.task(projectId, "Launch");
    dataOf(await client.updateTask({ id: taskId, status: "IN_PROGRESS" }));

    const all = dataOf(await client.projectActivity(projectId)).project.activity;
    // The two fields of one edit share their time: in any order between them.
    const sorted = [...all.nodes.slice(0, 2), ...byField(all.nodes.slice(2, 4)), ...all.nodes.slice(4)];
    expect(sorted.map((entry) => [entry.entityType, entry.action, entry.field])).toEqual([
      ["Task", "UPDATED", "status"],
      ["Task", "CREATED", null],
      ["Project", "UPDATED", "name"],
      ["Project", "UPDATED", "status"],
      ["Project", "CREATED", null],
    ]);
    expect(changes(byField(all.nodes.filter((entry) => entry.entityType === "Project" && entry.action === "UPDATED")))).toEqual([
      { field: "name", before: "Apollo", after: "Artemis" },
      { field: "status", before: "PLANNED", after: "ACTIVE" },
    ]);

    const named = dataOf(await client.projectActivity(projectId, { field: { in: ["name"] } })).project.activity;
    expect(named.nodes.map((entry) => [entry.field, entry.actor?.id])).toEqual([["name", other.userId]]);
    const byOther = dataOf(await client.projectActivity(projectId, { actorId: { eq: other.userId } })).project.activity;
    expect(byOther.totalCount).toBe(2);
    const mine = dataOf(await client.projectActivity(projectId, { actorId: { in: [userId] }, field: { eq: "status" } })).project.activity;
    expect(mine.nodes.map((entry) => [entry.entityType, entry.after])).toEqual([["Task", "IN_PROGRESS"]]);
    const future = dataOf(await client.projectActivity(projectId, { occurredAt: { gte: new Date(Date.now() + 60_000).toISOString() } }));
    expect(future.project.activity.totalCount).toBe(0);
    const recent = dataOf(await client.projectActivity(projectId, { occurredAt: { lt: new Date(Date.now() + 60_000).toISOString() } }));
    expect(recent.project.activity.totalCount).toBe(all.totalCount);

    // and/or combine as in every other filter of the API.
    const either = dataOf(
      await client.projectActivity(projectId, {
        or: [{ actorId: { eq: other.userId } }, { and: [{ field: { eq: "status" } }, { actorId: { eq: userId } }] }],
      }),
    ).project.activity;
    expect(either.nodes.map((entry) => [entry.entityType, entry.field]).sort()).toEqual([
      ["Project", "name"],
      ["Project", "status"],
      ["Task", "status"],
    ]);
    expect(problem(await client.projectActivity(projectId, { actorId: { eq: "nope" } }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.actorId.eq",
    });
    expect(problem(await client.projectActivity(projectId, { or: [{ actorId: { eq: "nope" } }] }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.or[0].actorId.eq",
    });
    // Another workspace sees neither the project nor its activity.
    const stranger = await collabWorkspace(harness);
    expect(dataOf(await stranger.client.projectActivity(projectId)).project).toBeNull();
  });

  it("records workflow edits, status updates and milestone links with the project and its tasks", async () => {
    const ws = await collabWorkspace(harness);
    const { client } = ws;
    const projectId = await client.project({ name: "Hermes" });
    const taskId = await client.task(projectId, "Launch");
    dataOf(
      await client.run(`mutation($i: UpdateWorkflowInput!) { updateWorkflow(input: $i) { board { id } } }`, {
        i: {
          projectId,
          columns: [
            { status: "TODO", name: "Backlog", category: "TODO" },
            { status: "IN_PROGRESS", name: "Doing", category: "IN_PROGRESS", wipLimit: 3 },
            { status: "DONE", name: "Done", category: "DONE" },
          ],
        },
      }),
    );
    dataOf(
      await client.run(`mutation($i: PostProjectStatusUpdateInput!) { postProjectStatusUpdate(input: $i) { statusUpdate { id } } }`, {
        i: { projectId, health: "AT_RISK", text: "Vendor late" },
      }),
    );
    const { createMilestone } = dataOf(
      await client.run<{ createMilestone: { milestone: { id: string } } }>(
        `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`,
        { i: { projectId, name: "Go-live", dueDate: "2027-03-31" } },
      ),
    );
    dataOf(
      await client.run(`mutation($i: MilestoneTasksInput!) { linkMilestoneTasks(input: $i) { milestone { id } } }`, {
        i: { milestoneId: createMilestone.milestone.id, taskIds: [taskId] },
      }),
    );

    const entries = dataOf(await client.projectActivity(projectId)).project.activity.nodes;
    const kinds = entries.map((entry) => `${entry.entityType} ${entry.action}${entry.field ? ` ${entry.field}` : ""}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "Workflow UPDATED columns",
        "ProjectStatusUpdate CREATED",
        "Project UPDATED health",
        "MilestoneTask CREATED",
      ]),
    );
    const status = entries.find((entry) => entry.entityType === "ProjectStatusUpdate")!;
    expect(status.after).toMatchObject({ health: "AT_RISK", text: "Vendor late" });
    const taskEntries = (await client.taskActivity(taskId)).nodes;
    expect(taskEntries.map((entry) => `${entry.entityType} ${entry.action}`)).toContain("MilestoneTask CREATED");
  });
});

describe("statement counts", () => {
  it(
    "reads comments and activity of every task of a project in the same number of statements for 20 or 100 tasks",
    { timeout: 120_000 },
    async () => {
      const ws = await collabWorkspace(harness);
      const { client } = ws;
      const member = await ws.member("MEMBER");
      async function projectWith(tasks: number) {
        const projectId = await client.project();
        for (let index = 0; index < tasks; index++) {
          const taskId = await client.task(projectId, `Task ${index}`);
          await client.comment(taskId, `note @[M](user:${member})`);
        }
        return projectId;
      }
      const query = `query($id: ID!) { project(id: $id) { activity(first: 5) { totalCount nodes { field actor { id } } }
      tasks(first: 100) { nodes { id
        comments(first: 5) { totalCount nodes { id body author { id } mentions { id } } }
        activity(first: 5) { totalCount nodes { entityType field actor { id } } } } } } }`;
      const read = async (projectId: string) => {
        const { result, statements } = await harness.sql.count(() =>
          client.run<{ project: { tasks: { nodes: { comments: { totalCount: number }; activity: { totalCount: number } }[] } } }>(query, {
            id: projectId,
          }),
        );
        const tasks = dataOf(result).project.tasks.nodes;
        return { tasks, statements: statements.length };
      };
      const small = await read(await projectWith(20));
      const large = await read(await projectWith(100));
      expect(small.tasks).toHaveLength(20);
      expect(large.tasks).toHaveLength(100);
      expect(large.tasks.every((task) => task.comments.totalCount === 1 && task.activity.totalCount === 2)).toBe(true);
      expect(large.statements).toBe(small.statements);
      expect(small.statements).toBeLessThan(20);
    },
  );
});

it("refuses a malformed activity cursor", async () => {
  const { client } = await collabWorkspace(harness);
  const taskId = await client.task(await client.project(), "T");
  const result = await client.run(
    `query($id: ID!) { task(id: $id) { activity(after: "${Buffer.from(JSON.stringify(["x", uuidv7()])).toString("base64url")}") { totalCount } } }`,
    {
      id: taskId,
    },
  );
  expect(problem(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
});
