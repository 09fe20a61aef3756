import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import type { EntityManager } from "@mikro-orm/core";
import { scopeEntityManager, sqlRows, TENANT_FILTER } from "@plateau/subgraph-kit";
import { dataOf, errorCodes, execute } from "@plateau/test-kit";
import { RiskAssessment } from "../src/index.js";
import { sweepRisks } from "../src/modules/risk/risk-sweep.js";
import { riskService } from "../src/modules/risk/risk.service.js";
import {
  changeFacts,
  daysFromToday,
  facts,
  projectRepresentation,
  riskEventsOf,
  RISKS_QUERY,
  risksOf,
  risksOfOne,
  startInsights,
  WAIT,
  workspace,
  type Harness,
} from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startInsights();
});
afterAll(() => h?.close());

const brief = (risks: { rule: string; severity: string; status: string; metric: number }[]) =>
  risks.map(({ rule, severity, status, metric }) => ({ rule, severity, status, metric }));

describe("Project.risks", () => {
  it("reads the assessments portfolio's changes opened, updated and resolved", async () => {
    const { workspaceId, token, project } = await workspace(h);
    const projectId = project();
    expect(await risksOfOne(h, token, projectId)).toEqual([]);

    await changeFacts(h, workspaceId, [{ id: projectId, facts: facts({ progress: 30, blockedTaskCount: 3 }) }]);
    const opened = await risksOfOne(h, token, projectId);
    expect(brief(opened)).toEqual([
      { rule: "SCHEDULE_SLIPPAGE", severity: "MEDIUM", status: "OPEN", metric: 20 },
      { rule: "BLOCKED_TASKS", severity: "MEDIUM", status: "OPEN", metric: 3 },
    ]);
    expect(opened[0]).toMatchObject({
      title: "Project is behind schedule",
      detail: "Expected 50% complete by today, actual 30% (20 points behind)",
      threshold: 10,
      resolvedAt: null,
    });
    expect(opened[1]).toMatchObject({ title: "Tasks are blocked", detail: "3 tasks are blocked", threshold: 2 });

    await changeFacts(h, workspaceId, [{ id: projectId, facts: facts({ progress: 5, blockedTaskCount: 6 }) }]);
    const worse = await risksOfOne(h, token, projectId);
    expect(brief(worse)).toEqual([
      { rule: "SCHEDULE_SLIPPAGE", severity: "CRITICAL", status: "OPEN", metric: 45 },
      { rule: "BLOCKED_TASKS", severity: "CRITICAL", status: "OPEN", metric: 6 },
    ]);
    // The same assessments, refreshed: detected once, evaluated again.
    expect(worse.map((r) => r.id)).toEqual(opened.map((r) => r.id));
    expect(worse[0]!.detectedAt).toBe(opened[0]!.detectedAt);
    expect(Date.parse(worse[0]!.lastEvaluatedAt)).toBeGreaterThan(Date.parse(opened[0]!.lastEvaluatedAt));
    expect(worse[1]!.detail).toBe("6 tasks are blocked");

    await changeFacts(h, workspaceId, [{ id: projectId, facts: facts({ progress: 50, blockedTaskCount: 6 }) }]);
    expect(brief(await risksOfOne(h, token, projectId))).toEqual([
      { rule: "BLOCKED_TASKS", severity: "CRITICAL", status: "OPEN", metric: 6 },
    ]);
    const history = await risksOfOne(h, token, projectId, true);
    expect(brief(history)).toEqual([
      { rule: "BLOCKED_TASKS", severity: "CRITICAL", status: "OPEN", metric: 6 },
      { rule: "SCHEDULE_SLIPPAGE", severity: "CRITICAL", status: "RESOLVED", metric: 45 },
    ]);
    expect(history[1]!.id).toBe(opened[0]!.id);
    expect(history[1]!.resolvedAt).not.toBeNull();

    // Slipping again opens a new assessment; the resolved one stays as history.
    await changeFacts(h, workspaceId, [{ id: projectId, facts: facts({ progress: 35, blockedTaskCount: 0 }) }]);
    const again = await risksOfOne(h, token, projectId, true);
    expect(brief(again)).toEqual([
      { rule: "SCHEDULE_SLIPPAGE", severity: "MEDIUM", status: "OPEN", metric: 15 },
      { rule: "BLOCKED_TASKS", severity: "CRITICAL", status: "RESOLVED", metric: 6 },
      { rule: "SCHEDULE_SLIPPAGE", severity: "CRITICAL", status: "RESOLVED", metric: 45 },
    ]);
    expect(again[0]!.id).not.toBe(opened[0]!.id);
  });

  it("writes nothing on read: no INSERT, UPDATE or DELETE, the assessments and facts unchanged", async () => {
    const { workspaceId, token, project } = await workspace(h, "VIEWER");
    const [slipping, blocked] = [project(), project()];
    await changeFacts(h, workspaceId, [
      { id: slipping, facts: facts({ progress: 30 }) },
      { id: blocked, facts: facts({ blockedTaskCount: 4 }) },
    ]);
    await changeFacts(h, workspaceId, [{ id: slipping, facts: facts({ progress: 50, blockedTaskCount: 3 }) }]);
    const snapshot = () =>
      h.app.database.asOwner(async (em) => ({
        risks: await sqlRows(em, `select * from insights.risk_assessment where workspace_id = ? order by id`, [workspaceId]),
        facts: await sqlRows(em, `select * from insights.project_facts where workspace_id = ? order by project_id`, [workspaceId]),
        outbox: await sqlRows(em, `select count(*)::int as n from insights.outbox where workspace_id = ?`, [workspaceId]),
      }));
    const before = await snapshot();

    const { result, statements } = await h.sql.count(async () => [
      await risksOf(h, token, [slipping, blocked, project()], true),
      await risksOf(h, token, [slipping, blocked]),
      await h.dataOf(`{ riskAssessments { totalCount nodes { id rule status } } }`, { token }),
    ]);
    const [withHistory, open] = result as [Awaited<ReturnType<typeof risksOf>>, Awaited<ReturnType<typeof risksOf>>];
    expect(withHistory.map(brief)).toEqual([
      [
        { rule: "BLOCKED_TASKS", severity: "MEDIUM", status: "OPEN", metric: 3 },
        { rule: "SCHEDULE_SLIPPAGE", severity: "MEDIUM", status: "RESOLVED", metric: 20 },
      ],
      [{ rule: "BLOCKED_TASKS", severity: "HIGH", status: "OPEN", metric: 4 }],
      [],
    ]);
    expect(open.map(brief)).toEqual([
      [{ rule: "BLOCKED_TASKS", severity: "MEDIUM", status: "OPEN", metric: 3 }],
      [{ rule: "BLOCKED_TASKS", severity: "HIGH", status: "OPEN", metric: 4 }],
    ]);
    expect(statements.length).toBeGreaterThan(0);
    expect(
      statements.filter((sql) => /^\s*(with\b[\s\S]*\b)?(insert|update|delete|merge)\b/i.test(sql) || /\bfor update\b/i.test(sql)),
    ).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps one OPEN assessment per rule however often, and however concurrently, it is evaluated", async () => {
    const { workspaceId, token, project } = await workspace(h);
    const projectId = project();
    await changeFacts(h, workspaceId, [{ id: projectId, facts: facts({ progress: 30, blockedTaskCount: 4 }) }]);
    for (let i = 0; i < 3; i++)
      await changeFacts(h, workspaceId, [{ id: projectId, facts: facts({ progress: 12 - i, blockedTaskCount: 5 }) }]);

    const list = await execute<
      { riskAssessments: { totalCount: number; nodes: { rule: string; severity: string; status: string; metric: number }[] } },
      Record<string, unknown>
    >(
      h.app.url,
      `query($p: ID!) { riskAssessments(filter: { projectId: { eq: $p } }) { totalCount nodes { rule severity status metric } } }`,
      { token, variables: { p: projectId } },
    );
    const { totalCount, nodes } = dataOf(list).riskAssessments;
    expect(totalCount).toBe(2);
    // 50% expected, 10% done: 40 points behind, HIGH (CRITICAL starts above 40).
    expect(nodes.sort((a, b) => a.rule.localeCompare(b.rule))).toEqual([
      { rule: "BLOCKED_TASKS", severity: "HIGH", status: "OPEN", metric: 5 },
      { rule: "SCHEDULE_SLIPPAGE", severity: "HIGH", status: "OPEN", metric: 40 },
    ]);
  });

  it("shows another workspace's project as having no risks", async () => {
    const caller = await workspace(h, "OWNER");
    const other = await workspace(h, "OWNER");
    const [theirs, own] = [other.project(), caller.project()];
    const firing = facts({ progress: 5, blockedTaskCount: 6 });
    await changeFacts(h, other.workspaceId, [{ id: theirs, facts: firing }]);
    await changeFacts(h, caller.workspaceId, [{ id: own, facts: firing }]);
    const [asCaller, ownRisks, nowhere] = await risksOf(h, caller.token, [theirs, own, uuidv7()], true);
    expect(asCaller).toEqual([]);
    expect(ownRisks).toHaveLength(2);
    expect(nowhere).toEqual([]);
    expect(await risksOfOne(h, other.token, theirs)).toHaveLength(2);
  });

  it("lets concurrent first evaluations race to open a rule: the losers update the winner's row", async () => {
    // Through the service, so that the evaluations really overlap (events are handled one at a time).
    const workspaceId = uuidv7();
    const projectId = uuidv7();
    const fork = () => {
      const em = scopeEntityManager(h.app.database.orm.em.fork() as EntityManager, { workspaceId });
      em.setFilterParams(TENANT_FILTER, { workspaceId });
      return em;
    };
    const project = { id: projectId, ...facts({ progress: 20, blockedTaskCount: 3 }) };
    const at = Date.now();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        riskService.applyFactsEvent(fork(), workspaceId, project, { eventId: uuidv7(), occurredAt: new Date(at + i), actorId: null }),
      ),
    );
    const rows = await fork().find(RiskAssessment, { projectId });
    expect(rows.map((row) => `${row.rule} ${row.status}`).sort()).toEqual(["BLOCKED_TASKS OPEN", "SCHEDULE_SLIPPAGE OPEN"]);
  });

  it("finds no schedule risk before the start date or without a plan", async () => {
    const { workspaceId, token, project } = await workspace(h);
    const [notStarted, unplanned] = [project(), project()];
    await changeFacts(h, workspaceId, [
      { id: notStarted, facts: facts({ progress: 0, startDate: daysFromToday(1), endDate: daysFromToday(30) }) },
      { id: unplanned, facts: facts({ progress: 0, startDate: null, endDate: null }) },
    ]);
    expect(await risksOf(h, token, [notStarted, unplanned])).toEqual([[], []]);
  });

  it("marks an overdue, unfinished project at least HIGH", async () => {
    const { workspaceId, token, project } = await workspace(h);
    const projectId = project();
    await changeFacts(h, workspaceId, [
      { id: projectId, facts: facts({ progress: 85, startDate: daysFromToday(-60), endDate: daysFromToday(-1) }) },
    ]);
    const [risk] = await risksOfOne(h, token, projectId);
    expect(risk).toMatchObject({ rule: "SCHEDULE_SLIPPAGE", severity: "HIGH", metric: 15, title: "Project is past its end date" });
  });

  it("lets any role read them, but only with a workspace-scoped token", async () => {
    const { workspaceId, token: viewer, project } = await workspace(h, "VIEWER");
    const projectId = project();
    await changeFacts(h, workspaceId, [{ id: projectId, facts: facts({ blockedTaskCount: 4 }) }]);
    expect(brief(await risksOfOne(h, viewer, projectId))).toEqual([{ rule: "BLOCKED_TASKS", severity: "HIGH", status: "OPEN", metric: 4 }]);

    const variables = { r: [projectRepresentation(projectId)] };
    expect(errorCodes(await execute(h.app.url, RISKS_QUERY, { variables }))).toEqual(["UNAUTHENTICATED"]);
    const noWorkspace = await h.tokens.sign({ sub: uuidv7(), sid: uuidv7() });
    const forbidden = await execute(h.app.url, RISKS_QUERY, { token: noWorkspace, variables });
    expect(errorCodes(forbidden)).toEqual(["FORBIDDEN"]);
  });

  it("rejects a representation whose id is not one", async () => {
    const { token } = await workspace(h);
    const result = await execute(h.app.url, RISKS_QUERY, { token, variables: { r: [projectRepresentation("not-an-id")] } });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect((result.errors?.[0]?.extensions?.fields as { field: string }[])[0]!.field).toMatch(/^representations/);
  });
});

