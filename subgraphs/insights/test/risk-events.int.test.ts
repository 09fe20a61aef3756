import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEvent, InProcessEventBus, portfolioEvents, streamName, type DeliveredEvent, type DomainEvent } from "@plateau/events";
import { createLogger, uuidv7 } from "@plateau/kernel";
import { closeWorkspace, sqlRows } from "@plateau/subgraph-kit";
import { dataOf, execute } from "@plateau/test-kit";
import { riskEvents, type RiskChanged } from "../src/index.js";
import { facts, risksOfOne, startInsights, workspace, type Harness } from "./harness.js";

const logger = createLogger({ service: "insights-risk-events-test", level: process.env.LOG_LEVEL === undefined ? "silent" : undefined });
const WAIT = { timeout: 15_000, interval: 25 };
const MINUTE = 60_000;

let h: Harness;
let bus: InProcessEventBus;
beforeAll(async () => {
  bus = new InProcessEventBus({ logger, retryDelayMs: 50 });
  h = await startInsights({ eventBus: bus });
});
afterAll(async () => {
  await h?.close();
  await bus?.close();
});

/** The facts portfolio's progress_changed event carries (dates unset: only BLOCKED_TASKS can fire). */
interface EventFacts {
  progress: number;
  blockedTaskCount: number;
  startDate: string | null;
  endDate: string | null;
}

/** portfolio's `portfolio.project.progress_changed` for a project, by `actorId`, at `occurredAt`. */
function progressChanged(
  workspaceId: string,
  projectId: string,
  changed: Partial<EventFacts>,
  options: { occurredAt?: Date; actorId?: string } = {},
): DomainEvent {
  const { progress, blockedTaskCount, startDate, endDate } = {
    progress: 50,
    blockedTaskCount: 0,
    startDate: null,
    endDate: null,
    ...changed,
  };
  return createEvent({
    type: portfolioEvents.projectProgressChanged,
    workspaceId,
    actorId: options.actorId ?? null,
    occurredAt: options.occurredAt,
    subject: { typename: "Project", id: projectId },
    data: { projectId, progress, previousProgress: 0, blockedTaskCount, previousBlockedTaskCount: 0, startDate, endDate },
  });
}

/** The `insights.risk.changed` events relayed to the insights stream so far about `projectId`, oldest first. */
async function riskEventsOf(projectId: string): Promise<DeliveredEvent<RiskChanged>[]> {
  const events = await bus.read(streamName("insights"), null, 100_000);
  const changes = events.filter((event) => event.type === riskEvents.changed.name) as unknown as DeliveredEvent<RiskChanged>[];
  return changes.filter((event) => event.data.projectId === projectId);
}

const brief = (events: DeliveredEvent<RiskChanged>[]) =>
  events.map(({ data: { kind, rule, severity, previousSeverity, status, metric } }) => ({
    kind,
    rule,
    severity,
    previousSeverity,
    status,
    metric,
  }));

/**
 * Publishes `events` on portfolio's stream and waits until insights has handled them: a marker event
 * follows them (a fresh project crossing the blocked-task rule), and the consumer handles a stream in
 * order, so once the marker's OPENED is relayed every event before it was handled and its own risk
 * events (their outbox rows are older) relayed too.
 */
async function deliver(...events: DomainEvent[]): Promise<void> {
  const marker = uuidv7();
  await bus.publish([...events, progressChanged(uuidv7(), marker, { blockedTaskCount: 3 })]);
  await vi.waitFor(async () => expect(await riskEventsOf(marker)).toHaveLength(1), WAIT);
}

interface StoredRisk {
  id: string;
  rule: string;
  severity: string;
  status: string;
  metric: number;
  lastEvaluatedAt: string;
}

/** The workspace's assessments of a project, as a VIEWER of that workspace reads them. */
async function storedRisks(workspaceId: string, projectId: string): Promise<StoredRisk[]> {
  const token = await h.tokens.forRole(workspaceId, "VIEWER");
  const result = await execute<{ riskAssessments: { nodes: StoredRisk[] } }, Record<string, unknown>>(
    h.app.url,
    `query($p: ID!) { riskAssessments(filter: { projectId: { eq: $p } }) { nodes { id rule severity status metric lastEvaluatedAt } } }`,
    { token, variables: { p: projectId } },
  );
  return dataOf(result).riskAssessments.nodes;
}

