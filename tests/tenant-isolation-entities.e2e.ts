import { describe, expect, it } from "vitest";
import { buildUser, errorCodes, execute, type ExecutionResult } from "@plateau/test-kit";
import type { Tenant } from "./tenant-fixtures.js";
import { entitiesQuery, idsIn, keyTypes, SUBGRAPHS, tenantProbes, useTenantWorld } from "./tenant-probes.js";

/**
 * Tenant isolation, end to end (docs/architecture.md, "Tenancy and Row-Level Security"), `_entities`:
 * the OWNER of workspace A calls `_entities` straight on every subgraph with representations of
 * workspace B's entities, of every `@key` type.
 * A gets nothing of B and changes nothing; B's own owner, asking the same, gets it all (so nothing
 * passes for lack of data). The operations to try are read from the committed schemas, so a new one
 * fails here until covered. The world and probes are shared (tests/tenant-probes.ts).
 */

const world = useTenantWorld();

const { ofB, asA, asB, snapshot } = tenantProbes(world);

// ---------------------------------------------------------------------------------------------------
// `_entities`, straight to each subgraph

interface EntityProbe {
  /** The representation of tenant `t`'s entity. */
  ref: (t: Tenant) => Record<string, unknown>;
  select: string;
  /** What a caller from another workspace must get: null, or the entity with nothing in it. */
  outsider: unknown;
  /** What the tenant's own owner gets (partial). */
  insider: (t: Tenant) => Record<string, unknown>;
}

const owned = (typename: string, id: (t: Tenant) => string, select = "id"): EntityProbe => ({
  ref: (t) => ({ __typename: typename, id: id(t) }),
  select,
  outsider: null,
  insider: (t) => ({ id: id(t) }),
});

const ENTITY_PROBES: Record<(typeof SUBGRAPHS)[number], Record<string, EntityProbe>> = {
  identity: {
    Skill: owned("Skill", (t) => t.skillId, "id name holders { user { id } }"),
    Team: owned("Team", (t) => t.teamId, "id name members { id }"),
    User: {
      ref: (t) => ({ __typename: "User", id: t.member.id }),
      select: "skills { id skill { id } } teams { id }",
      outsider: { skills: [], teams: [] },
      insider: (t) => ({ skills: [{ skill: { id: t.skillId } }], teams: [{ id: t.teamId }] }),
    },
  },
  workspaces: {
    Membership: owned("Membership", (t) => t.memberships.ADMIN, "id role user { id }"),
    Workspace: owned("Workspace", (t) => t.workspaceId, "id name members { totalCount }"),
    User: {
      ref: (t) => ({ __typename: "User", id: t.member.id }),
      select: "memberships { id role }",
      outsider: { memberships: [] },
      insider: (t) => ({ memberships: [{ id: t.memberships.MEMBER, role: "MEMBER" }] }),
    },
  },
  portfolio: {
    Milestone: owned("Milestone", (t) => t.milestoneId, "id name"),
    Project: owned("Project", (t) => t.projectId, "id name progress"),
    Task: owned("Task", (t) => t.taskId, "id title"),
    User: {
      ref: (t) => ({ __typename: "User", id: t.member.id }),
      select: "assignedTasks { totalCount nodes { id } }",
      outsider: { assignedTasks: { totalCount: 0, nodes: [] } },
      insider: (t) => ({ assignedTasks: { totalCount: 1, nodes: [{ id: t.taskId }] } }),
    },
    Workspace: {
      ref: (t) => ({ __typename: "Workspace", id: t.workspaceId }),
      select: "projects { totalCount nodes { id } }",
      outsider: { projects: { totalCount: 0, nodes: [] } },
      insider: (t) => ({ projects: { totalCount: 1, nodes: [{ id: t.projectId }] } }),
    },
  },
  workpackages: {
    ArchitectureElement: owned("ArchitectureElement", (t) => t.elementId, "id name"),
    PackageLink: owned("PackageLink", (t) => t.linkId, "id relation"),
    WorkPackage: owned("WorkPackage", (t) => t.workPackageId, "id name"),
    Project: {
      ref: (t) => ({ __typename: "Project", id: t.projectId }),
      select: "workPackages { id }",
      outsider: { workPackages: [] },
      insider: (t) => ({ workPackages: [{ id: t.workPackageId }] }),
    },
  },
  timesheets: {
    TimeEntry: owned("TimeEntry", (t) => t.timeEntryIds[0]!, "id hours note"),
    User: {
      ref: (t) => ({ __typename: "User", id: t.member.id }),
      select: "timeEntries { totalCount }",
      outsider: { timeEntries: { totalCount: 0 } },
      insider: () => ({ timeEntries: { totalCount: 3 } }),
    },
    Task: {
      ref: (t) => ({ __typename: "Task", id: t.taskId }),
      select: "timeLogged timeEntries { totalCount }",
      outsider: { timeLogged: 0, timeEntries: { totalCount: 0 } },
      insider: () => ({ timeLogged: 8, timeEntries: { totalCount: 2 } }),
    },
    Project: {
      ref: (t) => ({ __typename: "Project", id: t.projectId }),
      select: "effort { totalHours billableHours entryCount contributors }",
      outsider: { effort: { totalHours: 0, billableHours: 0, entryCount: 0, contributors: 0 } },
      insider: () => ({ effort: { totalHours: 8, entryCount: 2, contributors: 1 } }),
    },
  },
  insights: {
    RiskAssessment: owned("RiskAssessment", (t) => t.riskAssessmentIds[0]!, "id projectId title"),
    AnalysisRequest: owned("AnalysisRequest", (t) => t.analysisRequestId, "id status kinds"),
    Insight: owned("Insight", (t) => t.insightIds[0]!, "id headline summary"),
    Project: {
      ref: (t) => ({ __typename: "Project", id: t.projectId }),
      select: "risks(includeResolved: true) { id rule } insights { totalCount nodes { id } } latestSummary { id }",
      outsider: { risks: [], insights: { totalCount: 0, nodes: [] }, latestSummary: null },
      insider: (t) => ({
        risks: expect.arrayContaining(t.riskAssessmentIds.map((id) => ({ id, rule: expect.any(String) }))),
        insights: { totalCount: 2, nodes: expect.arrayContaining(t.insightIds.map((id) => ({ id }))) },
        latestSummary: { id: expect.any(String) },
      }),
    },
  },
};

