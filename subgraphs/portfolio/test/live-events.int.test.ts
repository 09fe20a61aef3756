import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataChangedEvent, portfolioEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { OutboxEvent } from "@plateau/subgraph-kit";
import { dataOf, execute } from "@plateau/test-kit";
import { startProjectsHarness, type ProjectsHarness } from "./projects-client.js";

/**
 * The events the gateway turns into `boardChanged`, `taskChanged` and `projectChanged` (docs/api/live-updates.md), and
 * `project.progress_changed`, which insights reads its risk figures from: what each mutation records
 * in the outbox, in its transaction.
 */
let harness: ProjectsHarness;
beforeAll(async () => {
  harness = await startProjectsHarness();
});
afterAll(() => harness?.close());

interface TaskView {
  id: string;
  rank: string;
  version: number;
}

/** A manager of a fresh workspace, with shortcuts for the mutations these tests make. */
async function manager() {
  const workspaceId = uuidv7();
  const token = await harness.tokens.forRole(workspaceId, "MANAGER");
  const run = async <T>(query: string, input: Record<string, unknown>) =>
    dataOf(await execute<T>(harness.app.url, query, { token, variables: { i: input } }));
  const api = {
    workspaceId,
    async project(input: Record<string, unknown> = {}): Promise<string> {
      const data = await run<{ createProject: { project: { id: string } } }>(
        `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }`,
        { name: "Live", key: `L${Math.floor(Math.random() * 1e8)}`, ...input },
      );
      return data.createProject.project.id;
    },
    async task(projectId: string, input: Record<string, unknown> = {}): Promise<TaskView> {
      const data = await run<{ createTask: { task: TaskView } }>(
        `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id rank version } } }`,
        { projectId, title: "Card", ...input },
      );
      return data.createTask.task;
    },
    update: (input: Record<string, unknown>) =>
      run<{ updateTask: { task: TaskView } }>(
        `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id rank version } } }`,
        input,
      ),
    move: (input: Record<string, unknown>) =>
      run<{ moveTask: { task: TaskView } }>(`mutation($i: MoveTaskInput!) { moveTask(input: $i) { task { id rank version } } }`, input),
    remove: (id: string) => run(`mutation($i: DeleteTaskInput!) { deleteTask(input: $i) { deletedTaskId } }`, { id }),
    updateProject: (input: Record<string, unknown>) =>
      run(`mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { id } } }`, input),
    updateWorkflow: (input: Record<string, unknown>) =>
      run<{ updateWorkflow: { board: { version: number } } }>(
        `mutation($i: UpdateWorkflowInput!) { updateWorkflow(input: $i) { board { version } } }`,
        input,
      ),
    /** What `Project` answers for the figures `progress_changed` carries. */
    async figures(projectId: string) {
      const data = await run<{ project: { progress: number; blockedTaskCount: number; startDate: string | null; endDate: string | null } }>(
        `query($i: ID!) { project(id: $i) { progress blockedTaskCount startDate endDate } }`,
        projectId as never,
      );
      return data.project;
    },
    /** The workspace's domain events, oldest first (the audit log's left out), from index `from` on. */
    async events(from = 0) {
      const rows = await harness.app.database.asOwner((em) =>
        em.find(
          OutboxEvent,
          { workspaceId, type: { $ne: dataChangedEvent("portfolio").name } },
          { orderBy: { id: "asc" }, filters: false },
        ),
      );
      return rows.slice(from).map((row) => {
        const event = row.toEvent();
        return { type: event.type, subject: event.subject, data: event.data as Record<string, unknown> };
      });
    },
  };
  return api;
}

const ofType = <E extends { type: string }>(events: E[], type: string) => events.filter((event) => event.type === type);

const WORKFLOW = [
  { status: "TODO", name: "Backlog", category: "TODO" },
  { status: "IN_PROGRESS", name: "Doing", category: "IN_PROGRESS" },
  { status: "BLOCKED", name: "Stuck", category: "IN_PROGRESS" },
  { status: "IN_REVIEW", name: "Review", category: "IN_PROGRESS" },
  { status: "DONE", name: "Shipped", category: "DONE", wipLimit: 50 },
];

describe(portfolioEvents.taskCreated.name, () => {
  it("carries the card's rank and its neighbours in its column at creation", async () => {
    const api = await manager();
    const projectId = await api.project();
    const first = await api.task(projectId);
    const second = await api.task(projectId);
    const elsewhere = await api.task(projectId, { status: "IN_REVIEW" });

    const created = ofType(await api.events(), portfolioEvents.taskCreated.name).map((event) => [event.subject.id, event.data]);
    expect(created).toEqual([
      [first.id, expect.objectContaining({ projectId, rank: first.rank, afterTaskId: null, beforeTaskId: null })],
      [second.id, expect.objectContaining({ projectId, rank: second.rank, afterTaskId: first.id, beforeTaskId: null })],
      [elsewhere.id, expect.objectContaining({ status: "IN_REVIEW", rank: elsewhere.rank, afterTaskId: null, beforeTaskId: null })],
    ]);
  });
});

