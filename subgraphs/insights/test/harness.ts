import { expect, vi } from "vitest";
import {
  createEvent,
  InProcessEventBus,
  portfolioEvents,
  streamName,
  timesheetsEvents,
  type DeliveredEvent,
  type DomainEvent,
  type TeamUtilizationMeasured,
} from "@plateau/events";
import { createLogger, uuidv7 } from "@plateau/kernel";
import { startSubgraphHarness, type SubgraphHarness } from "@plateau/test-kit";
import { addDays, today, weekStartOf } from "@plateau/subgraph-kit";
import { insights, riskEvents, type RiskChanged } from "../src/index.js";
import { applyTaskStateEvent } from "../src/modules/forecast/task-state.consumer.js";

const logger = createLogger({ service: "insights-test", level: process.env.LOG_LEVEL === undefined ? "silent" : undefined });
export const WAIT = { timeout: 15_000, interval: 25 };

/**
 * A started insights subgraph (the kit's harness) consuming portfolio's stream on an in-process bus, and
 * relaying its own outbox to it: risks are evaluated from the events published on it ({@link deliver}).
 */
export interface Harness extends SubgraphHarness {
  bus: InProcessEventBus;
}

/** Starts insights against the worker's database, counting its SQL, on a bus of its own. */
export async function startInsights(): Promise<Harness> {
  const bus = new InProcessEventBus({ logger, retryDelayMs: 50 });
  const harness = await startSubgraphHarness(insights, { eventBus: bus, outboxIntervalMs: 100 });
  return {
    ...harness,
    bus,
    close: async () => {
      await harness.close();
      await bus.close();
    },
  };
}

/** A fresh workspace with a token of `role` (tests never see each other's rows), and a maker of project ids. */
export async function workspace(h: Harness, role: "OWNER" | "MANAGER" | "MEMBER" | "VIEWER" = "MEMBER") {
  const workspaceId = uuidv7();
  return {
    workspaceId,
    token: await h.tokens.forRole(workspaceId, role),
    /** A new project id of this workspace (insights knows projects only from portfolio's events). */
    project: () => uuidv7(),
  };
}

/** YYYY-MM-DD `days` from today (UTC), the clock the service uses. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The facts portfolio's progress_changed event carries about a Project. */
export interface Facts {
  progress: number;
  startDate: string | null;
  endDate: string | null;
  blockedTaskCount: number;
  teamId: string | null;
}

/**
 * Facts of a project halfway through a 200-day plan (50% expected today): `progress` 30 is 20 points
 * behind. The wide plan keeps the expectation within a point if the date turns during a test.
 */
export function facts(overrides: Partial<Facts> = {}): Facts {
  return { progress: 50, startDate: daysFromToday(-100), endDate: daysFromToday(100), blockedTaskCount: 0, teamId: null, ...overrides };
}

/** portfolio's `portfolio.project.progress_changed` for a project, by `actorId`, at `occurredAt`. */
export function progressChanged(
  workspaceId: string,
  projectId: string,
  changed: Partial<Facts>,
  options: { occurredAt?: Date; actorId?: string } = {},
): DomainEvent {
  const { progress, blockedTaskCount, startDate, endDate, teamId } = {
    progress: 50,
    blockedTaskCount: 0,
    startDate: null,
    endDate: null,
    teamId: null,
    ...changed,
  };
  return createEvent({
    type: portfolioEvents.projectProgressChanged,
    workspaceId,
    actorId: options.actorId ?? null,
    occurredAt: options.occurredAt,
    subject: { typename: "Project", id: projectId },
    data: { projectId, progress, previousProgress: 0, blockedTaskCount, previousBlockedTaskCount: 0, startDate, endDate, teamId },
  });
}

/** The `insights.risk.changed` events relayed to the insights stream so far about `projectId`, oldest first. */
export async function riskEventsOf(h: Harness, projectId: string): Promise<DeliveredEvent<RiskChanged>[]> {
  const events = await h.bus.read(streamName("insights"), null, 100_000);
  const changes = events.filter((event) => event.type === riskEvents.changed.name) as unknown as DeliveredEvent<RiskChanged>[];
  return changes.filter((event) => event.data.projectId === projectId);
}

/**
 * Publishes `events` on portfolio's stream and waits until insights has handled them: a marker event
 * follows them (a fresh project crossing the blocked-task rule), and the consumer handles a stream in
 * order, so once the marker's OPENED is relayed every event before it was handled and its own risk
 * events (their outbox rows are older) relayed too.
 */
export async function deliver(h: Harness, ...events: DomainEvent[]): Promise<void> {
  const marker = uuidv7();
  await h.bus.publish([...events, progressChanged(uuidv7(), marker, { blockedTaskCount: 3 })]);
  await vi.waitFor(async () => expect(await riskEventsOf(h, marker)).toHaveLength(1), WAIT);
}

let clock = Date.now();

/** portfolio changes the facts of `projects` in `workspaceId` (one event each, each newer than the last); insights evaluates them. */
export async function changeFacts(h: Harness, workspaceId: string, projects: { id: string; facts: Facts }[]): Promise<void> {
  clock = Math.max(clock + 1, Date.now());
  await deliver(h, ...projects.map((p) => progressChanged(workspaceId, p.id, p.facts, { occurredAt: new Date(clock) })));
}

