import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Redis } from "ioredis";
import {
  dataChangedEvent,
  InProcessEventBus,
  portfolioEvents,
  RedisEventBus,
  streamName,
  type DeliveredEvent,
  type DomainEvent,
  type EventBus,
} from "@plateau/events";
import { createLogger, uuidv7 } from "@plateau/kernel";
import { OutboxEvent, startOutboxRelay, type RunningSubgraph } from "@plateau/subgraph-kit";
import {
  createTestTokens,
  dataOf,
  errorCodes,
  execute,
  startRedisServer,
  startSubgraphHarness,
  type SqlCounter,
  type SubgraphHarnessOptions,
  type TestTokens,
} from "@plateau/test-kit";
import { workspaces } from "@plateau/workspaces";
import { portfolio } from "../src/index.js";
import { createWorkspace } from "./workspaces.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const STREAM = streamName("portfolio");
const logger = createLogger({ service: "portfolio-events-test", level: process.env.LOG_LEVEL === undefined ? "silent" : undefined });
const WAIT = { timeout: 15_000, interval: 50 };

let tokens: TestTokens;
let admin: Redis;
/** Where assignees are checked: the real workspaces subgraph, shared by every portfolio this file starts. */
let workspacesApp: RunningSubgraph;
const groups: string[] = [];
beforeAll(async () => {
  tokens = await createTestTokens();
  admin = new Redis(REDIS_URL, { protocol: 2 });
  workspacesApp = (await startSubgraphHarness(workspaces, { tokens })).app;
});
afterAll(async () => {
  await workspacesApp?.close();
  // The stream is the real portfolio stream other runs share; only this file's groups go.
  for (const group of groups) await admin.call("XGROUP", "DESTROY", STREAM, group).catch(() => undefined);
  await admin?.quit();
});

/** Portfolio (the kit's harness) relaying to `eventBus`, pointed at the shared workspaces subgraph. */
const start = (eventBus?: EventBus, options: Pick<SubgraphHarnessOptions<unknown>, "outboxIntervalMs" | "database"> = {}) =>
  startSubgraphHarness(portfolio, { tokens, calls: { WORKSPACES_URL: workspacesApp }, eventBus, outboxIntervalMs: 100, ...options });

/** A fresh workspace (in workspaces, so members can be assignees) and a manager in it: events are told apart by workspace. */
const workspace = () => createWorkspace(workspacesApp, tokens);

/** A client of one running subgraph for one workspace. */
function client(app: RunningSubgraph, token: string) {
  const run = <T>(query: string, input: Record<string, unknown>) => execute<T>(app.url, query, { token, variables: { i: input } });
  return {
    run,
    createProject: async () =>
      dataOf(
        await run<{ createProject: { project: { id: string } } }>(
          `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }`,
          { name: "Evented", key: `E${Math.floor(Math.random() * 1e6)}` },
        ),
      ).createProject.project,
    createTask: (input: Record<string, unknown>) =>
      run<{ createTask: { task: { id: string; version: number } } }>(
        `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id version } } }`,
        { title: "Task", ...input },
      ),
    updateTask: (input: Record<string, unknown>) =>
      run<{ updateTask: { task: { id: string; version: number } } }>(
        `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id version status } } }`,
        input,
      ),
    createMilestone: async (projectId: string) =>
      dataOf(
        await run<{ createMilestone: { milestone: { id: string } } }>(
          `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`,
          { projectId, name: "Go live", dueDate: "2026-12-01" },
        ),
      ).createMilestone.milestone,
    updateMilestone: (input: Record<string, unknown>) =>
      run<{ updateMilestone: { milestone: { id: string } } }>(
        `mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { milestone { id status } } }`,
        input,
      ),
  };
}

/** The domain events of one workspace in the outbox, oldest first (the audit log's data changes left out). */
const outboxOf = (app: RunningSubgraph, workspaceId: string) =>
  app.database.asOwner((em) =>
    em.find(OutboxEvent, { workspaceId, type: { $ne: AUDIT_TYPE } }, { orderBy: { id: "asc" }, filters: false }),
  );

/** The audit log's data-change events of one workspace in the outbox, oldest first. */
const auditOf = (app: RunningSubgraph, workspaceId: string) =>
  app.database.asOwner((em) => em.find(OutboxEvent, { workspaceId, type: AUDIT_TYPE }, { orderBy: { id: "asc" }, filters: false }));

