import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema, getNamedType, isInputObjectType, Kind, parse, print } from "graphql";
import { uuidv7 } from "@plateau/kernel";
import { buildUser, errorCodes, execute, loginAs, TEST_PASSWORD, type ExecutionResult } from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";
import { buildTenant, isoDay, run, type Tenant } from "./tenant-fixtures.js";

/**
 * Tenant isolation, end to end (docs/architecture.md, "Tenancy and Row-Level Security"): the OWNER of workspace A asks for
 * workspace B's projects, tasks, milestones, time entries, work packages, architecture elements, risks,
 * teams, skills and members by id, through root fields, filters, nested fields and `_entities` calls
 * straight to every subgraph, and tries to change B's data or point A's data at it. A gets nothing of B
 * and changes nothing; B's own owner, asking the same, gets it all (so nothing passes for lack of data).
 * The operations to try are read from the committed schemas, so a new one fails here until covered.
 */

let graph: RunningGraph;
let url: string;
let a: Tenant;
let b: Tenant;
/** B's project as portfolio states it: the facts insights `@requires` for `Project.risks`. */
let bFacts: Record<string, unknown>;

beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
  a = await buildTenant(url, "Alfa");
  b = await buildTenant(url, "Bravo");
  const { project } = await run<{ project: Record<string, unknown> }>(
    url,
    b.owner.token,
    `query($id: ID!) { project(id: $id) { progress startDate endDate blockedTaskCount } }`,
    { id: b.projectId },
  );
  bFacts = project;
});
afterAll(() => graph?.close());

// ---------------------------------------------------------------------------------------------------
// What the schemas say must be covered

const SCHEMA_DIR = path.resolve(import.meta.dirname, "..", "schema");
const api = buildSchema(readFileSync(path.join(SCHEMA_DIR, "api.graphql"), "utf8"));
const SUBGRAPHS = ["identity", "workspaces", "portfolio", "workpackages", "timesheets", "insights"] as const;

/** Query fields of the client API that take an ID argument. */
function idLookups(): string[] {
  return Object.values(api.getQueryType()!.getFields())
    .filter((field) => field.args.some((arg) => getNamedType(arg.type).name === "ID"))
    .map((field) => field.name)
    .sort();
}

/** `Filter.field` for every IdFilter field of every filter input of the client API. */
function idFilterFields(): string[] {
  return Object.values(api.getTypeMap())
    .filter(isInputObjectType)
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name === "IdFilter")
        .map((field) => `${type.name}.${field.name}`),
    )
    .sort();
}

/** `mutation.field` for every ID field of every mutation's `input`. */
function mutationIdFields(): string[] {
  return Object.values(api.getMutationType()!.getFields())
    .flatMap((mutation) => {
      const input = mutation.args.find((arg) => arg.name === "input");
      const type = input && getNamedType(input.type);
      if (!type || !isInputObjectType(type)) return [];
      return Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name === "ID")
        .map((field) => `${mutation.name}.${field.name}`);
    })
    .sort();
}

/** The entity types a subgraph resolves through `_entities`: its `@key` types (not those marked `resolvable: false`). */
function keyTypes(subgraph: string): string[] {
  const document = parse(readFileSync(path.join(SCHEMA_DIR, `${subgraph}.graphql`), "utf8"));
  return document.definitions
    .flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      definition.directives?.some(
        (directive) =>
          directive.name.value === "key" &&
          !directive.arguments?.some((argument) => argument.name.value === "resolvable" && print(argument.value) === "false"),
      )
        ? [definition.name.value]
        : [],
    )
    .sort();
}

/** The type of a mutation's `input` argument, as a variable declaration needs it. */
function inputTypeOf(mutation: string): string {
  const field = api.getMutationType()!.getFields()[mutation]!;
  return String(field.args.find((arg) => arg.name === "input")!.type);
}

// ---------------------------------------------------------------------------------------------------
// Helpers

/** Every `id` value anywhere in a response. */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "id" && typeof inner === "string" ? [inner] : idsIn(inner)));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Every id a tenant's fixtures hold. */
function idsOf(tenant: Tenant): Set<string> {
  return new Set(JSON.stringify(tenant).match(UUID));
}

/** The ids of B's among `ids`. */
const ofB = (ids: string[]) => ids.filter((id) => idsOf(b).has(id));