describe("risks recomputed from portfolio's progress events", () => {
  it("opens, updates and resolves an assessment as the blocked tasks change, emitting what a subscriber would notice", async () => {
    const workspaceId = uuidv7();
    const projectId = uuidv7();
    const actorId = uuidv7();
    const at = (minutes: number) => new Date(Date.now() - 10 * MINUTE + minutes * MINUTE);

    const blocked3 = progressChanged(workspaceId, projectId, { blockedTaskCount: 3 }, { occurredAt: at(0), actorId });
    await deliver(blocked3);
    const [opened] = await riskEventsOf(projectId);
    expect(brief(await riskEventsOf(projectId))).toEqual([
      { kind: "OPENED", rule: "BLOCKED_TASKS", severity: "MEDIUM", previousSeverity: null, status: "OPEN", metric: 3 },
    ]);
    const [risk] = await storedRisks(workspaceId, projectId);
    expect(risk).toMatchObject({ rule: "BLOCKED_TASKS", severity: "MEDIUM", status: "OPEN", metric: 3 });
    // The envelope: about the assessment, in the project's workspace, caused by the user who blocked the task.
    expect(opened).toMatchObject({ subject: { typename: "RiskAssessment", id: risk!.id }, workspaceId, actorId, version: 1 });

    // The same event again (redelivered or published twice): nothing is evaluated, nothing emitted.
    await deliver(blocked3, blocked3);
    expect(await riskEventsOf(projectId)).toHaveLength(1);
    expect(await storedRisks(workspaceId, projectId)).toEqual([risk]);

    // 4 blocked: HIGH; 5: still HIGH but a new metric; 5 again (a newer event): only re-evaluated, no news.
    await deliver(
      progressChanged(workspaceId, projectId, { blockedTaskCount: 4 }, { occurredAt: at(1) }),
      progressChanged(workspaceId, projectId, { blockedTaskCount: 5 }, { occurredAt: at(2) }),
      progressChanged(workspaceId, projectId, { blockedTaskCount: 5, progress: 60 }, { occurredAt: at(3) }),
    );
    expect(brief((await riskEventsOf(projectId)).slice(1))).toEqual([
      { kind: "UPDATED", rule: "BLOCKED_TASKS", severity: "HIGH", previousSeverity: "MEDIUM", status: "OPEN", metric: 4 },
      { kind: "UPDATED", rule: "BLOCKED_TASKS", severity: "HIGH", previousSeverity: "HIGH", status: "OPEN", metric: 5 },
    ]);
    const [refreshed] = await storedRisks(workspaceId, projectId);
    expect(refreshed).toMatchObject({ id: risk!.id, severity: "HIGH", metric: 5 });
    expect(Date.parse(refreshed!.lastEvaluatedAt)).toBeGreaterThan(Date.parse(risk!.lastEvaluatedAt));

    // Back to 1 blocked task: resolved.
    await deliver(progressChanged(workspaceId, projectId, { blockedTaskCount: 1 }, { occurredAt: at(4) }));
    const events = await riskEventsOf(projectId);
    expect(brief(events.slice(3))).toEqual([
      { kind: "RESOLVED", rule: "BLOCKED_TASKS", severity: "HIGH", previousSeverity: "HIGH", status: "RESOLVED", metric: 5 },
    ]);
    expect(events.every((event) => event.subject.id === risk!.id)).toBe(true);
    expect(await storedRisks(workspaceId, projectId)).toMatchObject([{ id: risk!.id, status: "RESOLVED" }]);
  });

  it("lets no older facts overwrite newer ones, whatever order the events are handled in", async () => {
    const workspaceId = uuidv7();
    const [quiet, busy] = [uuidv7(), uuidv7()];
    const now = Date.now();
    const older = new Date(now - 2 * MINUTE);
    const newer = new Date(now - MINUTE);

    // Newer facts first, then older ones handled late: the project stays as the newer facts say.
    await deliver(
      progressChanged(workspaceId, quiet, { blockedTaskCount: 1 }, { occurredAt: newer }),
      progressChanged(workspaceId, quiet, { blockedTaskCount: 4 }, { occurredAt: older }),
      progressChanged(workspaceId, busy, { blockedTaskCount: 6 }, { occurredAt: newer }),
      progressChanged(workspaceId, busy, { blockedTaskCount: 3 }, { occurredAt: older }),
    );
    expect(await riskEventsOf(quiet)).toEqual([]);
    expect(await storedRisks(workspaceId, quiet)).toEqual([]);
    expect(brief(await riskEventsOf(busy))).toEqual([
      { kind: "OPENED", rule: "BLOCKED_TASKS", severity: "CRITICAL", previousSeverity: null, status: "OPEN", metric: 6 },
    ]);
    expect(await storedRisks(workspaceId, busy)).toMatchObject([{ severity: "CRITICAL", metric: 6 }]);

    // Two changes in the same millisecond: the later event (the greater UUIDv7) wins, in either order.
    const [first, second] = [
      progressChanged(workspaceId, quiet, { blockedTaskCount: 3 }, { occurredAt: new Date(now) }),
      progressChanged(workspaceId, quiet, { blockedTaskCount: 0 }, { occurredAt: new Date(now) }),
    ];
    await deliver(second, first);
    expect(await riskEventsOf(quiet)).toEqual([]);
  });

  it("writes in the event's workspace only", async () => {
    const [a, b] = [uuidv7(), uuidv7()];
    const projectId = uuidv7();
    await deliver(progressChanged(b, projectId, { blockedTaskCount: 4 }));

    expect(await storedRisks(a, projectId)).toEqual([]);
    expect(await storedRisks(b, projectId)).toMatchObject([{ rule: "BLOCKED_TASKS", severity: "HIGH" }]);
    const [event] = await riskEventsOf(projectId);
    expect(event!.workspaceId).toBe(b);
    const rows = await h.app.database.asOwner((em) =>
      sqlRows<{ workspace_id: string }>(
        em,
        `select workspace_id from insights.risk_assessment where project_id = ?
         union all select workspace_id from insights.project_facts where project_id = ?`,
        [projectId, projectId],
      ),
    );
    expect(rows.map((row) => row.workspace_id)).toEqual([b, b]);
  });

  it("skips malformed events and those of deleted workspaces without holding up the stream", async () => {
    const projectId = uuidv7();
    const workspaceId = uuidv7();
    const malformed = progressChanged(workspaceId, projectId, { blockedTaskCount: 4 });
    const closed = uuidv7();
    await closeWorkspace(h.app.database.orm, closed);
    const ofClosed = uuidv7();

    await deliver(
      { ...malformed, data: { ...malformed.data, blockedTaskCount: "four" } },
      { ...malformed, id: uuidv7(), workspaceId: null },
      { ...malformed, id: uuidv7(), subject: { typename: "Task", id: projectId } },
      { ...malformed, id: uuidv7(), version: 2 },
      progressChanged(closed, ofClosed, { blockedTaskCount: 4 }),
    );
    expect(await riskEventsOf(projectId)).toEqual([]);
    expect(await riskEventsOf(ofClosed)).toEqual([]);
    const stored = await h.app.database.asOwner((em) =>
      sqlRows(em, `select 1 from insights.project_facts where project_id in (?, ?)`, [projectId, ofClosed]),
    );
    expect(stored).toEqual([]);
  });
});

