import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeliveredEvent, DomainEvent } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { closeWorkspace, sqlRows } from "@plateau/subgraph-kit";
import { dataOf, execute } from "@plateau/test-kit";
import type { RiskChanged } from "../src/index.js";
import {
  deliver as deliverTo,
  progressChanged,
  riskEventsOf as riskEventsOfIn,
  startInsights,
  workspace,
  type Harness,
} from "./harness.js";

const MINUTE = 60_000;

let h: Harness;
beforeAll(async () => {
  h = await startInsights();
});
afterAll(() => h?.close());

const riskEventsOf = (projectId: string) => riskEventsOfIn(h, projectId);
const deliver = (...events: DomainEvent[]) => deliverTo(h, ...events);

const brief = (events: DeliveredEvent<RiskChanged>[]) =>
  events.map(({ data: { kind, rule, severity, previousSeverity, status, metric } }) => ({
    kind,
    rule,
    severity,
    previousSeverity,
    status,
    metric,
  }));

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

describe("riskChanged over HTTP", () => {
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