export interface RiskView {
  id: string;
  rule: string;
  severity: string;
  status: string;
  metric: number;
  threshold: number;
  title: string;
  detail: string;
  detectedAt: string;
  lastEvaluatedAt: string;
  resolvedAt: string | null;
}

export const RISKS_QUERY = `query($r: [_Any!]!, $all: Boolean) {
  _entities(representations: $r) {
    ... on Project { id risks(includeResolved: $all) { id rule severity status metric threshold title detail detectedAt lastEvaluatedAt resolvedAt } }
  }
}`;

/** A Project representation as the gateway sends it to insights. */
export function projectRepresentation(id: string) {
  return { __typename: "Project", id };
}

/** Calls `_entities` like the gateway does and returns each project's risks, in representation order. */
export async function risksOf(h: Harness, token: string, projectIds: string[], includeResolved = false): Promise<RiskView[][]> {
  const data = await h.dataOf<{ _entities: { id: string; risks: RiskView[] }[] }>(RISKS_QUERY, {
    token,
    variables: { r: projectIds.map(projectRepresentation), all: includeResolved },
  });
  return data._entities.map((entity) => entity.risks);
}

/** One project's risks. */
export async function risksOfOne(h: Harness, token: string, id: string, includeResolved = false): Promise<RiskView[]> {
  return (await risksOf(h, token, [id], includeResolved))[0]!;
}

/** timesheets' `timesheets.team.utilization_measured` for a team: 4 weeks ending `endsDaysAgo` days ago, at `utilization`. */
export function utilizationMeasured(
  workspaceId: string,
  teamId: string,
  utilization: number | null,
  options: { endsDaysAgo?: number; occurredAt?: Date; capacityHours?: number } = {},
): DomainEvent {
  const capacityHours = options.capacityHours ?? 320;
  const to = daysFromToday(-(options.endsDaysAgo ?? 2));
  const data = {
    teamId,
    from: new Date(Date.parse(`${to}T00:00:00Z`) - 27 * 86_400_000).toISOString().slice(0, 10),
    to,
    loggedHours: utilization === null ? 0 : Math.round(utilization * capacityHours * 100) / 100,
    billableHours: 0,
    capacityHours,
    utilization,
    billableUtilization: utilization === null ? null : 0,
    memberCount: 2,
  } satisfies TeamUtilizationMeasured;
  return createEvent({
    type: timesheetsEvents.teamUtilizationMeasured,
    workspaceId,
    actorId: null,
    occurredAt: options.occurredAt,
    subject: { typename: "Team", id: teamId },
    data,
  });
}

/**
 * Publishes `events` on timesheets' stream and waits until insights has handled them: a marker follows
 * (a fresh project of a fresh team, then that team at 95%), and the team consumer handles the stream in
 * order, so once the marker project's TEAM_OVERLOAD is relayed every event before it was handled.
 */
export async function deliverFromTimesheets(h: Harness, ...events: DomainEvent[]): Promise<void> {
  const workspaceId = uuidv7();
  const marker = uuidv7();
  const team = uuidv7();
  await deliver(h, progressChanged(workspaceId, marker, { teamId: team }));
  await h.bus.publish([...events, utilizationMeasured(workspaceId, team, 0.95)]);
  await vi.waitFor(async () => expect(await riskEventsOf(h, marker)).toHaveLength(1), WAIT);
}

/** Monday of this ISO week (UTC), and the Wednesday of the week `weeksAgo` weeks before it. */
export const thisMonday = weekStartOf(today());
export const wednesdayWeeksAgo = (weeksAgo: number) => addDays(thisMonday, 2 - 7 * weeksAgo);

/** portfolio's task event `type` for `taskId` in `workspaceId`, at noon (UTC) of `day`. */
export function taskEvent(
  type: keyof typeof portfolioEvents,
  workspaceId: string,
  taskId: string,
  day: string,
  data: Record<string, unknown>,
) {
  return createEvent({
    type: portfolioEvents[type] as never,
    workspaceId,
    actorId: null,
    occurredAt: new Date(`${day}T12:00:00Z`),
    subject: { typename: "Task", id: taskId },
    data,
  }) as DomainEvent;
}

/** portfolio's task.created for a TODO task of `projectId` with `estimateHours` (assigned to `assigneeId`), on `day`. */
export const taskCreated = (
  workspaceId: string,
  taskId: string,
  projectId: string,
  day: string,
  estimateHours: number | null,
  assigneeId: string | null = null,
) =>
  taskEvent("taskCreated", workspaceId, taskId, day, {
    projectId,
    parentId: null,
    title: "t",
    status: "TODO",
    priority: "MEDIUM",
    assigneeId,
    dueDate: null,
    estimateHours,
  });

/** portfolio's task.completed for `taskId`, on `day`. */
export const taskCompleted = (workspaceId: string, taskId: string, projectId: string, day: string) =>
  taskEvent("taskCompleted", workspaceId, taskId, day, { projectId, assigneeId: null, dueDate: null });

/** Applies portfolio's task events to insights' task state one after the other, as its consumer does (no bus). */
export async function applyTaskEvents(h: Harness, ...events: DomainEvent[]): Promise<void> {
  for (const event of events) await applyTaskStateEvent(h.app.database.orm, logger, { ...event, cursor: "0-0" });
}