describe(portfolioEvents.taskUpdated.name, () => {
  it("names the Task fields an edit changed, and is not recorded when nothing changed", async () => {
    const api = await manager();
    const projectId = await api.project();
    const task = await api.task(projectId, { title: "Draft", labels: ["ops"] });
    const start = (await api.events()).length;

    await api.update({ id: task.id, title: "Final", priority: "HIGH", dueDate: "2026-12-24" });
    await api.update({ id: task.id, title: "Final", priority: "HIGH", dueDate: "2026-12-24", labels: ["ops"] });
    await api.update({ id: task.id, labels: ["ops", "db"], estimateHours: 5, description: "Why" });

    expect(await api.events(start)).toEqual([
      {
        type: portfolioEvents.taskUpdated.name,
        subject: { typename: "Task", id: task.id },
        data: {
          projectId,
          changedFields: ["title", "priority", "dueDate"],
          status: "TODO",
          assigneeId: null,
          dueDate: "2026-12-24",
          estimateHours: null,
          completedAt: null,
          requiredSkills: [],
        },
      },
      // The same values again: no change, no event.
      {
        type: portfolioEvents.taskUpdated.name,
        subject: { typename: "Task", id: task.id },
        data: {
          projectId,
          changedFields: ["description", "estimateHours", "labels"],
          status: "TODO",
          assigneeId: null,
          dueDate: "2026-12-24",
          estimateHours: 5,
          completedAt: null,
          requiredSkills: [],
        },
      },
    ]);
  });

  it("is not recorded for a board move (task.moved) nor for a new parent alone (task.moved_in_tree)", async () => {
    const api = await manager();
    const projectId = await api.project();
    const parent = await api.task(projectId, { title: "Parent" });
    const task = await api.task(projectId);
    const start = (await api.events()).length;

    await api.move({ taskId: task.id, toStatus: "TODO", beforeTaskId: parent.id });
    await api.update({ id: task.id, parentId: parent.id });

    const types = (await api.events(start)).map((event) => event.type);
    expect(types).toContain(portfolioEvents.taskMoved.name);
    expect(types).toContain(portfolioEvents.taskMovedInTree.name);
    expect(types).not.toContain(portfolioEvents.taskUpdated.name);
  });
});

describe(portfolioEvents.taskDeleted.name, () => {
  it("is recorded once per deleted task, its descendants included, each with its parent", async () => {
    const api = await manager();
    const projectId = await api.project();
    const root = await api.task(projectId, { title: "Root" });
    const child = await api.task(projectId, { title: "Child", parentId: root.id });
    const grandchild = await api.task(projectId, { title: "Grandchild", parentId: child.id });
    const sibling = await api.task(projectId, { title: "Sibling", parentId: root.id });
    await api.task(projectId, { title: "Kept", status: "DONE" });
    const start = (await api.events()).length;

    await api.remove(root.id);

    const events = await api.events(start);
    expect(ofType(events, portfolioEvents.taskDeleted.name)).toEqual([
      { type: portfolioEvents.taskDeleted.name, subject: { typename: "Task", id: root.id }, data: { projectId, parentId: null } },
      ...[child, sibling]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((task) => ({
          type: portfolioEvents.taskDeleted.name,
          subject: { typename: "Task", id: task.id },
          data: { projectId, parentId: root.id },
        })),
      { type: portfolioEvents.taskDeleted.name, subject: { typename: "Task", id: grandchild.id }, data: { projectId, parentId: child.id } },
    ]);
    // Only the DONE task is left: progress went from 33.3 (two open leaves and a DONE one, each weighing 1) to 100.
    expect(ofType(events, portfolioEvents.projectProgressChanged.name).map((event) => event.data)).toEqual([
      expect.objectContaining({ progress: 100, previousProgress: 33.3 }),
    ]);
    expect(await api.figures(projectId)).toMatchObject({ progress: 100 });
  });
});

