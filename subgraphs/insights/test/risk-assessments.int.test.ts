import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes, execute } from "@plateau/test-kit";
import { changeFacts, facts, projectRepresentation, RISKS_QUERY, risksOfOne, startInsights, workspace, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startInsights();
});
afterAll(() => h?.close());

interface Node {
  id: string;
  projectId: string;
  rule: string;
  severity: string;
  status: string;
  project: { id: string };
}
interface ListData {
  riskAssessments: { totalCount: number; nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const LIST = `query($f: RiskAssessmentFilter, $o: RiskAssessmentOrder, $first: Int, $after: String) {
  riskAssessments(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount nodes { id projectId rule severity status project { id } } pageInfo { hasNextPage endCursor }
  }
}`;

async function list(token: string, variables: Record<string, unknown> = {}) {
  return execute<ListData, Record<string, unknown>>(h.app.url, LIST, { token, variables });
}

/**
 * A workspace with three assessed projects: `slipping` (SCHEDULE_SLIPPAGE CRITICAL, BLOCKED_TASKS MEDIUM),
 * `blocked` (BLOCKED_TASKS HIGH) and `recovered` (SCHEDULE_SLIPPAGE, since RESOLVED).
 */
async function assessedWorkspace() {
  const { workspaceId, token, project } = await workspace(h);
  const [slipping, blocked, recovered] = [project(), project(), project()];
  await changeFacts(h, workspaceId, [
    { id: slipping, facts: facts({ progress: 5, blockedTaskCount: 3 }) },
    { id: blocked, facts: facts({ blockedTaskCount: 4 }) },
    { id: recovered, facts: facts({ progress: 30 }) },
  ]);
  await changeFacts(h, workspaceId, [{ id: recovered, facts: facts({ progress: 50 }) }]);
  return { workspaceId, token, slipping, blocked, recovered };
}

describe("riskAssessments", () => {
  it("lists the workspace's assessments with filters", async () => {
    const { token, slipping, blocked, recovered } = await assessedWorkspace();
    const all = dataOf(await list(token)).riskAssessments;
    expect(all.totalCount).toBe(4);
    expect(all.nodes.every((node) => node.project.id === node.projectId)).toBe(true);

    const open = dataOf(await list(token, { f: { status: { eq: "OPEN" } }, o: { field: "SEVERITY", direction: "DESC" } })).riskAssessments;
    expect(open.nodes.map((n) => [n.projectId, n.rule, n.severity])).toEqual([
      [slipping, "SCHEDULE_SLIPPAGE", "CRITICAL"],
      [blocked, "BLOCKED_TASKS", "HIGH"],
      [slipping, "BLOCKED_TASKS", "MEDIUM"],
    ]);

    const ofProject = dataOf(await list(token, { f: { projectId: { eq: slipping }, rule: { eq: "BLOCKED_TASKS" } } })).riskAssessments;
    expect(ofProject.nodes.map((n) => [n.projectId, n.rule])).toEqual([[slipping, "BLOCKED_TASKS"]]);

    const resolved = dataOf(await list(token, { f: { status: { eq: "RESOLVED" } } })).riskAssessments;
    expect(resolved.nodes.map((n) => [n.projectId, n.rule])).toEqual([[recovered, "SCHEDULE_SLIPPAGE"]]);

    const either = dataOf(
      await list(token, {
        f: { or: [{ severity: { in: ["HIGH", "CRITICAL"] }, status: { eq: "OPEN" } }, { projectId: { in: [recovered] } }] },
      }),
    ).riskAssessments;
    expect(either.totalCount).toBe(3);
    expect(either.nodes.map((n) => n.severity).sort()).toEqual(["CRITICAL", "HIGH", "MEDIUM"]);

    const notBlocked = dataOf(
      await list(token, { f: { and: [{ rule: { notIn: ["BLOCKED_TASKS"] } }, { status: { eq: "OPEN" } }] } }),
    ).riskAssessments;
    expect(notBlocked.nodes.map((n) => n.projectId)).toEqual([slipping]);
  });

  it("pages through assessments with cursors", async () => {
    const { token } = await assessedWorkspace();
    const order = { field: "SEVERITY", direction: "ASC" };
    const first = dataOf(await list(token, { o: order, first: 3 })).riskAssessments;
    expect(first.nodes).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await list(token, { o: order, first: 3, after: first.pageInfo.endCursor })).riskAssessments;
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(4);
    const ids = [...first.nodes, ...second.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(4);
    expect(second.nodes[0]!.severity).toBe("CRITICAL");
  });

  it("rejects bad filters and page arguments by name", async () => {
    const { token } = await workspace(h);
    const badId = await list(token, { f: { projectId: { eq: "nope" } } });
    expect(errorCodes(badId)).toEqual(["BAD_USER_INPUT"]);
    expect(badId.errors?.[0]?.extensions?.fields).toEqual([{ field: "filter.projectId.eq", message: '"nope" is not a valid ID' }]);
    expect(errorCodes(await list(token, { first: 101 }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await list(token, { after: "garbage" }))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("riskAssessment", () => {
  const ONE = `query($id: ID!) { riskAssessment(id: $id) { id rule status project { id } } }`;

  it("reads one assessment by id, null when unknown, BAD_USER_INPUT when malformed", async () => {
    const { token, slipping } = await assessedWorkspace();
    const [risk] = await risksOfOne(h, token, slipping);
    const found = await execute(h.app.url, ONE, { token, variables: { id: risk!.id } });
    expect(dataOf(found)).toEqual({
      riskAssessment: { id: risk!.id, rule: "SCHEDULE_SLIPPAGE", status: "OPEN", project: { id: slipping } },
    });
    expect(dataOf(await execute(h.app.url, ONE, { token, variables: { id: uuidv7() } }))).toEqual({ riskAssessment: null });
    const malformed = await execute(h.app.url, ONE, { token, variables: { id: "42" } });
    expect(errorCodes(malformed)).toEqual(["BAD_USER_INPUT"]);
  });

  it("resolves RiskAssessment references like the gateway does", async () => {
    const { token, slipping } = await assessedWorkspace();
    const risks = await risksOfOne(h, token, slipping);
    const result = await execute<{ _entities: unknown[] }, Record<string, unknown>>(
      h.app.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on RiskAssessment { id rule severity project { id } } } }`,
      {
        token,
        variables: {
          r: [...risks.map((r) => ({ __typename: "RiskAssessment", id: r.id })), { __typename: "RiskAssessment", id: uuidv7() }],
        },
      },
    );
    expect(dataOf(result)._entities).toEqual([
      { id: risks[0]!.id, rule: "SCHEDULE_SLIPPAGE", severity: "CRITICAL", project: { id: slipping } },
      { id: risks[1]!.id, rule: "BLOCKED_TASKS", severity: "MEDIUM", project: { id: slipping } },
      null,
    ]);
  });

  it("needs a token: anonymous callers get UNAUTHENTICATED", async () => {
    expect(errorCodes(await execute(h.app.url, `{ riskAssessments { totalCount } }`))).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("tenant isolation", () => {
  it("hides workspace A's assessments from workspace B by id, list and _entities", async () => {
    const a = await assessedWorkspace();
    const { token: tokenB } = await workspace(h, "OWNER");
    const aRisks = await risksOfOne(h, a.token, a.slipping);

    const byId = await execute(h.app.url, `query($id: ID!) { riskAssessment(id: $id) { id } }`, {
      token: tokenB,
      variables: { id: aRisks[0]!.id },
    });
    expect(dataOf(byId)).toEqual({ riskAssessment: null });

    const listed = dataOf(await list(tokenB, { f: { projectId: { eq: a.slipping } } })).riskAssessments;
    expect(listed.totalCount).toBe(0);

    const entities = await execute<{ _entities: unknown[] }, Record<string, unknown>>(
      h.app.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on RiskAssessment { id } } }`,
      { token: tokenB, variables: { r: aRisks.map((r) => ({ __typename: "RiskAssessment", id: r.id })) } },
    );
    expect(dataOf(entities)._entities).toEqual([null, null]);

    // B asking about A's project sees none of A's rows.
    const projectAsB = await execute<{ _entities: { risks: unknown[] }[] }, Record<string, unknown>>(h.app.url, RISKS_QUERY, {
      token: tokenB,
      variables: { r: [projectRepresentation(a.slipping)], all: true },
    });
    expect(dataOf(projectAsB)._entities).toEqual([{ id: a.slipping, risks: [] }]);
    expect(dataOf(await list(tokenB)).riskAssessments.totalCount).toBe(0);
    const stillOpen = await risksOfOne(h, a.token, a.slipping, true);
    expect(stillOpen.map((r) => [r.id, r.status])).toEqual(aRisks.map((r) => [r.id, "OPEN"]));
  });
});
