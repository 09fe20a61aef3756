import { beforeAll, describe, expect, it } from "vitest";
import { buildUser, errorCodes, execute, loginAs, type ExecutionResult } from "@plateau/test-kit";
import { isoDay, run, type Tenant } from "./tenant-fixtures.js";
import { entitiesQuery, idFilterFields, idLookups, idsIn, idsOf, tenantProbes, useTenantWorld } from "./tenant-probes.js";

/**
 * Tenant isolation, end to end (docs/architecture.md, "Tenancy and Row-Level Security"), reads: the
 * OWNER of workspace A asks for workspace B's data by id through root fields, through the filters of
 * every list and through nested fields, and so does a user in both workspaces with a token for A.
 * A gets nothing of B and changes nothing; B's own owner, asking the same, gets it all (so nothing
 * passes for lack of data). The operations to try are read from the committed schemas, so a new one
 * fails here until covered. The world and probes are shared (tests/tenant-probes.ts).
 */

const world = useTenantWorld();

const { ofB, asA, asB } = tenantProbes(world);

// ---------------------------------------------------------------------------------------------------
// Root fields that look one thing up by id

/** The lookups by id; `arg` names the argument when it is not `id`. */
const LOOKUPS: Record<string, { id: (t: Tenant) => string; select: string; arg?: string }> = {
  skill: { id: (t) => t.skillId, select: "id name holders { user { id } }" },
  team: { id: (t) => t.teamId, select: "id name members { id }" },
  riskAssessment: { id: (t) => t.riskAssessmentIds[0]!, select: "id projectId title" },
  analysisRequest: { id: (t) => t.analysisRequestId, select: "id status project { id name } insights { id headline }" },
  insight: { id: (t) => t.insightIds[0]!, select: "id headline summary citations { id } request { id }" },
  milestone: { id: (t) => t.milestoneId, select: "id name project { id }" },
  project: { id: (t) => t.projectId, select: "id name tasks { totalCount }" },
  timeline: { id: (t) => t.projectId, arg: "projectId", select: "id: projectId bars { id title } dependencies { id }" },
  board: { id: (t) => t.projectId, arg: "projectId", select: "id version columns { name cards { id title timeLogged assignee { id } } }" },
  task: { id: (t) => t.taskId, select: "id title timeLogged" },
  timeEntry: { id: (t) => t.timeEntryIds[0]!, select: "id hours note" },
  timesheet: { id: (t) => t.timesheetId, select: "id status totalHours user { id } history { from to actor { id } }" },
  architectureElement: { id: (t) => t.elementId, select: "id name links { id }" },
  workPackage: { id: (t) => t.workPackageId, select: "id name links { id } children { id }" },
};