describe(portfolioEvents.projectDeleted.name, () => {
  it("is recorded once, after the task.deleted of each of the project's tasks", async () => {
    const api = await manager();
    const projectId = await api.project();
    const tasks = [await api.task(projectId, { title: "One" }), await api.task(projectId, { title: "Two" })];
    const before = (await api.events()).length;
    dataOf(
      await execute(harness.app.url, `mutation($i: DeleteProjectInput!) { deleteProject(input: $i) { deletedProjectId } }`, {
        token: await harness.tokens.forRole(api.workspaceId, "MANAGER"),
        variables: { i: { id: projectId } },
      }),
    );

    const events = (await api.events(before)).filter((event) =>
      [portfolioEvents.taskDeleted.name, portfolioEvents.projectDeleted.name].includes(event.type),
    );
    expect(events.map((event) => [event.type, event.subject.id])).toEqual([
      ...tasks.map((task) => [portfolioEvents.taskDeleted.name, task.id]).sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
      [portfolioEvents.projectDeleted.name, projectId],
    ]);
    expect(events.at(-1)).toMatchObject({ subject: { typename: "Project", id: projectId }, data: { projectId } });
    // Its tasks' deletions say they go with the project (insights does not evaluate the project after each).
    expect(events.slice(0, -1).map((event) => event.data)).toEqual(
      tasks.map(() => expect.objectContaining({ projectId, withProject: true })),
    );
  });
});

describe(portfolioEvents.workflowChanged.name, () => {
  it("is recorded with the workflow's new version when the columns change, and not for the same columns again", async () => {
    const api = await manager();
    const projectId = await api.project();
    const changed = await api.updateWorkflow({ projectId, columns: WORKFLOW });
    const start = (await api.events()).length;
    const same = await api.updateWorkflow({ projectId, columns: WORKFLOW });

    expect(same.updateWorkflow.board.version).toBe(changed.updateWorkflow.board.version);
    expect(await api.events(start)).toEqual([]);
    expect(ofType(await api.events(), portfolioEvents.workflowChanged.name)).toEqual([
      {
        type: portfolioEvents.workflowChanged.name,
        subject: { typename: "Board", id: projectId },
        data: { projectId, version: changed.updateWorkflow.board.version },
      },
    ]);
  });
});

describe(portfolioEvents.projectUpdated.name, () => {
  it("names the Project fields an edit changed, and is not recorded when nothing changed", async () => {
    const api = await manager();
    const projectId = await api.project({ name: "Apollo" });
    const start = (await api.events()).length;

    await api.updateProject({ id: projectId, name: "Artemis", health: "AT_RISK", description: "Moon" });
    await api.updateProject({ id: projectId, name: "Artemis" });

    const events = await api.events(start);
    expect(ofType(events, portfolioEvents.projectUpdated.name)).toEqual([
      {
        type: portfolioEvents.projectUpdated.name,
        subject: { typename: "Project", id: projectId },
        data: { projectId, changedFields: ["name", "description", "health"] },
      },
    ]);
    expect(events.map((event) => event.type)).toEqual([portfolioEvents.projectHealthChanged.name, portfolioEvents.projectUpdated.name]);
  });
});