const AUDIT_TYPE = dataChangedEvent("portfolio").name;

/** What the rows say, in short: type and data. */
const summary = (rows: OutboxEvent[]) => rows.map((row) => ({ type: row.type, data: row.data }));

/** A consumer group of its own on the portfolio stream from now on, collecting one workspace's events. */
async function consumerGroup(bus: EventBus, workspaceId: string) {
  const group = `portfolio-events-test-${uuidv7().slice(-12)}`;
  groups.push(group);
  const received: DeliveredEvent[] = [];
  const subscription = bus.subscribe({
    stream: STREAM,
    group,
    consumer: "test",
    startAt: "latest",
    handler: async (event) => {
      if (event.workspaceId === workspaceId && event.type !== AUDIT_TYPE) received.push(event);
    },
  });
  await subscription.ready;
  return { received, subscription };
}

/** The subgraph's readiness (`/ready`: database, migrations, keys and the event bus; `/health` is liveness only). */
async function health(app: RunningSubgraph) {
  const response = await fetch(app.url.replace(/\/graphql$/, "/ready"));
  return (await response.json()) as { status: string; checks: Record<string, { status: string }> };
}

describe("the outbox", () => {
  let app: RunningSubgraph;
  beforeAll(async () => {
    app = (await start()).app;
  });
  afterAll(() => app?.close());

  it("records portfolio.task.created, and portfolio.user.assigned for an assignee, in the same commit as the task", async () => {
    const { workspaceId, userId, token, member } = await workspace();
    const api = client(app, token);
    const project = await api.createProject();
    const assigneeId = await member();
    const task = dataOf(await api.createTask({ projectId: project.id, title: "Write the runbook", assigneeId, dueDate: "2026-12-24" }))
      .createTask.task;

    const rows = await outboxOf(app, workspaceId);
    expect(rows.map((row) => row.toEvent())).toEqual([
      {
        id: expect.any(String),
        type: portfolioEvents.taskCreated.name,
        version: 1,
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        workspaceId,
        actorId: userId,
        subject: { typename: "Task", id: task.id },
        data: {
          projectId: project.id,
          parentId: null,
          title: "Write the runbook",
          status: "TODO",
          priority: "MEDIUM",
          assigneeId,
          dueDate: "2026-12-24",
          estimateHours: null,
          requiredSkills: [],
          rank: expect.any(String),
          afterTaskId: null,
          beforeTaskId: null,
        },
      },
      {
        id: expect.any(String),
        type: portfolioEvents.userAssigned.name,
        version: 1,
        occurredAt: expect.any(String),
        workspaceId,
        actorId: userId,
        subject: { typename: "Task", id: task.id },
        data: { taskId: task.id, projectId: project.id, from: null, to: assigneeId },
      },
    ]);
    expect(rows.every((row) => row.relayedAt === null)).toBe(true);
    expect(Date.now() - new Date(rows[0]!.occurredAt).getTime()).toBeLessThan(60_000);
  });

  it("records every data change for the audit log: actor, entity, the changed fields before and after", async () => {
    const { workspaceId, userId, token } = await workspace();
    const api = client(app, token);
    const project = await api.createProject();
    const task = dataOf(await api.createTask({ projectId: project.id, title: "Draft" })).createTask.task;
    dataOf(await api.updateTask({ id: task.id, title: "Final", status: "IN_PROGRESS" }));
    const deleted = await execute(app.url, `mutation($i: DeleteTaskInput!) { deleteTask(input: $i) { deletedTaskId } }`, {
      token,
      variables: { i: { id: task.id } },
    });
    expect(deleted.errors).toBeUndefined();

    const entries = (await auditOf(app, workspaceId)).map((row) => row.toEvent());
    expect(entries.map((entry) => [entry.subject.typename, (entry.data as { action: string }).action])).toEqual([
      ["Project", "CREATED"],
      ["Task", "CREATED"],
      ["Task", "UPDATED"],
      ["Task", "DELETED"],
    ]);
    expect(entries.every((entry) => entry.actorId === userId && entry.workspaceId === workspaceId)).toBe(true);
    const [, created, updated, removed] = entries;
    expect(created!.data).toMatchObject({ entityType: "Task", entityId: task.id, before: null, after: { title: "Draft", status: "TODO" } });
    expect(updated!.data).toEqual({
      entityType: "Task",
      entityId: task.id,
      action: "UPDATED",
      before: { title: "Draft", status: "TODO" },
      after: { title: "Final", status: "IN_PROGRESS" },
    });
    expect(removed!.data).toMatchObject({ action: "DELETED", before: { title: "Final", status: "IN_PROGRESS" }, after: null });
  });

  it("records moves to another column, status changes, completion, new assignees and the changed fields on update, nothing when nothing changed", async () => {
    const { workspaceId, token, member } = await workspace();
    const api = client(app, token);
    const project = await api.createProject();
    const task = dataOf(await api.createTask({ projectId: project.id })).createTask.task;
    const [ann, bob] = [await member(), await member()];
    const created = await outboxOf(app, workspaceId);

    dataOf(await api.updateTask({ id: task.id, title: "Task", status: "TODO" }));
    expect(await outboxOf(app, workspaceId)).toHaveLength(created.length);
    dataOf(await api.updateTask({ id: task.id, title: "Renamed", priority: "HIGH" }));

    dataOf(await api.updateTask({ id: task.id, status: "IN_PROGRESS", assigneeId: ann }));
    dataOf(await api.updateTask({ id: task.id, status: "DONE", assigneeId: bob }));
    dataOf(await api.updateTask({ id: task.id, assigneeId: null }));

    const rows = await outboxOf(app, workspaceId);
    // Completed when it became DONE: the time the task shows, which every event after it carries.
    const { completedAt } = rows.find((row) => row.type === portfolioEvents.taskCompleted.name)!.data as { completedAt: string };
    expect(Date.parse(completedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(summary(rows)).toEqual([
      { type: portfolioEvents.taskCreated.name, data: expect.objectContaining({ status: "TODO", assigneeId: null }) },
      {
        type: portfolioEvents.taskUpdated.name,
        data: {
          projectId: project.id,
          changedFields: ["title", "priority"],
          status: "TODO",
          assigneeId: null,
          dueDate: null,
          estimateHours: null,
          completedAt: null,
          requiredSkills: [],
        },
      },
      {
        type: portfolioEvents.taskMoved.name,
        data: {
          projectId: project.id,
          from: "TODO",
          to: "IN_PROGRESS",
          rank: expect.any(String),
          afterTaskId: null,
          beforeTaskId: null,
          rebalanced: false,
        },
      },
      { type: portfolioEvents.taskStatusChanged.name, data: { projectId: project.id, from: "TODO", to: "IN_PROGRESS" } },
      { type: portfolioEvents.userAssigned.name, data: { taskId: task.id, projectId: project.id, from: null, to: ann } },
      // The only card lands in an empty column at the same rank it had: `rank` did not change.
      {
        type: portfolioEvents.taskUpdated.name,
        data: {
          projectId: project.id,
          changedFields: ["status", "assignee"],
          status: "IN_PROGRESS",
          assigneeId: ann,
          dueDate: null,
          estimateHours: null,
          completedAt: null,
          requiredSkills: [],
        },
      },
      {
        type: portfolioEvents.taskMoved.name,
        data: {
          projectId: project.id,
          from: "IN_PROGRESS",
          to: "DONE",
          rank: expect.any(String),
          afterTaskId: null,
          beforeTaskId: null,
          rebalanced: false,
        },
      },
      { type: portfolioEvents.taskStatusChanged.name, data: { projectId: project.id, from: "IN_PROGRESS", to: "DONE" } },
      // Completed by its new assignee (the assignee is set before the events are recorded).
      { type: portfolioEvents.taskCompleted.name, data: { projectId: project.id, assigneeId: bob, dueDate: null, completedAt } },
      { type: portfolioEvents.userAssigned.name, data: { taskId: task.id, projectId: project.id, from: ann, to: bob } },
      {
        type: portfolioEvents.taskUpdated.name,
        data: {
          projectId: project.id,
          changedFields: ["status", "completion", "completedAt", "assignee"],
          status: "DONE",
          assigneeId: bob,
          dueDate: null,
          estimateHours: null,
          completedAt,
          requiredSkills: [],
        },
      },
      { type: portfolioEvents.projectProgressChanged.name, data: expect.objectContaining({ progress: 100, previousProgress: 0 }) },
      // Clearing the assignee assigns nobody (no user.assigned), but it is an edit.
      {
        type: portfolioEvents.taskUpdated.name,
        data: {
          projectId: project.id,
          changedFields: ["assignee"],
          status: "DONE",
          assigneeId: null,
          dueDate: null,
          estimateHours: null,
          completedAt,
          requiredSkills: [],
        },
      },
    ]);
    const [progress] = rows.filter((row) => row.type === portfolioEvents.projectProgressChanged.name);
    expect(new Set(rows.map((row) => row.subjectId))).toEqual(new Set([task.id, progress!.subjectId]));
    expect(progress!.subjectId).toBe(project.id);
  });

  it("dates a completion back with completedAt: the task, task.completed and a later correction carry it, leaving DONE clears it", async () => {
    const { workspaceId, token } = await workspace();
    const api = client(app, token);
    const project = await api.createProject();
    const read = async (id: string) =>
      dataOf(
        await execute<{ task: { status: string; completedAt: string | null } }>(
          app.url,
          `query($id: ID!) { task(id: $id) { status completedAt } }`,
          {
            token,
            variables: { id },
          },
        ),
      ).task;
    const weeksAgo = (weeks: number) => new Date(Date.now() - weeks * 7 * 86_400_000).toISOString();

    // Created DONE three weeks ago (an import); one created DONE without a time is completed now.
    const threeWeeks = weeksAgo(3);
    const imported = dataOf(await api.createTask({ projectId: project.id, status: "DONE", completedAt: threeWeeks })).createTask.task;
    expect(await read(imported.id)).toEqual({ status: "DONE", completedAt: threeWeeks });
    const now = dataOf(await api.createTask({ projectId: project.id, status: "DONE" })).createTask.task;
    expect(Date.parse((await read(now.id)).completedAt!)).toBeGreaterThan(Date.now() - 60_000);

    // Moved to DONE late, with the day it was really done; then corrected.
    const late = dataOf(await api.createTask({ projectId: project.id })).createTask.task;
    const twoWeeks = weeksAgo(2);
    dataOf(await api.updateTask({ id: late.id, status: "DONE", completedAt: twoWeeks }));
    expect(await read(late.id)).toEqual({ status: "DONE", completedAt: twoWeeks });
    const oneWeek = weeksAgo(1);
    dataOf(await api.updateTask({ id: late.id, completedAt: oneWeek }));
    expect(await read(late.id)).toEqual({ status: "DONE", completedAt: oneWeek });

    // Refused, with nothing written: not DONE, in the future, more than ten years back.
    const todo = dataOf(await api.createTask({ projectId: project.id })).createTask.task;
    const before = (await outboxOf(app, workspaceId)).length;
    const refusals = [
      await api.createTask({ projectId: project.id, status: "IN_PROGRESS", completedAt: weeksAgo(1) }),
      await api.updateTask({ id: todo.id, completedAt: weeksAgo(1) }),
      await api.updateTask({ id: late.id, status: "IN_REVIEW", completedAt: weeksAgo(1) }),
      await api.updateTask({ id: late.id, completedAt: new Date(Date.now() + 3_600_000).toISOString() }),
      await api.createTask({ projectId: project.id, status: "DONE", completedAt: weeksAgo(11 * 53) }),
      await api.createTask({ projectId: project.id, status: "DONE", completedAt: "last tuesday" }),
    ];
    for (const refusal of refusals) expect(errorCodes(refusal)).toEqual(["BAD_USER_INPUT"]);
    expect(refusals.slice(0, 5).map((refusal) => (refusal.errors![0]!.extensions!.fields as { field: string }[])[0]!.field)).toEqual(
      Array(5).fill("input.completedAt"),
    );
    expect(await read(late.id)).toEqual({ status: "DONE", completedAt: oneWeek });
    expect(await outboxOf(app, workspaceId)).toHaveLength(before);

    // Reopened: no longer completed.
    dataOf(await api.updateTask({ id: late.id, status: "IN_REVIEW" }));
    expect(await read(late.id)).toEqual({ status: "IN_REVIEW", completedAt: null });

    const events = summary((await outboxOf(app, workspaceId)).filter((row) => row.subjectId === late.id || row.subjectId === imported.id));
    expect(events.filter((event) => event.type === portfolioEvents.taskCompleted.name).map((event) => event.data)).toEqual([
      expect.objectContaining({ completedAt: threeWeeks }),
      expect.objectContaining({ completedAt: twoWeeks }),
    ]);
    // The card lands at the end of a column that holds others: its rank changes too.
    expect(events.filter((event) => event.type === portfolioEvents.taskUpdated.name).map((event) => event.data)).toEqual([
      expect.objectContaining({ changedFields: ["status", "rank", "completion", "completedAt"], status: "DONE", completedAt: twoWeeks }),
      expect.objectContaining({ changedFields: ["completedAt"], status: "DONE", completedAt: oneWeek }),
      expect.objectContaining({ changedFields: ["status", "rank", "completedAt"], status: "IN_REVIEW", completedAt: null }),
    ]);
  });

  it("records portfolio.project.milestone when a milestone is achieved or missed", async () => {
    const { workspaceId, token } = await workspace();
    const api = client(app, token);
    const project = await api.createProject();
    const milestone = await api.createMilestone(project.id);
    dataOf(await api.updateMilestone({ id: milestone.id, status: "ACHIEVED" }));
    dataOf(await api.updateMilestone({ id: milestone.id, status: "UPCOMING", name: "Go live, again" }));
    dataOf(await api.updateMilestone({ id: milestone.id, status: "MISSED" }));

    const rows = await outboxOf(app, workspaceId);
    expect(rows.map((row) => ({ type: row.type, subject: row.toEvent().subject, data: row.data }))).toEqual([
      {
        type: portfolioEvents.projectMilestone.name,
        subject: { typename: "Milestone", id: milestone.id },
        data: { milestoneId: milestone.id, projectId: project.id, from: "UPCOMING", to: "ACHIEVED" },
      },
      {
        type: portfolioEvents.projectMilestone.name,
        subject: { typename: "Milestone", id: milestone.id },
        data: { milestoneId: milestone.id, projectId: project.id, from: "UPCOMING", to: "MISSED" },
      },
    ]);
  });

  it("writes no row for a mutation that fails", async () => {
    const { workspaceId, token } = await workspace();
    const api = client(app, token);
    const project = await api.createProject();
    const task = dataOf(await api.createTask({ projectId: project.id, dueDate: "2026-06-01" })).createTask.task;
    const before = await outboxOf(app, workspaceId);

    expect(errorCodes(await api.createTask({ projectId: project.id, title: "   ", assigneeId: uuidv7() }))).toEqual(["BAD_USER_INPUT"]);
    expect(
      errorCodes(await api.createTask({ projectId: project.id, status: "DONE", startDate: "2026-07-01", dueDate: "2026-06-01" })),
    ).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await api.updateTask({ id: task.id, status: "DONE", startDate: "2026-07-01" }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await api.updateTask({ id: task.id, expectedVersion: 99, status: "BLOCKED", assigneeId: uuidv7() }))).toEqual([
      "CONFLICT",
    ]);
    expect(await outboxOf(app, workspaceId)).toEqual(before);

    dataOf(await api.updateTask({ id: task.id, status: "BLOCKED" }));
    expect(summary((await outboxOf(app, workspaceId)).slice(before.length)).map((row) => row.type)).toEqual([
      portfolioEvents.taskMoved.name,
      portfolioEvents.taskStatusChanged.name,
      portfolioEvents.taskUpdated.name,
      portfolioEvents.projectProgressChanged.name,
    ]);
  });
});

describe("the relay to Redis Streams", () => {
  let app: RunningSubgraph;
  let bus: RedisEventBus;
  let sql: SqlCounter;
  beforeAll(async () => {
    bus = new RedisEventBus({ url: REDIS_URL, logger });
    // Task writes commit in an explicit transaction (they take their board's lock), which the relay
    // picks up on its next poll rather than by a poke after the flush: poll often.
    ({ app, sql } = await start(bus, { outboxIntervalMs: 60_000 }));
  });
  afterAll(async () => {
    await app?.close();
    await bus?.close();
  });

  it("publishes the outbox on the portfolio stream, where a consumer group receives the events in order", async () => {
    const { workspaceId, token, member } = await workspace();
    const { received } = await consumerGroup(bus, workspaceId);
    const api = client(app, token);
    const project = await api.createProject();
    const task = dataOf(await api.createTask({ projectId: project.id, assigneeId: await member() })).createTask.task;
    dataOf(await api.updateTask({ id: task.id, status: "IN_REVIEW" }));
    dataOf(await api.updateTask({ id: task.id, status: "DONE" }));

    await vi.waitFor(() => expect(received).toHaveLength(10), WAIT);
    const rows = await outboxOf(app, workspaceId);
    expect(received.map(({ cursor: _cursor, ...event }) => event)).toEqual(rows.map((row) => row.toEvent()));
    expect(received.map((event) => event.type)).toEqual([
      portfolioEvents.taskCreated.name,
      portfolioEvents.userAssigned.name,
      portfolioEvents.taskMoved.name,
      portfolioEvents.taskStatusChanged.name,
      portfolioEvents.taskUpdated.name,
      portfolioEvents.taskMoved.name,
      portfolioEvents.taskStatusChanged.name,
      portfolioEvents.taskCompleted.name,
      portfolioEvents.taskUpdated.name,
      portfolioEvents.projectProgressChanged.name,
    ]);
    await vi.waitFor(async () => expect((await outboxOf(app, workspaceId)).every((row) => row.relayedAt !== null)).toBe(true), WAIT);
    // Replay after a cursor returns the same events at the same cursors.
    const replay = (await bus.read(STREAM, received[0]!.cursor, 1_000)).filter(
      (event) => event.workspaceId === workspaceId && event.type !== AUDIT_TYPE,
    );
    expect(replay).toEqual(received.slice(1));
    expect(await health(app)).toMatchObject({ status: "healthy", checks: { eventBus: { status: "up" } } });
  });

  it("keeps its own statements out of request statement counts", async () => {
    const { statements, result } = await sql.count(() => app.outboxRelay!.relayNow());
    expect(result).toBe(0);
    expect(statements).toEqual([]);
  });

  it("lets one relay of a subgraph publish at a time, so replicas do not interleave batches", async () => {
    const { workspaceId, token } = await workspace();
    const { received } = await consumerGroup(bus, workspaceId);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let publishing = false;
    // A second replica's relay whose publish hangs until released, holding its batch's transaction open.
    const slowBus: EventBus = {
      publish: async (events: DomainEvent[]) => {
        publishing = true;
        await gate;
        return bus.publish(events);
      },
      subscribe: (options) => bus.subscribe(options),
      read: (stream, after, count) => bus.read(stream, after, count),
      follow: (options) => bus.follow(options),
      replayFloor: (stream) => bus.replayFloor(stream),
      streamEnd: (stream) => bus.streamEnd(stream),
      onServerReset: (listener) => bus.onServerReset(listener),
      ping: () => bus.ping(),
      close: async () => undefined,
    };
    const api = client(app, token);
    const project = await api.createProject();
    await app.outboxRelay!.stop();
    const first = dataOf(await api.createTask({ projectId: project.id })).createTask.task;
    const slow = startOutboxRelay({ orm: app.database.orm, bus: slowBus, logger, intervalMs: 60_000 });
    try {
      await vi.waitFor(() => expect(publishing).toBe(true), WAIT);
      // A row committed meanwhile is not locked by the slow batch, yet the other relay must wait its turn.
      const second = dataOf(await api.createTask({ projectId: project.id })).createTask.task;
      const other = startOutboxRelay({ orm: app.database.orm, bus, logger, intervalMs: 60_000 });
      expect(await other.relayNow()).toBe(0);
      await other.stop();
      release();
      await vi.waitFor(() => expect(received.map((event) => event.subject.id)).toEqual([first.id, second.id]), WAIT);
    } finally {
      release();
      await slow.stop();
    }
  });
});

describe("the embedded mode (PGlite, in-process bus)", () => {
  it("relays the outbox to the in-process bus", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "plateau-portfolio-events-"));
    const bus = new InProcessEventBus({ logger });
    const { app } = await start(bus, { database: { pgliteDir: dir }, outboxIntervalMs: 60_000 });
    try {
      const { workspaceId, token } = await workspace();
      const { received } = await consumerGroup(bus, workspaceId);
      const api = client(app, token);
      const project = await api.createProject();
      const task = dataOf(await api.createTask({ projectId: project.id })).createTask.task;
      dataOf(await api.updateTask({ id: task.id, status: "DONE" }));
      await vi.waitFor(
        () =>
          expect(received.map((event) => event.type)).toEqual([
            portfolioEvents.taskCreated.name,
            portfolioEvents.taskMoved.name,
            portfolioEvents.taskStatusChanged.name,
            portfolioEvents.taskCompleted.name,
            portfolioEvents.taskUpdated.name,
            portfolioEvents.projectProgressChanged.name,
          ]),
        WAIT,
      );
      expect(await health(app)).toMatchObject({ status: "healthy", checks: { eventBus: { status: "up" } } });
    } finally {
      await app.close();
      await bus.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("when Redis is down", () => {
  it("still commits mutations, keeps their events in the outbox, and delivers each exactly once when a bus is back", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const deadPort = (server.address() as net.AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const deadBus = new RedisEventBus({ url: `redis://127.0.0.1:${deadPort}`, logger });
    const { app } = await start(deadBus);
    const liveBus = new RedisEventBus({ url: REDIS_URL, logger });
    try {
      const { workspaceId, token, member } = await workspace();
      const api = client(app, token);
      const project = await api.createProject();
      const assigneeId = await member();
      const started = Date.now();
      const task = dataOf(await api.createTask({ projectId: project.id, assigneeId })).createTask.task;
      dataOf(await api.updateTask({ id: task.id, status: "DONE" }));
      expect(Date.now() - started).toBeLessThan(5_000);

      // Several relay passes have failed by now (it polls every 100 ms); nothing was lost or marked.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const waiting = await outboxOf(app, workspaceId);
      expect(waiting.map((row) => row.type)).toEqual([
        portfolioEvents.taskCreated.name,
        portfolioEvents.userAssigned.name,
        portfolioEvents.taskMoved.name,
        portfolioEvents.taskStatusChanged.name,
        portfolioEvents.taskCompleted.name,
        portfolioEvents.taskUpdated.name,
        portfolioEvents.projectProgressChanged.name,
      ]);
      expect(waiting.every((row) => row.relayedAt === null)).toBe(true);
      expect(await health(app)).toMatchObject({ status: "degraded", checks: { database: { status: "up" }, eventBus: { status: "down" } } });

      const { received } = await consumerGroup(liveBus, workspaceId);
      const relay = startOutboxRelay({ orm: app.database.orm, bus: liveBus, logger, intervalMs: 100 });
      try {
        await vi.waitFor(() => expect(received).toHaveLength(7), WAIT);
        await vi.waitFor(async () => expect((await outboxOf(app, workspaceId)).every((row) => row.relayedAt !== null)).toBe(true), WAIT);
        // More passes of both relays find nothing left to send: each event arrived once.
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(received.map((event) => event.id)).toEqual(waiting.map((row) => row.id));
      } finally {
        await relay.stop();
      }
    } finally {
      await app.close();
      await Promise.all([deadBus.close(), liveBus.close()]);
    }
  });
});

/** Every event the stream holds (the republished window may hold other tests' events too). */
async function readAll(bus: EventBus): Promise<DeliveredEvent[]> {
  const events: DeliveredEvent[] = [];
  for (let page = await bus.read(STREAM, null, 1_000); page.length > 0; page = await bus.read(STREAM, page.at(-1)!.cursor, 1_000)) {
    events.push(...page);
  }
  return events;
}

describe("when Redis restarts and loses its streams", () => {
  it("publishes again what it had relayed shortly before, then what came after, so nothing a consumer had not read is lost", async () => {
    const redis = await startRedisServer();
    const bus = new RedisEventBus({ url: redis.url, logger });
    const { app } = await start(bus);
    try {
      const { workspaceId, token } = await workspace();
      const api = client(app, token);
      const project = await api.createProject();
      dataOf(await api.createTask({ projectId: project.id }));
      await vi.waitFor(async () => {
        const rows = await outboxOf(app, workspaceId);
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((row) => row.relayedAt !== null)).toBe(true);
      }, WAIT);
      const relayedBefore = (await outboxOf(app, workspaceId)).map((row) => row.id);

      // A crash without persistence: the stream, and every event nobody had read yet, is gone.
      await redis.restart();
      dataOf(await api.createTask({ projectId: project.id }));

      const everything = async () => (await outboxOf(app, workspaceId)).map((row) => row.id);
      await vi.waitFor(async () => {
        const stored = (await readAll(bus))
          .filter((event) => event.workspaceId === workspaceId && event.type !== AUDIT_TYPE)
          .map((event) => event.id);
        const all = await everything();
        expect(all.length).toBeGreaterThan(relayedBefore.length);
        // The earlier events first (republished), then the newer ones: the stream keeps their order.
        expect(stored).toEqual(all);
      }, WAIT);
    } finally {
      await app.close();
      await bus.close();
      await redis.stop();
    }
  });
});