/** `value` with each of B's ids replaced by a fresh one that exists nowhere. */
function withNowhereIds<T>(value: T): T {
  const fresh = new Map<string, string>();
  const replace = (id: string) => (idsOf(b).has(id) ? (fresh.get(id) ?? fresh.set(id, uuidv7()).get(id)!) : id);
  return JSON.parse(JSON.stringify(value).replace(UUID, replace)) as T;
}

/** A response with its ids blanked: two answers that differ only in the id asked about compare equal. */
const shapeOf = (result: ExecutionResult<unknown>) => JSON.stringify({ data: result.data, errors: result.errors }).replace(UUID, "<id>");

/** What would betray B in a response: its label (every name of B's carries it) and its members' emails. */
function tracesOfB(result: unknown): string[] {
  const text = JSON.stringify(result).toLowerCase();
  return [b.label, ...b.emails].filter((trace) => text.includes(trace.toLowerCase()));
}

/** Sends an operation as `token` (A's owner by default) and checks the answer carries no trace of B. */
async function asA(document: string, variables: Record<string, unknown> = {}, token = a.owner.token, target = url) {
  const result = await execute<Record<string, unknown>>(target, document, { token, variables });
  expect(tracesOfB(result), `${document} answered with B's data: ${JSON.stringify(result)}`).toEqual([]);
  return result;
}

/** The same operation as B's owner: the positive control. */
async function asB(document: string, variables: Record<string, unknown> = {}, target = url) {
  const result = await execute<Record<string, unknown>>(target, document, { token: b.owner.token, variables });
  expect(result.errors, document).toBeUndefined();
  return result;
}

/**
 * Everything of a workspace its owner can read through the gateway, with versions, so any change made
 * behind the owner's back shows. Errors are part of the picture (a dangling reference shows as one).
 * Pages fit a tenant's fixtures (totalCount shows any row beyond them) and keep the query's cost
 * under the gateway's limit, as any client's must.
 */
const EVERYTHING = `query($projectId: ID!) {
  timeline(projectId: $projectId) { bars { id baselineStart baselineEnd } dependencies { id type lagDays } }
  board(projectId: $projectId) { id version columns { status name category wipLimit taskCount cards { id rank version } } }
  workspace { id name slug version members(first: 100) { totalCount nodes { id role version user { id } } } }
  projects(first: 10) { totalCount nodes {
    id name key version status health archived owner { id } blockedTaskCount progress
    category { id name version } team { id } statusUpdates(first: 10) { totalCount }
    milestones { id name version status baselineDueDate tasks { id } }
    tasks(first: 30) { totalCount nodes {
      id title version status completion assignee { id } parent { id } timeLogged
      comments(first: 10) { totalCount nodes { id body version } }
    } }
    workPackages { id name version progress parent { id } links { id relation element { id } } }
    effort { totalHours billableHours entryCount contributors }
    risks(includeResolved: true) { id rule status severity metric }
  } }
  timeEntries(first: 100) { totalCount nodes { id date hours note billable version user { id } } }
  workPackages(first: 100) { totalCount nodes { id name version projectId parent { id } children { id } } }
  architectureElements(first: 100) { totalCount nodes { id name version links { id workPackage { id } } } }
  teams(first: 100) { totalCount nodes { id name version members { id } } }
  skills(first: 100) { totalCount nodes { id name version holders { level user { id } } } }
  riskAssessments(first: 100) { totalCount nodes { id projectId rule status severity } }
  invitations(first: 100) { totalCount nodes { id email role status } }
  projectCategories(first: 100) { totalCount nodes { id name version } }
  mySessions(first: 100) { totalCount nodes { id } }
}`;

async function snapshot(tenant: Tenant): Promise<Pick<ExecutionResult<unknown>, "data" | "errors">> {
  const { data, errors } = await execute<unknown>(url, EVERYTHING, {
    token: tenant.owner.token,
    variables: { projectId: tenant.projectId },
  });
  return { data, errors };
}

// ---------------------------------------------------------------------------------------------------
// Root fields that look one thing up by id

