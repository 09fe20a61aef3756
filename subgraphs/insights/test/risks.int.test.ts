import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import type { EntityManager } from "@mikro-orm/core";
import { scopeEntityManager, TENANT_FILTER } from "@plateau/subgraph-kit";
import { dataOf, errorCodes, execute } from "@plateau/test-kit";
import { RiskAssessment } from "../src/index.js";
import { riskService } from "../src/modules/risk/risk.service.js";
import {
  daysFromToday,
  facts,
  projectRepresentation,
  RISKS_QUERY,
  risksOf,
  risksOfOne,
  startInsights,
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
  it("opens, updates and resolves assessments as the project's facts change", async () => {
    const { token, project } = await workspace(h);
    const projectId = await project();

    const opened = await risksOfOne(h, token, projectId, facts({ progress: 30, blockedTaskCount: 3 }));
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

    const worse = await risksOfOne(h, token, projectId, facts({ progress: 5, blockedTaskCount: 6 }));
    expect(brief(worse)).toEqual([
      { rule: "SCHEDULE_SLIPPAGE", severity: "CRITICAL", status: "OPEN", metric: 45 },
      { rule: "BLOCKED_TASKS", severity: "CRITICAL", status: "OPEN", metric: 6 },
    ]);
    // The same assessments, refreshed: detected once, evaluated again.
    expect(worse.map((r) => r.id)).toEqual(opened.map((r) => r.id));
    expect(worse[0]!.detectedAt).toBe(opened[0]!.detectedAt);
    expect(Date.parse(worse[0]!.lastEvaluatedAt)).toBeGreaterThan(Date.parse(opened[0]!.lastEvaluatedAt));
    expect(worse[1]!.detail).toBe("6 tasks are blocked");

    const onSchedule = facts({ progress: 50, blockedTaskCount: 6 });
    expect(brief(await risksOfOne(h, token, projectId, onSchedule))).toEqual([
      { rule: "BLOCKED_TASKS", severity: "CRITICAL", status: "OPEN", metric: 6 },
    ]);
    const history = await risksOfOne(h, token, projectId, onSchedule, true);
    expect(brief(history)).toEqual([
      { rule: "BLOCKED_TASKS", severity: "CRITICAL", status: "OPEN", metric: 6 },
      { rule: "SCHEDULE_SLIPPAGE", severity: "CRITICAL", status: "RESOLVED", metric: 45 },
    ]);
    expect(history[1]!.id).toBe(opened[0]!.id);
    expect(history[1]!.resolvedAt).not.toBeNull();

    // Slipping again opens a new assessment; the resolved one stays as history.
    const again = await risksOfOne(h, token, projectId, facts({ progress: 35, blockedTaskCount: 0 }), true);
    expect(brief(again)).toEqual([
      { rule: "SCHEDULE_SLIPPAGE", severity: "MEDIUM", status: "OPEN", metric: 15 },
      { rule: "BLOCKED_TASKS", severity: "CRITICAL", status: "RESOLVED", metric: 6 },
      { rule: "SCHEDULE_SLIPPAGE", severity: "CRITICAL", status: "RESOLVED", metric: 45 },
    ]);
    expect(again[0]!.id).not.toBe(opened[0]!.id);
  });

  it("keeps one OPEN assessment per rule however often, and however concurrently, it is evaluated", async () => {
    const { token, project } = await workspace(h);
    const projectId = await project();
    const concurrent = await Promise.all(
      Array.from({ length: 6 }, () => risksOfOne(h, token, projectId, facts({ progress: 30, blockedTaskCount: 4 }))),
    );
    expect(concurrent.every((risks) => risks.length === 2)).toBe(true);
    for (let i = 0; i < 3; i++) await risksOfOne(h, token, projectId, facts({ progress: 12 - i, blockedTaskCount: 5 }));

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

  it("evaluates and stores nothing for a project portfolio does not confirm: another workspace's, or none", async () => {
    const caller = await workspace(h, "OWNER");
    const other = await workspace(h, "OWNER");
    const firing = facts({ progress: 5, blockedTaskCount: 6 });
    const [theirs, nowhere, own] = await risksOf(h, caller.token, [
      { id: await other.project(), facts: firing },
      { id: uuidv7(), facts: firing },
      { id: await caller.project(), facts: firing },
    ]);
    expect(theirs).toEqual([]);
    expect(nowhere).toEqual([]);
    expect(own).toHaveLength(2);
    const count = `{ riskAssessments { totalCount nodes { projectId } } }`;
    const stored = dataOf(await execute<{ riskAssessments: { totalCount: number } }>(h.app.url, count, { token: caller.token }));
    expect(stored.riskAssessments.totalCount).toBe(2);
    const theirsStored = dataOf(await execute<{ riskAssessments: { totalCount: number } }>(h.app.url, count, { token: other.token }));
    expect(theirsStored.riskAssessments.totalCount).toBe(0);
  });

  it("lets concurrent first evaluations race to open a rule: the losers update the winner's row", async () => {
    // Through the service, so that the evaluations really overlap (HTTP requests arrive staggered).
    const workspaceId = uuidv7();
    const projectId = uuidv7();
    const fork = () => {
      const em = scopeEntityManager(h.app.database.orm.em.fork() as EntityManager, { workspaceId });
      em.setFilterParams(TENANT_FILTER, { workspaceId });
      return em;
    };
    const project = { id: projectId, ...facts({ progress: 20, blockedTaskCount: 3 }) };
    const results = await Promise.all(Array.from({ length: 8 }, () => riskService.evaluate(fork(), workspaceId, [project])));
    const ids = results.map(([risks]) => risks!.map((risk) => risk.id).join());
    expect(new Set(ids).size).toBe(1);
    expect(await fork().count(RiskAssessment, { projectId })).toBe(2);
  });

  it("finds no schedule risk before the start date or without a plan", async () => {
    const { token, project } = await workspace(h);
    const notStarted = facts({ progress: 0, startDate: daysFromToday(1), endDate: daysFromToday(30) });
    const unplanned = facts({ progress: 0, startDate: null, endDate: null });
    const [a, b] = await risksOf(h, token, [
      { id: await project(), facts: notStarted },
      { id: await project(), facts: unplanned },
    ]);
    expect(a).toEqual([]);
    expect(b).toEqual([]);
  });

  it("marks an overdue, unfinished project at least HIGH", async () => {
    const { token, project } = await workspace(h);
    const overdue = facts({ progress: 85, startDate: daysFromToday(-60), endDate: daysFromToday(-1) });
    const [risk] = await risksOfOne(h, token, await project(), overdue);
    expect(risk).toMatchObject({ rule: "SCHEDULE_SLIPPAGE", severity: "HIGH", metric: 15, title: "Project is past its end date" });
  });

  it("lets any role evaluate by reading, but only with a workspace-scoped token", async () => {
    const { token: viewer, project } = await workspace(h, "VIEWER");
    expect(brief(await risksOfOne(h, viewer, await project(), facts({ blockedTaskCount: 4 })))).toEqual([
      { rule: "BLOCKED_TASKS", severity: "HIGH", status: "OPEN", metric: 4 },
    ]);

    const variables = { r: [projectRepresentation(uuidv7(), facts({ blockedTaskCount: 4 }))] };
    expect(errorCodes(await execute(h.app.url, RISKS_QUERY, { variables }))).toEqual(["UNAUTHENTICATED"]);
    const noWorkspace = await h.tokens.sign({ sub: uuidv7(), sid: uuidv7() });
    const forbidden = await execute(h.app.url, RISKS_QUERY, { token: noWorkspace, variables });
    expect(errorCodes(forbidden)).toEqual(["FORBIDDEN"]);
  });

  it("rejects a representation without the required facts", async () => {
    const { token } = await workspace(h);
    for (const r of [
      { __typename: "Project", id: uuidv7() },
      { ...projectRepresentation(uuidv7(), facts()), progress: "50" },
      { ...projectRepresentation(uuidv7(), facts()), startDate: "yesterday" },
      projectRepresentation("not-an-id", facts()),
    ]) {
      const result = await execute(h.app.url, RISKS_QUERY, { token, variables: { r: [r] } });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect((result.errors?.[0]?.extensions?.fields as { field: string }[])[0]!.field).toMatch(/^representations/);
    }
  });
});

describe("batching", () => {
  /**
   * Evaluates `count` projects in one request and returns the SQL statements it cost insights, and those
   * it cost portfolio to confirm the projects (one `_entities` call for all of them).
   */
  async function statementsFor(count: number) {
    const { token, project } = await workspace(h);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await project());
    const run = async (projectFacts: ReturnType<typeof facts>, includeResolved = false) => {
      let asked = 0;
      const { result, statements } = await h.sql.count(async () => {
        const counted = await h.portfolioSql.count(() =>
          risksOf(
            h,
            token,
            ids.map((id) => ({ id, facts: projectFacts })),
            includeResolved,
          ),
        );
        asked = counted.statements.length;
        return counted.result;
      });
      expect(result).toHaveLength(count);
      expect(asked, "portfolio statements").toBe(1);
      return { result, statements: statements.length };
    };
    const open = await run(facts({ progress: 30, blockedTaskCount: 3 }));
    expect(open.result.every((risks) => risks.length === 2)).toBe(true);
    const update = await run(facts({ progress: 5, blockedTaskCount: 6 }));
    expect(update.result.every((risks) => risks.every((r) => r.severity === "CRITICAL"))).toBe(true);
    const resolve = await run(facts({ progress: 50, blockedTaskCount: 6 }), true);
    expect(resolve.result.every((risks) => risks.map((r) => r.status).join() === "OPEN,RESOLVED")).toBe(true);
    return [open.statements, update.statements, resolve.statements];
  }

  it("costs the same number of SQL statements for 3 and for 30 projects", async () => {
    const few = await statementsFor(3);
    const many = await statementsFor(30);
    expect(many).toEqual(few);
    // Each evaluation: claim the facts, read the OPEN rows, one batched write of the assessments, one of
    // their insights.risk.changed events; resolving also reads the RESOLVED rows.
    expect(few).toEqual([4, 4, 5]);
  });
});