describe("risk events from reads", () => {
  it("emits what a read of Project.risks opens, and keeps facts older than the read from undoing it", async () => {
    const { workspaceId, token, project } = await workspace(h, "VIEWER");
    const projectId = await project();
    const [risk] = await risksOfOne(h, token, projectId, facts({ progress: 50, blockedTaskCount: 4 }));
    await vi.waitFor(async () => expect(await riskEventsOf(projectId)).toHaveLength(1), WAIT);
    const [opened] = await riskEventsOf(projectId);
    expect(brief([opened!])).toEqual([
      { kind: "OPENED", rule: "BLOCKED_TASKS", severity: "HIGH", previousSeverity: null, status: "OPEN", metric: 4 },
    ]);
    // Nobody's edit: the read evaluated portfolio's facts.
    expect(opened).toMatchObject({ subject: { id: risk!.id }, workspaceId, actorId: null });

    // A change portfolio made before the read, handled after it (consumer lag, a replay after an outage).
    await deliver(progressChanged(workspaceId, projectId, { blockedTaskCount: 0 }, { occurredAt: new Date(Date.now() - MINUTE) }));
    expect(await riskEventsOf(projectId)).toHaveLength(1);
    expect(await storedRisks(workspaceId, projectId)).toMatchObject([{ id: risk!.id, status: "OPEN" }]);

    // One made after the read is evaluated.
    await deliver(progressChanged(workspaceId, projectId, { blockedTaskCount: 0 }, { occurredAt: new Date(Date.now() + 1) }));
    expect(brief((await riskEventsOf(projectId)).slice(1))).toEqual([
      { kind: "RESOLVED", rule: "BLOCKED_TASKS", severity: "HIGH", previousSeverity: "HIGH", status: "RESOLVED", metric: 4 },
    ]);
  });

  it("refuses to serve riskChanged over HTTP: the gateway serves subscriptions", async () => {
    const { token } = await workspace(h, "VIEWER");
    const result = await execute(h.app.url, `subscription($p: ID!) { riskChanged(projectId: $p) { eventId kind } }`, {
      token,
      variables: { p: uuidv7() },
    });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ["BAD_USER_INPUT", "Subscriptions are served by the gateway over graphql-ws at /graphql"],
    ]);
  });
});