/** The lookups by id; `arg` names the argument when it is not `id`. */
const LOOKUPS: Record<string, { id: (t: Tenant) => string; select: string; arg?: string }> = {
  skill: { id: (t) => t.skillId, select: "id name holders { user { id } }" },
  team: { id: (t) => t.teamId, select: "id name members { id }" },
  riskAssessment: { id: (t) => t.riskAssessmentIds[0]!, select: "id projectId title" },
  milestone: { id: (t) => t.milestoneId, select: "id name project { id }" },
  project: { id: (t) => t.projectId, select: "id name tasks { totalCount }" },
  timeline: { id: (t) => t.projectId, arg: "projectId", select: "id: projectId bars { id title } dependencies { id }" },
  board: { id: (t) => t.projectId, arg: "projectId", select: "id version columns { name cards { id title timeLogged assignee { id } } }" },
  task: { id: (t) => t.taskId, select: "id title timeLogged" },
  timeEntry: { id: (t) => t.timeEntryIds[0]!, select: "id hours note" },
  architectureElement: { id: (t) => t.elementId, select: "id name links { id }" },
  workPackage: { id: (t) => t.workPackageId, select: "id name links { id } children { id }" },
};

describe("root fields that take an ID", () => {
  it("are all covered here", () => {
    expect(idLookups()).toEqual([...Object.keys(LOOKUPS), "user"].sort());
  });

  it.each(Object.keys(LOOKUPS))("%s(id: <B's>) is null for A's owner and found for B's", async (field) => {
    const { id, select, arg = "id" } = LOOKUPS[field]!;
    const query = `query($id: ID!) { result: ${field}(${arg}: $id) { ${select} } }`;
    const outsider = await asA(query, { id: id(b) });
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data).toEqual({ result: null });
    expect((await asB(query, { id: id(b) })).data).toMatchObject({ result: { id: id(b) } });
  });

  it("user(id: <B's member>) is null for A's owner (no one they share a workspace with) and found for B's", async () => {
    const query = `query($id: ID!) { user(id: $id) {
      id name email memberships { id } teams { id } skills { id } assignedTasks { totalCount } timeEntries { totalCount }
    } }`;
    const outsider = await asA(query, { id: b.member.id });
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data).toEqual({ user: null });
    expect((await asB(query, { id: b.member.id })).data).toMatchObject({
      user: {
        memberships: [{ id: b.memberships.MEMBER }],
        teams: [{ id: b.teamId }],
        skills: [{}],
        assignedTasks: { totalCount: 1 },
        timeEntries: { totalCount: 2 },
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
    const ids = FILTERED[key]!(b);
    const query = listQuery(key);
    for (const filter of [
      { [field]: { in: ids } },
      { [field]: { eq: ids[0] } },
      { or: [{ [field]: { eq: ids[0] } }, { [field]: { in: ids } }] },
    ]) {
      const outsider = await asA(query, { filter, projectId: a.projectId });
      expect(outsider.errors).toBeUndefined();
      expectNoneOfB(listOf(outsider));
    }
    const insider = listOf(await asB(query, { filter: { [field]: { in: ids } }, projectId: b.projectId }));
    expect(insider.totalCount).toBeGreaterThan(0);
    expect(insider.nodes.flatMap(idsIn).every((id) => idsOf(b).has(id))).toBe(true);
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
    expect(idsIn((await asB(query)).data)).toEqual(expect.arrayContaining([b.projectId, b.taskId, b.teamId, b.memberships.MEMBER]));
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
    const variables = { bTasks: FILTERED["TaskFilter.id"]!(b), bPackages: FILTERED["WorkPackageFilter.id"]!(b) };
    const outsider = await asA(query, variables);
    expect(outsider.errors).toBeUndefined();
    expect(ofB(idsIn(outsider.data))).toEqual([]);
    expect(JSON.stringify(outsider.data)).toContain(a.timeEntryIds[0]);
    const inside = await asB(query, variables);
    expect(inside.data).toMatchObject({
      workspace: { projects: { nodes: [{ tasks: { totalCount: 5 }, workPackages: [{ id: b.workPackageId }] }] } },
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
    const outsider = await asA(query, { user: b.member.id, project: b.projectId });
    expect(outsider.data).toEqual({ user: null });
    expect((await asB(query, { user: b.member.id, project: b.projectId })).data).toEqual({
      user: { assignedTasks: { totalCount: 1 }, timeEntries: { totalCount: 2 } },
    });
    const representations = [{ __typename: "User", id: b.member.id }];
    for (const [subgraph, selection, expected] of [
      ["portfolio", "assignedTasks { totalCount }", { assignedTasks: { totalCount: 0 } }],
      ["timesheets", "timeEntries { totalCount }", { timeEntries: { totalCount: 0 } }],
    ] as const) {
      const direct = await asA(entitiesQuery("User", selection), { representations }, a.owner.token, graph.subgraphs.get(subgraph)!.url);
      expect(direct.data, subgraph).toEqual({ _entities: [expected] });
    }
  });
});

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
      insider: () => ({ timeEntries: { totalCount: 2 } }),
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
    Project: {
      // With the facts portfolio states for B's project, as the gateway would send them.
      ref: (t) => ({ __typename: "Project", id: t.projectId, ...bFacts }),
      select: "risks(includeResolved: true) { id rule }",
      outsider: { risks: [] },
      insider: (t) => ({ risks: expect.arrayContaining(t.riskAssessmentIds.map((id) => ({ id, rule: expect.any(String) }))) }),
    },
  },
};

function entitiesQuery(typename: string, select: string): string {
  return `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${select} } } }`;
}

describe("_entities called straight on each subgraph", () => {
  it("are covered for every @key type of every subgraph", () => {
    expect([...graph.subgraphs.keys()].sort()).toEqual([...SUBGRAPHS].sort());
    for (const name of SUBGRAPHS) expect(Object.keys(ENTITY_PROBES[name]).sort(), name).toEqual(keyTypes(name));
  });

  it.each(SUBGRAPHS)("%s resolves none of B's entities for A's owner, writes nothing, and resolves all of them for B's", async (name) => {
    const target = graph.subgraphs.get(name)!.url;
    const [beforeA, beforeB] = [await snapshot(a), await snapshot(b)];
    const answers: [string, ExecutionResult<Record<string, unknown>>][] = [];
    for (const [typename, probe] of Object.entries(ENTITY_PROBES[name])) {
      const outsider = await asA(entitiesQuery(typename, probe.select), { representations: [probe.ref(b)] }, a.owner.token, target);
      expect(outsider.errors, `${name} ${typename}`).toBeUndefined();
      expect(ofB(idsIn(outsider.data)), `${name} ${typename} answered with B's rows`).toEqual([]);
      answers.push([typename, outsider]);
    }
    expect(await snapshot(b), `_entities on ${name} changed B's data`).toEqual(beforeB);
    expect(await snapshot(a), `_entities on ${name}, given B's ids, wrote to A's data`).toEqual(beforeA);
    for (const [typename, outsider] of answers) {
      expect(outsider.data, `${name} ${typename}`).toEqual({ _entities: [ENTITY_PROBES[name][typename]!.outsider] });
    }
    for (const [typename, probe] of Object.entries(ENTITY_PROBES[name])) {
      const insider = await asB(entitiesQuery(typename, probe.select), { representations: [probe.ref(b)] }, target);
      expect(insider.data, `${name} ${typename}`).toMatchObject({ _entities: [probe.insider(b)] });
    }
  });

  it.each(SUBGRAPHS)("%s gives a token without a workspace none of B's entities, and an anonymous caller nothing", async (name) => {
    const target = graph.subgraphs.get(name)!.url;
    const loner = await buildUser(url, { name: "Lone User" });
    for (const [typename, probe] of Object.entries(ENTITY_PROBES[name])) {
      const query = entitiesQuery(typename, probe.select);
      const variables = { representations: [probe.ref(b)] };
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
    const result = await asA(entitiesQuery("Project", "id"), { representations: [{ __typename: "Project", id: b.projectId }] });
    expect(errorCodes(result).length).toBeGreaterThan(0);
    for (const code of errorCodes(result)) expect(code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.data ?? null).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------
// Mutations

interface MutationCase {
  mutation: string;
  /** The input, pointing (somewhere) at B's data; `fields` are the input fields that carry B's ids. */
  input: () => Record<string, unknown>;
  fields: string[];
  /**
   * The error the client must get (for BAD_USER_INPUT naming one of `fields`), or null for an
   * operation that answers an unknown id without an error (it must then change nothing).
   */
  code: "NOT_FOUND" | "FORBIDDEN" | "BAD_USER_INPUT" | null;
  /** Sent without a token (login). */
  anonymous?: boolean;
}

const renamed = { name: "Alfa was here" };
const BOARD_STATUSES = ["TODO", "IN_PROGRESS", "BLOCKED", "IN_REVIEW", "DONE"] as const;

/** Mutations aimed at B's data by id. */
const ON_B: MutationCase[] = [
  { mutation: "updateProject", input: () => ({ id: b.projectId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteProject", input: () => ({ id: b.projectId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "setProjectBaseline", input: () => ({ projectId: b.projectId }), fields: ["projectId"], code: "BAD_USER_INPUT" },
  { mutation: "removeTaskDependency", input: () => ({ id: b.dependencyId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "editComment", input: () => ({ id: b.commentId, body: "Alfa was here" }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteComment", input: () => ({ id: b.commentId }), fields: ["id"], code: "NOT_FOUND" },
  {
    mutation: "linkMilestoneTasks",
    input: () => ({ milestoneId: b.milestoneId, taskIds: [b.taskId] }),
    fields: ["milestoneId"],
    code: "NOT_FOUND",
  },
  {
    mutation: "unlinkMilestoneTasks",
    input: () => ({ milestoneId: b.milestoneId, taskIds: [b.subtaskId] }),
    fields: ["milestoneId"],
    code: "NOT_FOUND",
  },
  { mutation: "archiveProject", input: () => ({ projectId: b.projectId }), fields: ["projectId"], code: "NOT_FOUND" },
  { mutation: "restoreProject", input: () => ({ projectId: b.projectId }), fields: ["projectId"], code: "NOT_FOUND" },
  {
    mutation: "postProjectStatusUpdate",
    input: () => ({ projectId: b.projectId, health: "OFF_TRACK", text: "Alfa was here" }),
    fields: ["projectId"],
    code: "NOT_FOUND",
  },
  { mutation: "updateProjectCategory", input: () => ({ id: b.categoryId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteProjectCategory", input: () => ({ id: b.categoryId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "updateTask", input: () => ({ id: b.taskId, title: renamed.name, status: "TODO" }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteTask", input: () => ({ id: b.taskId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "moveTask", input: () => ({ taskId: b.taskId, toStatus: "TODO" }), fields: ["taskId"], code: "NOT_FOUND" },
  {
    mutation: "updateWorkflow",
    input: () => ({
      projectId: b.projectId,
      columns: [...BOARD_STATUSES].reverse().map((status) => ({ status, name: renamed.name, category: "TODO" })),
    }),
    fields: ["projectId"],
    code: "NOT_FOUND",
  },
  { mutation: "updateMilestone", input: () => ({ id: b.milestoneId, ...renamed, status: "MISSED" }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteMilestone", input: () => ({ id: b.milestoneId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "updateTimeEntry", input: () => ({ id: b.timeEntryIds[0], hours: 0.25, note: null }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteTimeEntry", input: () => ({ id: b.timeEntryIds[0] }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "updateWorkPackage", input: () => ({ id: b.workPackageId, ...renamed, progress: 0 }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteWorkPackage", input: () => ({ id: b.workPackageId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "updateArchitectureElement", input: () => ({ id: b.elementId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteArchitectureElement", input: () => ({ id: b.elementId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "unlinkWorkPackage", input: () => ({ linkId: b.linkId }), fields: ["linkId"], code: "NOT_FOUND" },
  { mutation: "updateTeam", input: () => ({ id: b.teamId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteTeam", input: () => ({ id: b.teamId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "addTeamMember", input: () => ({ teamId: b.teamId, userId: a.member.id }), fields: ["teamId"], code: "NOT_FOUND" },
  { mutation: "removeTeamMember", input: () => ({ teamId: b.teamId, userId: b.member.id }), fields: ["teamId"], code: "NOT_FOUND" },
  { mutation: "updateSkill", input: () => ({ id: b.skillId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteSkill", input: () => ({ id: b.skillId }), fields: ["id"], code: "NOT_FOUND" },
  {
    mutation: "setUserSkill",
    input: () => ({ userId: a.member.id, skillId: b.skillId, level: "EXPERT" }),
    fields: ["skillId"],
    code: "NOT_FOUND",
  },
  // Answers `removed: false` for a skill the user has no level in, as for one that exists nowhere.
  { mutation: "removeUserSkill", input: () => ({ userId: a.member.id, skillId: b.skillId }), fields: ["skillId"], code: null },
  {
    mutation: "changeMemberRole",
    input: () => ({ membershipId: b.memberships.ADMIN, role: "VIEWER" }),
    fields: ["membershipId"],
    code: "NOT_FOUND",
  },
  { mutation: "removeWorkspaceMember", input: () => ({ membershipId: b.memberships.MEMBER }), fields: ["membershipId"], code: "NOT_FOUND" },
  { mutation: "revokeInvitation", input: () => ({ invitationId: b.invitationId }), fields: ["invitationId"], code: "NOT_FOUND" },
  { mutation: "revokeSession", input: () => ({ sessionId: b.ownerSessionId }), fields: ["sessionId"], code: "NOT_FOUND" },
  {
    mutation: "deleteWorkspace",
    input: () => ({ workspaceId: b.workspaceId, confirmSlug: b.slug }),
    fields: ["workspaceId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "switchWorkspace", input: () => ({ workspaceId: b.workspaceId }), fields: ["workspaceId"], code: "FORBIDDEN" },
  {
    mutation: "login",
    input: () => ({ email: a.ownerEmail, password: TEST_PASSWORD, workspaceId: b.workspaceId }),
    fields: ["workspaceId"],
    code: "FORBIDDEN",
    anonymous: true,
  },
];

/** Mutations of A's own data that point it at B's: a parent, a link, an assignee, an owner, a project. */
const INTO_B: MutationCase[] = [
  {
    mutation: "createTask",
    input: () => ({ projectId: b.projectId, title: "Alfa intruder" }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createTask",
    input: () => ({ projectId: a.projectId, parentId: b.taskId, title: "Alfa intruder" }),
    fields: ["parentId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createTask",
    input: () => ({ projectId: a.projectId, assigneeId: b.member.id, title: "Alfa intruder" }),
    fields: ["assigneeId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "updateTask", input: () => ({ id: a.subtaskId, assigneeId: b.member.id }), fields: ["assigneeId"], code: "BAD_USER_INPUT" },
  { mutation: "updateTask", input: () => ({ id: a.subtaskId, parentId: b.taskId }), fields: ["parentId"], code: "BAD_USER_INPUT" },
  // B's subtask is in the TODO column of B's board, A's subtask in A's: only the workspace differs.
  {
    mutation: "moveTask",
    input: () => ({ taskId: a.subtaskId, toStatus: "TODO", afterTaskId: b.subtaskId }),
    fields: ["afterTaskId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "moveTask",
    input: () => ({ taskId: a.subtaskId, toStatus: "TODO", beforeTaskId: b.subtaskId }),
    fields: ["beforeTaskId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createProject",
    input: () => ({ name: "Alfa intruder", key: "ALFAX", ownerId: b.owner.id }),
    fields: ["ownerId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "updateProject", input: () => ({ id: a.projectId, ownerId: b.owner.id }), fields: ["ownerId"], code: "BAD_USER_INPUT" },
  {
    mutation: "createProject",
    input: () => ({ name: "Alfa intruder", key: "ALFAC", categoryId: b.categoryId }),
    fields: ["categoryId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createProject",
    input: () => ({ name: "Alfa intruder", key: "ALFAT", teamId: b.teamId }),
    fields: ["teamId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateProject",
    input: () => ({ id: a.projectId, categoryId: b.categoryId }),
    fields: ["categoryId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "updateProject", input: () => ({ id: a.projectId, teamId: b.teamId }), fields: ["teamId"], code: "BAD_USER_INPUT" },
  {
    mutation: "createMilestone",
    input: () => ({ projectId: b.projectId, name: "Alfa intruder", dueDate: "2027-01-31" }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "logTime",
    input: () => ({ taskId: b.taskId, projectId: b.projectId, date: isoDay(3), hours: 0.5 }),
    fields: ["taskId", "projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "logTime",
    input: () => ({ taskId: a.subtaskId, projectId: b.projectId, date: isoDay(3), hours: 0.5 }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "logTime",
    input: () => ({ taskId: a.taskId, projectId: a.projectId, userId: b.member.id, date: isoDay(3), hours: 0.5 }),
    fields: ["userId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createWorkPackage",
    input: () => ({ name: "Alfa intruder", projectId: b.projectId }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createWorkPackage",
    input: () => ({ name: "Alfa intruder", parentId: b.workPackageId }),
    fields: ["parentId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateWorkPackage",
    input: () => ({ id: a.workPackageId, projectId: b.projectId }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateWorkPackage",
    input: () => ({ id: a.childWorkPackageId, parentId: b.workPackageId }),
    fields: ["parentId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "linkWorkPackage",
    input: () => ({ workPackageId: a.workPackageId, elementId: b.elementId, relation: "REALIZES" }),
    fields: ["elementId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "linkWorkPackage",
    input: () => ({ workPackageId: b.workPackageId, elementId: a.elementId, relation: "REALIZES" }),
    fields: ["workPackageId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "addComment", input: () => ({ taskId: b.taskId, body: "Alfa was here" }), fields: ["taskId"], code: "BAD_USER_INPUT" },
  {
    mutation: "addTaskDependency",
    input: () => ({ predecessorId: b.taskId, successorId: a.subtaskId }),
    fields: ["predecessorId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "addTaskDependency",
    input: () => ({ predecessorId: a.taskId, successorId: b.subtaskId }),
    fields: ["successorId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "linkMilestoneTasks",
    input: () => ({ milestoneId: a.milestoneId, taskIds: [b.subtaskId] }),
    fields: ["taskIds"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "unlinkMilestoneTasks",
    input: () => ({ milestoneId: a.milestoneId, taskIds: [b.subtaskId] }),
    fields: ["taskIds"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "addTeamMember", input: () => ({ teamId: a.teamId, userId: b.member.id }), fields: ["userId"], code: "BAD_USER_INPUT" },
  { mutation: "removeTeamMember", input: () => ({ teamId: a.teamId, userId: b.member.id }), fields: ["userId"], code: "BAD_USER_INPUT" },
  {
    mutation: "setUserSkill",
    input: () => ({ userId: b.member.id, skillId: a.skillId, level: "EXPERT" }),
    fields: ["userId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "removeUserSkill", input: () => ({ userId: b.member.id, skillId: a.skillId }), fields: ["userId"], code: "BAD_USER_INPUT" },
  { mutation: "transferOwnership", input: () => ({ userId: b.member.id }), fields: ["userId"], code: "BAD_USER_INPUT" },
];

/** ID fields of mutation inputs that may name any user, by design. */
const NOT_TENANT_REFERENCES: Record<string, string> = {
  "addWorkspaceMember.userId": "users are global; adding one to your own workspace is what the operation is for and shows nothing of B",
};

/** Input fields that name a user. */
const USER_FIELDS = new Set(["userId", "assigneeId", "ownerId"]);

const caseName = (c: MutationCase) => `${c.mutation}(${c.fields.map((field) => `${field}: <B's>`).join(", ")})`;

/** Sends a case's mutation as A's owner (or anonymously), with `input`. */
async function send(c: MutationCase, input: Record<string, unknown>) {
  const document = `mutation($input: ${inputTypeOf(c.mutation)}) { result: ${c.mutation}(input: $input) { __typename } }`;
  return c.anonymous ? await execute<Record<string, unknown>>(url, document, { variables: { input } }) : await asA(document, { input });
}

/** The case is refused with its code (or, code null, answered as an unknown id) and writes nothing anywhere. */
async function expectNoEffect(c: MutationCase) {
  const [beforeA, beforeB] = [await snapshot(a), await snapshot(b)];
  const result = await send(c, c.input());
  expect(tracesOfB(result)).toEqual([]);
  expect(await snapshot(b), `${caseName(c)} changed B's data`).toEqual(beforeB);
  if (c.code === null) expect(result.errors).toBeUndefined();
  else {
    expect(result.data?.result ?? null, `${caseName(c)} was accepted`).toBeNull();
    expect(errorCodes(result)).toEqual([c.code]);
  }
  if (c.code === "BAD_USER_INPUT") {
    const named = (result.errors![0]!.extensions!.fields as { field: string }[]).map((problem) => problem.field);
    // A list's entry is named with its index, e.g. `input.taskIds.0`.
    expect(
      c.fields.some((field) => named[0] === `input.${field}` || named[0]?.startsWith(`input.${field}.`)),
      `${named[0]}`,
    ).toBe(true);
  }
  expect(await snapshot(a), `${caseName(c)} wrote to A's data`).toEqual(beforeA);
  return result;
}

describe("mutations with B's ids", () => {
  it("are all covered here", () => {
    const covered = [...ON_B, ...INTO_B].flatMap((c) => c.fields.map((field) => `${c.mutation}.${field}`));
    expect([...new Set([...covered, ...Object.keys(NOT_TENANT_REFERENCES)])].sort()).toEqual(mutationIdFields());
  });

  it("are checked against snapshots that show all of both workspaces' data", async () => {
    for (const tenant of [a, b]) {
      const seen = await snapshot(tenant);
      expect(seen.errors).toBeUndefined();
      expect(idsIn(seen.data)).toEqual(expect.arrayContaining([...idsOf(tenant)]));
    }
  });

  it.each(ON_B.map((c) => [caseName(c), c] as const))(
    "%s changes nothing and answers as for an id that exists nowhere",
    async (_name, c) => {
      const result = await expectNoEffect(c);
      expect(shapeOf(result)).toEqual(shapeOf(await send(c, withNowhereIds(c.input()))));
    },
  );

  it.each(INTO_B.map((c) => [caseName(c), c] as const))("A's %s is refused and writes nothing", async (_name, c) => {
    const result = await expectNoEffect(c);
    // Users are global (identity): whether a user id exists anywhere is not B's to hide.
    if (!c.fields.some((field) => USER_FIELDS.has(field))) {
      expect(shapeOf(result)).toEqual(shapeOf(await send(c, withNowhereIds(c.input()))));
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Someone in both workspaces

describe("a user in both workspaces, with a token for A", () => {
  let dual: { id: string; email: string; token: string };

  beforeAll(async () => {
    const user = await buildUser(url, { name: "Dual User" });
    const add = `mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { membership { id } } }`;
    await run(url, a.owner.token, add, { input: { userId: user.id, role: "MEMBER" } });
    await run(url, b.owner.token, add, { input: { userId: user.id, role: "VIEWER" } });
    dual = { id: user.id, email: user.email, token: await loginAs(url, user.email, a.workspaceId) };
  });

  it("sees B only as a workspace it belongs to: none of B's projects or members", async () => {
    const query = `{ me { memberships { role workspace { id viewerRole projects { totalCount } members { totalCount } } } } }`;
    const result = await asA(query, {}, dual.token);
    expect(result.errors).toBeUndefined();
    const memberships = (result.data as { me: { memberships: { workspace: { id: string } }[] } }).me.memberships;
    expect(memberships.find((m) => m.workspace.id === b.workspaceId)).toEqual({
      role: "VIEWER",
      workspace: { id: b.workspaceId, viewerRole: "VIEWER", projects: { totalCount: 0 }, members: { totalCount: 0 } },
    });
    expect(memberships.find((m) => m.workspace.id === a.workspaceId)).toMatchObject({
      workspace: { projects: { totalCount: expect.any(Number) }, members: { totalCount: 6 } },
    });
  });

  it("gets none of B's data by id, by filter or through _entities", async () => {
    for (const field of Object.keys(LOOKUPS)) {
      const { id, select, arg = "id" } = LOOKUPS[field]!;
      const result = await asA(`query($id: ID!) { result: ${field}(${arg}: $id) { ${select} } }`, { id: id(b) }, dual.token);
      expect(result.data, field).toEqual({ result: null });
    }
    for (const key of Object.keys(FILTERED)) {
      const [filterType, field] = key.split(".") as [string, string];
      const result = await asA(listQuery(key), { filter: { [field]: { in: FILTERED[key]!(b) } }, projectId: a.projectId }, dual.token);
      // The audit log is for OWNER and ADMIN: a MEMBER is refused it whatever the filter.
      if (filterType === "AuditLogFilter") expect(errorCodes(result), key).toEqual(["FORBIDDEN"]);
      else expectNoneOfB(listOf(result));
    }
    const portfolio = graph.subgraphs.get("portfolio")!.url;
    const projects = await asA(
      entitiesQuery("Workspace", "projects { totalCount }"),
      { representations: [{ __typename: "Workspace", id: b.workspaceId }] },
      dual.token,
      portfolio,
    );
    expect(projects.data).toEqual({ _entities: [{ projects: { totalCount: 0 } }] });
    const membership = await asA(
      entitiesQuery("Membership", "id"),
      { representations: [{ __typename: "Membership", id: b.memberships.ADMIN }] },
      dual.token,
      graph.subgraphs.get("workspaces")!.url,
    );
    expect(membership.data).toEqual({ _entities: [null] });
  });

  it("sees B's data once it switches to B (so the above is not for lack of access)", async () => {
    const { switchWorkspace } = await run<{ switchWorkspace: { accessToken: string } }>(
      url,
      dual.token,
      `mutation($input: SwitchWorkspaceInput!) { switchWorkspace(input: $input) { accessToken } }`,
      { input: { workspaceId: b.workspaceId } },
    );
    const result = await execute<{ project: { id: string } | null }>(url, `query($id: ID!) { project(id: $id) { id } }`, {
      token: switchWorkspace.accessToken,
      variables: { id: b.projectId },
    });
    expect(result.data?.project).toEqual({ id: b.projectId });
  });
});