describe(portfolioEvents.projectProgressChanged.name, () => {
  it("carries the figures Project shows after the change when a third task moves into BLOCKED", async () => {
    const api = await manager();
    const projectId = await api.project({ startDate: "2026-11-01", endDate: "2026-12-31" });
    const tasks = [await api.task(projectId), await api.task(projectId), await api.task(projectId), await api.task(projectId)];
    await api.move({ taskId: tasks[0]!.id, toStatus: "BLOCKED" });
    await api.update({ id: tasks[1]!.id, status: "BLOCKED" });
    const start = (await api.events()).length;

    await api.move({ taskId: tasks[2]!.id, toStatus: "BLOCKED" });

    const [event, ...more] = ofType(await api.events(start), portfolioEvents.projectProgressChanged.name);
    expect(more).toEqual([]);
    expect(event).toEqual({
      type: portfolioEvents.projectProgressChanged.name,
      subject: { typename: "Project", id: projectId },
      data: {
        projectId,
        progress: 0,
        previousProgress: 0,
        blockedTaskCount: 3,
        previousBlockedTaskCount: 2,
        startDate: "2026-11-01",
        endDate: "2026-12-31",
        teamId: null,
      },
    });
    expect(await api.figures(projectId)).toEqual({ progress: 0, blockedTaskCount: 3, startDate: "2026-11-01", endDate: "2026-12-31" });
  });

  it("rises when a task completes, weighted like Project.progress, and follows completion edits", async () => {
    const api = await manager();
    const projectId = await api.project();
    const big = await api.task(projectId, { estimateHours: 3 });
    const small = await api.task(projectId);
    await api.task(projectId, { estimateHours: 4, completion: 50 });
    const start = (await api.events()).length;

    await api.move({ taskId: big.id, toStatus: "DONE" });
    await api.update({ id: small.id, completion: 40 });

    const events = ofType(await api.events(start), portfolioEvents.projectProgressChanged.name).map((event) => event.data);
    // (3 × 100 + 1 × 0 + 4 × 50) / 8 = 62.5, then (300 + 40 + 200) / 8 = 67.5.
    expect(events).toEqual([
      expect.objectContaining({ progress: 62.5, previousProgress: 25, blockedTaskCount: 0, previousBlockedTaskCount: 0 }),
      expect.objectContaining({ progress: 67.5, previousProgress: 62.5 }),
    ]);
    expect((await api.figures(projectId)).progress).toBe(67.5);
  });

  it("is recorded when a project is created with dates (insights evaluates its schedule before any task), not without", async () => {
    const api = await manager();
    const start = (await api.events()).length;
    const dated = await api.project({ startDate: "2026-11-01", endDate: "2026-12-31" });
    const undated = await api.project();
    expect(ofType(await api.events(start), portfolioEvents.projectProgressChanged.name)).toEqual([
      {
        type: portfolioEvents.projectProgressChanged.name,
        subject: { typename: "Project", id: dated },
        data: {
          projectId: dated,
          progress: 0,
          previousProgress: 0,
          blockedTaskCount: 0,
          previousBlockedTaskCount: 0,
          startDate: "2026-11-01",
          endDate: "2026-12-31",
          teamId: null,
        },
      },
    ]);
    expect(await api.figures(undated)).toEqual({ progress: 0, blockedTaskCount: 0, startDate: null, endDate: null });
  });

  it("is recorded for new project dates, and not when nothing that matters changed", async () => {
    const api = await manager();
    const projectId = await api.project();
    const task = await api.task(projectId, { completion: 10 });
    const start = (await api.events()).length;

    await api.update({ id: task.id, title: "Renamed", dueDate: "2026-12-01" });
    await api.update({ id: task.id, status: "TODO", completion: 10 });
    await api.move({ taskId: task.id, toStatus: "TODO" });
    await api.updateProject({ id: projectId, name: "Renamed too" });
    expect(ofType(await api.events(start), portfolioEvents.projectProgressChanged.name)).toEqual([]);

    await api.updateProject({ id: projectId, endDate: "2027-03-31" });
    expect(ofType(await api.events(start), portfolioEvents.projectProgressChanged.name).map((event) => event.data)).toEqual([
      {
        projectId,
        progress: 10,
        previousProgress: 10,
        blockedTaskCount: 0,
        previousBlockedTaskCount: 0,
        startDate: null,
        endDate: "2027-03-31",
        teamId: null,
      },
    ]);
  });

  it("is recorded for a project born with a team and for every change of its team (insights applies the team's utilisation)", async () => {
    const api = await manager();
    const [teamA, teamB] = [uuidv7(), uuidv7()];
    harness.identity.addTeam(api.workspaceId, teamA);
    harness.identity.addTeam(api.workspaceId, teamB);
    const start = (await api.events()).length;
    const projectId = await api.project({ teamId: teamA });
    await api.updateProject({ id: projectId, teamId: teamB });
    await api.updateProject({ id: projectId, teamId: teamB, name: "Same team" });
    await api.updateProject({ id: projectId, teamId: null });
    const published = ofType(await api.events(start), portfolioEvents.projectProgressChanged.name).map(
      (event) => (event.data as { teamId: string | null }).teamId,
    );
    expect(published).toEqual([teamA, teamB, null]);
  });

  it("is recorded in commit order under concurrent edits of one project, each event following the one before", async () => {
    const api = await manager();
    const projectId = await api.project();
    const tasks = await Promise.all(Array.from({ length: 6 }, () => api.task(projectId)));
    const start = (await api.events()).length;

    await Promise.all(
      tasks.map((task, index) =>
        index % 2 === 0
          ? api.update({ id: task.id, completion: 10 * (index + 1) })
          : api.move({ taskId: task.id, toStatus: index === 1 ? "DONE" : "BLOCKED" }),
      ),
    );

    const events = ofType(await api.events(start), portfolioEvents.projectProgressChanged.name).map((event) => event.data);
    expect(events).toHaveLength(6);
    events.slice(1).forEach((event, index) => {
      expect(event.previousProgress).toBe(events[index]!.progress);
      expect(event.previousBlockedTaskCount).toBe(events[index]!.blockedTaskCount);
    });
    const last = events.at(-1)!;
    expect(await api.figures(projectId)).toEqual({
      progress: last.progress,
      blockedTaskCount: last.blockedTaskCount,
      startDate: null,
      endDate: null,
    });
  });
});