describe("_entities called straight on each subgraph", () => {
  it("are covered for every @key type of every subgraph", () => {
    expect([...world.graph.subgraphs.keys()].sort()).toEqual([...SUBGRAPHS].sort());
    for (const name of SUBGRAPHS) expect(Object.keys(ENTITY_PROBES[name]).sort(), name).toEqual(keyTypes(name));
  });

  it.each(SUBGRAPHS)("%s resolves none of B's entities for A's owner, writes nothing, and resolves all of them for B's", async (name) => {
    const target = world.graph.subgraphs.get(name)!.url;
    const [beforeA, beforeB] = [await snapshot(world.a), await snapshot(world.b)];
    const answers: [string, ExecutionResult<Record<string, unknown>>][] = [];
    for (const [typename, probe] of Object.entries(ENTITY_PROBES[name])) {
      const outsider = await asA(
        entitiesQuery(typename, probe.select),
        { representations: [probe.ref(world.b)] },
        world.a.owner.token,
        target,
      );
      expect(outsider.errors, `${name} ${typename}`).toBeUndefined();
      expect(ofB(idsIn(outsider.data)), `${name} ${typename} answered with B's rows`).toEqual([]);
      answers.push([typename, outsider]);
    }
    expect(await snapshot(world.b), `_entities on ${name} changed B's data`).toEqual(beforeB);
    expect(await snapshot(world.a), `_entities on ${name}, given B's ids, wrote to A's data`).toEqual(beforeA);
    for (const [typename, outsider] of answers) {
      expect(outsider.data, `${name} ${typename}`).toEqual({ _entities: [ENTITY_PROBES[name][typename]!.outsider] });
    }
    for (const [typename, probe] of Object.entries(ENTITY_PROBES[name])) {
      const insider = await asB(entitiesQuery(typename, probe.select), { representations: [probe.ref(world.b)] }, target);
      expect(insider.data, `${name} ${typename}`).toMatchObject({ _entities: [probe.insider(world.b)] });
    }
  });

  it.each(SUBGRAPHS)("%s gives a token without a workspace none of B's entities, and an anonymous caller nothing", async (name) => {
    const target = world.graph.subgraphs.get(name)!.url;
    const loner = await buildUser(world.url, { name: "Lone User" });
    for (const [typename, probe] of Object.entries(ENTITY_PROBES[name])) {
      const query = entitiesQuery(typename, probe.select);
      const variables = { representations: [probe.ref(world.b)] };
      const outside = await asA(query, variables, loner.token, target);
      for (const code of errorCodes(outside)) expect(code, `${name} ${typename}`).toBe("FORBIDDEN");
      const [entity] = (outside.data?._entities ?? [null]) as unknown[];
      if (entity !== null) expect(entity, `${name} ${typename}`).toEqual(probe.outsider);
      const anonymous = await execute<Record<string, unknown>>(target, query, { variables });
      expect(errorCodes(anonymous), `${name} ${typename}`).toEqual(["UNAUTHENTICATED"]);
      expect(anonymous.data ?? null).toBeNull();
    }
  });

  it("are not reachable through the gateway", async () => {
    const result = await asA(entitiesQuery("Project", "id"), { representations: [{ __typename: "Project", id: world.b.projectId }] });
    expect(errorCodes(result).length).toBeGreaterThan(0);
    for (const code of errorCodes(result)) expect(code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.data ?? null).toBeNull();
  });
});