describe("batching", () => {
  /** Reads the risks of `count` assessed projects in one request; the SQL statements it cost insights. */
  async function statementsFor(count: number, includeResolved: boolean) {
    const { workspaceId, token, project } = await workspace(h);
    const ids = Array.from({ length: count }, () => project());
    await changeFacts(
      h,
      workspaceId,
      ids.map((id) => ({ id, facts: facts({ progress: 30, blockedTaskCount: 3 }) })),
    );
    await changeFacts(
      h,
      workspaceId,
      ids.map((id) => ({ id, facts: facts({ progress: 50, blockedTaskCount: 3 }) })),
    );
    const { result, statements } = await h.sql.count(() => risksOf(h, token, ids, includeResolved));
    expect(result.map((risks) => risks.map((r) => r.status).join())).toEqual(ids.map(() => (includeResolved ? "OPEN,RESOLVED" : "OPEN")));
    return statements.length;
  }

  it("costs the same number of SQL statements for 3 and for 30 projects: one read, two with the history", async () => {
    expect([await statementsFor(3, false), await statementsFor(3, true)]).toEqual([1, 2]);
    expect([await statementsFor(30, false), await statementsFor(30, true)]).toEqual([1, 2]);
  });
});

// Last in the file: the sweep evaluates every project of the worker's database on a later day.
describe("the daily sweep", () => {
  it("evaluates the facts again on a later day, once a day: the schedule rule follows the calendar", async () => {
    const { workspaceId, token, project } = await workspace(h);
    const projectId = project();
    // Starts in 5 days and lasts 10: nothing is expected of it yet.
    await changeFacts(h, workspaceId, [
      { id: projectId, facts: facts({ progress: 0, startDate: daysFromToday(5), endDate: daysFromToday(15) }) },
    ]);
    expect(await risksOfOne(h, token, projectId)).toEqual([]);

    // Ten days on, halfway through its plan with nothing done, and no change in portfolio since: 50 points behind.
    const later = daysFromToday(10);
    expect(await sweepRisks(h.app.database.orm, later)).toBeGreaterThan(0);
    expect(brief(await risksOfOne(h, token, projectId))).toEqual([
      { rule: "SCHEDULE_SLIPPAGE", severity: "CRITICAL", status: "OPEN", metric: 50 },
    ]);
    await vi.waitFor(async () => expect((await riskEventsOf(h, projectId)).map((event) => event.data.kind)).toEqual(["OPENED"]), WAIT);

    // The same day again: every project's facts are evaluated for it already.
    expect(await sweepRisks(h.app.database.orm, later)).toBe(0);
  });
});