describe("root fields that take an ID", () => {
  it("are all covered here", () => {
    expect(idLookups()).toEqual([...Object.keys(LOOKUPS), "teamProductivity", "timesheetCsv", "user", "weeklyTimesheet"].sort());
  });

  it("teamProductivity(teamId: <B's>) is refused for A's owner (no team of A) and found for B's", async () => {
    const query = `query($id: ID!, $period: PeriodInput!) { teamProductivity(teamId: $id, period: $period) { team { id } members { totalCount nodes { user { id } } } } }`;
    const variables = { id: world.b.teamId, period: { from: isoDay(30), to: isoDay(0) } };
    const outsider = await asA(query, variables);
    expect(outsider.data).toBeNull();
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "teamId" }] });
    expect((await asB(query, variables)).data).toMatchObject({
      teamProductivity: { team: { id: world.b.teamId }, members: { totalCount: 1, nodes: [{ user: { id: world.b.member.id } }] } },
    });
  });

  it("timesheetCsv(userId: <B's member>) is refused for A's owner (not a member of A) and B's rows exported for B's", async () => {
    const query = `query($id: ID!, $week: Date!) { timesheetCsv(week: $week, userId: $id) { rowCount content } }`;
    const variables = { id: world.b.member.id, week: isoDay(5) };
    const outsider = await asA(query, variables);
    expect(outsider.data).toBeNull();
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "userId" }] });
    const insider = (await asB(query, variables)).data as { timesheetCsv: { rowCount: number; content: string } };
    expect(insider.timesheetCsv.rowCount).toBeGreaterThan(0);
    expect(insider.timesheetCsv.content).toContain("meetings");
  });

  it("weeklyTimesheet(userId: <B's member>) is refused for A's owner (not a member of A) and found for B's", async () => {
    const query = `query($id: ID!, $week: Date!) { weeklyTimesheet(week: $week, userId: $id) { id status user { id } } }`;
    const variables = { id: world.b.member.id, week: isoDay(28) };
    const outsider = await asA(query, variables);
    expect(outsider.data).toBeNull();
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "userId" }] });
    expect((await asB(query, variables)).data).toMatchObject({
      weeklyTimesheet: { id: world.b.timesheetId, status: "SUBMITTED", user: { id: world.b.member.id } },
    });
  });

  it.each(Object.keys(LOOKUPS))("%s(id: <B's>) is null for A's owner and found for B's", async (field) => {
    const { id, select, arg = "id" } = LOOKUPS[field]!;
    const query = `query($id: ID!) { result: ${field}(${arg}: $id) { ${select} } }`;
    const outsider = await asA(query, { id: id(world.b) });
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data).toEqual({ result: null });
    expect((await asB(query, { id: id(world.b) })).data).toMatchObject({ result: { id: id(world.b) } });
  });

  it("user(id: <B's member>) is null for A's owner (no one they share a workspace with) and found for B's", async () => {
    const query = `query($id: ID!) { user(id: $id) {
      id name email memberships { id } teams { id } skills { id } assignedTasks { totalCount } timeEntries { totalCount }
    } }`;
    const outsider = await asA(query, { id: world.b.member.id });
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data).toEqual({ user: null });
    expect((await asB(query, { id: world.b.member.id })).data).toMatchObject({
      user: {
        memberships: [{ id: world.b.memberships.MEMBER }],
        teams: [{ id: world.b.teamId }],
        skills: [{}],
        assignedTasks: { totalCount: 1 },
        timeEntries: { totalCount: 3 },
      },
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// Lists filtered by B's ids

/** The list each filter input filters, aliased `list` (members hang off the workspace). */
const LISTS: Record<string, string> = {
  TeamFilter: "teams",
  ProjectFilter: "projects",
  TaskFilter: "tasks",
  TimeEntryFilter: "timeEntries",
  WeeklyTimesheetFilter: "weeklyTimesheets",
  CapacityOverrideFilter: "capacityOverrides",
  NonWorkingDayFilter: "nonWorkingDays",
  WorkPackageFilter: "workPackages",
  RiskAssessmentFilter: "riskAssessments",
  MembershipFilter: "workspace.members",
  AuditLogFilter: "auditLog",
  // A project's board, read as the list of its cards (the caller's own project: `projectId` variable).
  BoardFilter: "board",
  // A project's activity log (the caller's own project: `projectId` variable).
  ActivityFilter: "project.activity",
};

/**
 * What a listed row shows for the checks: its own id, or for audit entries (whose own ids no fixture
 * holds) the id the filter matched on, so "none of B's" means no entry by or about B's people and things.
 */
const ROW_IDS: Record<string, string> = {
  "AuditLogFilter.actorId": "actor { id }",
  "ActivityFilter.actorId": "actor { id }",
  "AuditLogFilter.entityId": "id: entityId",
};

const FILTERED: Record<string, (t: Tenant) => string[]> = {
  "TeamFilter.id": (t) => [t.teamId],
  "TeamFilter.leadId": (t) => [t.member.id],
  "ProjectFilter.id": (t) => [t.projectId],
  "ProjectFilter.ownerId": (t) => [t.owner.id],
  "ProjectFilter.categoryId": (t) => [t.categoryId],
  "ProjectFilter.teamId": (t) => [t.teamId],
  "TaskFilter.id": (t) => [t.taskId, t.subtaskId, ...t.blockedTaskIds],
  "TaskFilter.projectId": (t) => [t.projectId],
  "TaskFilter.parentId": (t) => [t.taskId],
  "TaskFilter.assigneeId": (t) => [t.member.id],
  "TimeEntryFilter.userId": (t) => [t.member.id],
  "TimeEntryFilter.taskId": (t) => [t.taskId],
  "TimeEntryFilter.projectId": (t) => [t.projectId],
  "TimeEntryFilter.categoryId": (t) => [t.timeCategoryId],
  "WeeklyTimesheetFilter.userId": (t) => [t.member.id],
  "CapacityOverrideFilter.userId": (t) => [t.member.id],
  "NonWorkingDayFilter.userId": (t) => [t.member.id],
  "WorkPackageFilter.id": (t) => [t.workPackageId, t.childWorkPackageId],
  "WorkPackageFilter.projectId": (t) => [t.projectId],
  "WorkPackageFilter.parentId": (t) => [t.workPackageId],
  "RiskAssessmentFilter.projectId": (t) => [t.projectId],
  "MembershipFilter.id": (t) => Object.values(t.memberships),
  "MembershipFilter.userId": (t) => [t.owner.id, t.member.id],
  "AuditLogFilter.actorId": (t) => [t.owner.id],
  "ActivityFilter.actorId": (t) => [t.owner.id],
  "AuditLogFilter.entityId": (t) => [...Object.values(t.memberships), t.invitationId],
  "BoardFilter.assigneeId": (t) => [t.member.id],
};

function listQuery(key: string): string {
  const filterType = key.split(".")[0]!;
  if (filterType === "BoardFilter") {
    return `query($filter: BoardFilter, $projectId: ID!) { board(projectId: $projectId, filter: $filter) { columns { cards { id } } } }`;
  }
  if (filterType === "ActivityFilter") {
    return `query($filter: ActivityFilter, $projectId: ID!) {
      project(id: $projectId) { list: activity(filter: $filter, first: 100) { totalCount nodes { ${ROW_IDS[key] ?? "id"} } } }
    }`;
  }
  const list = LISTS[filterType]!;
  const [parent, field] = list.includes(".") ? list.split(".") : [undefined, list];
  const selection = `list: ${field}(filter: $filter, first: 100) { totalCount nodes { ${ROW_IDS[key] ?? "id"} } }`;
  return `query($filter: ${filterType}) { ${parent ? `${parent} { ${selection} }` : selection} }`;
}

function listOf(result: ExecutionResult<Record<string, unknown>>) {
  const data = result.data as {
    list?: unknown;
    workspace?: { list: unknown };
    project?: { list: unknown };
    board?: { columns: { cards: { id: string }[] }[] };
  };
  if (data.board) {
    const nodes = data.board.columns.flatMap((column) => column.cards);
    return { totalCount: nodes.length, nodes };
  }
  return (data.list ?? data.workspace?.list ?? data.project?.list) as { totalCount: number; nodes: { id: string }[] };
}

/**
 * A page with none of B's rows, whose count matches what it shows (a count that included B's rows
 * would betray them too). Rows of A's own may match where A's data names B's ids (see the mutations).
 */
function expectNoneOfB(page: { totalCount: number; nodes: unknown[] }) {
  expect(ofB(page.nodes.flatMap(idsIn))).toEqual([]);
  expect(page.totalCount).toBe(page.nodes.length);
}

describe("lists filtered by B's ids", () => {
  it("are all covered here", () => {
    expect(Object.keys(FILTERED).sort()).toEqual(idFilterFields());
    for (const key of Object.keys(FILTERED)) expect(LISTS, key).toHaveProperty(key.split(".")[0]!);
  });

  it.each(Object.keys(FILTERED))("%s naming B's ids shows A's owner none of B's rows, and B's owner them", async (key) => {
    const field = key.split(".")[1]!;
    const ids = FILTERED[key]!(world.b);
    const query = listQuery(key);
    for (const filter of [
      { [field]: { in: ids } },
      { [field]: { eq: ids[0] } },
      { or: [{ [field]: { eq: ids[0] } }, { [field]: { in: ids } }] },
    ]) {
      const outsider = await asA(query, { filter, projectId: world.a.projectId });
      expect(outsider.errors).toBeUndefined();
      expectNoneOfB(listOf(outsider));
    }
    const insider = listOf(await asB(query, { filter: { [field]: { in: ids } }, projectId: world.b.projectId }));
    expect(insider.totalCount).toBeGreaterThan(0);
    expect(insider.nodes.flatMap(idsIn).every((id) => idsOf(world.b).has(id))).toBe(true);
  });

  it("unfiltered, hold only A's rows", async () => {
    const query = `{
      projects(first: 100) { nodes { id } } tasks(first: 100) { nodes { id } } timeEntries(first: 100) { nodes { id } }
      workPackages(first: 100) { nodes { id } } architectureElements(first: 100) { nodes { id } } teams(first: 100) { nodes { id } }
      skills(first: 100) { nodes { id } } riskAssessments(first: 100) { nodes { id } }
      workspace { members(first: 100) { nodes { id } } }
    }`;
    const outsider = await asA(query);
    expect(outsider.errors).toBeUndefined();
    const seen = idsIn(outsider.data);
    expect(seen.length).toBeGreaterThan(10);
    expect(ofB(seen)).toEqual([]);
    expect(idsIn((await asB(query)).data)).toEqual(
      expect.arrayContaining([world.b.projectId, world.b.taskId, world.b.teamId, world.b.memberships.MEMBER]),
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Nested fields

describe("nested fields", () => {
  it("lead from A's workspace, members and projects only to A's data", async () => {
    const query = `query($bTasks: [ID!], $bPackages: [ID!]) {
      myMemberships { workspace { id } }
      me { memberships { workspace { id } } }
      workspace { id
        projects(first: 20) { nodes { id
          tasks(first: 100, filter: { id: { in: $bTasks } }) { totalCount }
          workPackages(filter: { id: { in: $bPackages } }) { id }
          milestones { id } owner { id memberships { workspace { id } } }
        } }
        members(first: 20) { nodes { id user { id
          memberships { id workspace { id } }
          assignedTasks(first: 30) { nodes { id project { id } } }
          timeEntries(first: 30) { nodes { id task { id } project { id } } }
          teams { id members { id } } skills { id skill { id } }
        } } }
      }
    }`;
    const variables = { bTasks: FILTERED["TaskFilter.id"]!(world.b), bPackages: FILTERED["WorkPackageFilter.id"]!(world.b) };
    const outsider = await asA(query, variables);
    expect(outsider.errors).toBeUndefined();
    expect(ofB(idsIn(outsider.data))).toEqual([]);
    expect(JSON.stringify(outsider.data)).toContain(world.a.timeEntryIds[0]);
    const inside = await asB(query, variables);
    expect(inside.data).toMatchObject({
      workspace: { projects: { nodes: [{ tasks: { totalCount: 5 }, workPackages: [{ id: world.b.workPackageId }] }] } },
    });
  });

  it("of B's member, reached through A's token, hold nothing of B", async () => {
    // user(id:) does not find B's member for A; the subgraphs that hang workspace data off a User must
    // not show it either when asked for that User directly.
    const query = `query($user: ID!, $project: ID!) {
      user(id: $user) {
        assignedTasks(filter: { projectId: { eq: $project } }) { totalCount }
        timeEntries(filter: { projectId: { eq: $project } }) { totalCount }
      }
    }`;
    const outsider = await asA(query, { user: world.b.member.id, project: world.b.projectId });
    expect(outsider.data).toEqual({ user: null });
    expect((await asB(query, { user: world.b.member.id, project: world.b.projectId })).data).toEqual({
      user: { assignedTasks: { totalCount: 1 }, timeEntries: { totalCount: 2 } },
    });
    const representations = [{ __typename: "User", id: world.b.member.id }];
    for (const [subgraph, selection, expected] of [
      ["portfolio", "assignedTasks { totalCount }", { assignedTasks: { totalCount: 0 } }],
      ["timesheets", "timeEntries { totalCount }", { timeEntries: { totalCount: 0 } }],
    ] as const) {
      const direct = await asA(
        entitiesQuery("User", selection),
        { representations },
        world.a.owner.token,
        world.graph.subgraphs.get(subgraph)!.url,
      );
      expect(direct.data, subgraph).toEqual({ _entities: [expected] });
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Someone in both workspaces

describe("a user in both workspaces, with a token for A", () => {
  let dual: { id: string; email: string; token: string };

  beforeAll(async () => {
    const user = await buildUser(world.url, { name: "Dual User" });
    const add = `mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { membership { id } } }`;
    await run(world.url, world.a.owner.token, add, { input: { userId: user.id, role: "MEMBER" } });
    await run(world.url, world.b.owner.token, add, { input: { userId: user.id, role: "VIEWER" } });
    dual = { id: user.id, email: user.email, token: await loginAs(world.url, user.email, world.a.workspaceId) };
  });

  it("sees B only as a workspace it belongs to: none of B's projects or members", async () => {
    const query = `{ me { memberships { role workspace { id viewerRole projects { totalCount } members { totalCount } } } } }`;
    const result = await asA(query, {}, dual.token);
    expect(result.errors).toBeUndefined();
    const memberships = (result.data as { me: { memberships: { workspace: { id: string } }[] } }).me.memberships;
    expect(memberships.find((m) => m.workspace.id === world.b.workspaceId)).toEqual({
      role: "VIEWER",
      workspace: { id: world.b.workspaceId, viewerRole: "VIEWER", projects: { totalCount: 0 }, members: { totalCount: 0 } },
    });
    expect(memberships.find((m) => m.workspace.id === world.a.workspaceId)).toMatchObject({
      workspace: { projects: { totalCount: expect.any(Number) }, members: { totalCount: 6 } },
    });
  });

  it("gets none of B's data by id, by filter or through _entities", async () => {
    for (const field of Object.keys(LOOKUPS)) {
      const { id, select, arg = "id" } = LOOKUPS[field]!;
      const result = await asA(`query($id: ID!) { result: ${field}(${arg}: $id) { ${select} } }`, { id: id(world.b) }, dual.token);
      expect(result.data, field).toEqual({ result: null });
    }
    for (const key of Object.keys(FILTERED)) {
      const [filterType, field] = key.split(".") as [string, string];
      const result = await asA(
        listQuery(key),
        { filter: { [field]: { in: FILTERED[key]!(world.b) } }, projectId: world.a.projectId },
        dual.token,
      );
      // The audit log is for OWNER and ADMIN: a MEMBER is refused it whatever the filter.
      if (filterType === "AuditLogFilter") expect(errorCodes(result), key).toEqual(["FORBIDDEN"]);
      else expectNoneOfB(listOf(result));
    }
    const portfolio = world.graph.subgraphs.get("portfolio")!.url;
    const projects = await asA(
      entitiesQuery("Workspace", "projects { totalCount }"),
      { representations: [{ __typename: "Workspace", id: world.b.workspaceId }] },
      dual.token,
      portfolio,
    );
    expect(projects.data).toEqual({ _entities: [{ projects: { totalCount: 0 } }] });
    const membership = await asA(
      entitiesQuery("Membership", "id"),
      { representations: [{ __typename: "Membership", id: world.b.memberships.ADMIN }] },
      dual.token,
      world.graph.subgraphs.get("workspaces")!.url,
    );
    expect(membership.data).toEqual({ _entities: [null] });
  });

  it("sees B's data once it switches to B (so the above is not for lack of access)", async () => {
    const { switchWorkspace } = await run<{ switchWorkspace: { accessToken: string } }>(
      world.url,
      dual.token,
      `mutation($input: SwitchWorkspaceInput!) { switchWorkspace(input: $input) { accessToken } }`,
      { input: { workspaceId: world.b.workspaceId } },
    );
    const result = await execute<{ project: { id: string } | null }>(world.url, `query($id: ID!) { project(id: $id) { id } }`, {
      token: switchWorkspace.accessToken,
      variables: { id: world.b.projectId },
    });
    expect(result.data?.project).toEqual({ id: world.b.projectId });
  });
});
