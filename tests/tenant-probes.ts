import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { buildSchema, getNamedType, isInputObjectType, Kind, parse, print } from "graphql";
import { uuidv7 } from "@plateau/kernel";
import { execute, type ExecutionResult } from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";
import { buildTenant, type Tenant } from "./tenant-fixtures.js";

/**
 * What the tenant-isolation tests share (tests/tenant-isolation-*.e2e.ts): the graph with two tenants
 * built once per file, the operations the committed schemas say must be covered, and the probes that
 * ask as A's owner and check the answer for traces of B.
 */

/** The running graph and the two tenants: A's owner asks for B's data. */
export interface TenantWorld {
  graph: RunningGraph;
  url: string;
  a: Tenant;
  b: Tenant;
}

/**
 * Starts the graph and builds tenants Alfa and Bravo before the file's tests, and stops it after. The
 * returned object is filled in `beforeAll`: tests read its fields when they run.
 */
export function useTenantWorld(): TenantWorld {
  const world = {} as TenantWorld;
  beforeAll(async () => {
    world.graph = await startTestGraph();
    world.url = world.graph.gateway.url;
    world.a = await buildTenant(world.url, "Alfa");
    world.b = await buildTenant(world.url, "Bravo");
  });
  afterAll(() => world.graph?.close());
  return world;
}

// ---------------------------------------------------------------------------------------------------
// What the schemas say must be covered

export const SCHEMA_DIR = path.resolve(import.meta.dirname, "..", "schema");
export const api = buildSchema(readFileSync(path.join(SCHEMA_DIR, "api.graphql"), "utf8"));
export const SUBGRAPHS = ["identity", "workspaces", "portfolio", "workpackages", "timesheets", "insights"] as const;

/** Query fields of the client API that take an ID argument. */
export function idLookups(): string[] {
  return Object.values(api.getQueryType()!.getFields())
    .filter((field) => field.args.some((arg) => getNamedType(arg.type).name === "ID"))
    .map((field) => field.name)
    .sort();
}

/** `Filter.field` for every IdFilter field of every filter input of the client API. */
export function idFilterFields(): string[] {
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
export function mutationIdFields(): string[] {
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
export function keyTypes(subgraph: string): string[] {
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
export function inputTypeOf(mutation: string): string {
  const field = api.getMutationType()!.getFields()[mutation]!;
  return String(field.args.find((arg) => arg.name === "input")!.type);
}

// ---------------------------------------------------------------------------------------------------
// Probes

/** Every `id` value anywhere in a response. */
export function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "id" && typeof inner === "string" ? [inner] : idsIn(inner)));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Every id a tenant's fixtures hold. */
export function idsOf(tenant: Tenant): Set<string> {
  return new Set(JSON.stringify(tenant).match(UUID));
}

/** A response with its ids blanked: two answers that differ only in the id asked about compare equal. */
export const shapeOf = (result: ExecutionResult<unknown>) =>
  JSON.stringify({ data: result.data, errors: result.errors }).replace(UUID, "<id>");

/** An `_entities` query selecting `select` on `typename`. */
export function entitiesQuery(typename: string, select: string): string {
  return `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${select} } } }`;
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
    insights(first: 10) { totalCount nodes { id kind source headline request { id status } } }
    latestSummary { id }
  } }
  timeEntries(first: 100) { totalCount nodes { id date hours note billable version user { id } } }
  timeCategories(first: 100) { totalCount nodes { id name billable archived version } }
  capacityOverrides(first: 100) { totalCount nodes { id from to hoursPerWeek workingDays user { id } } }
  nonWorkingDays(first: 100) { totalCount nodes { id date name user { id } } }
  weeklyTimesheets(first: 100) { totalCount nodes { id status version rejectionReason history { from to reason actor { id } } } }
  workPackages(first: 100) { totalCount nodes { id name version projectId parent { id } children { id } } }
  architectureElements(first: 100) { totalCount nodes { id name version links { id workPackage { id } } } }
  teams(first: 100) { totalCount nodes { id name version lead { id } members { id } } }
  skills(first: 100) { totalCount nodes { id name version holders { level user { id } } } }
  riskAssessments(first: 100) { totalCount nodes { id projectId rule status severity evidence { ... on TeamOverloadEvidence { team { id } periodTo } ... on KnowledgeConcentrationEvidence { user { id } } } } }
  invitations(first: 100) { totalCount nodes { id email role status } }
  projectCategories(first: 100) { totalCount nodes { id name version } }
  mySessions(first: 100) { totalCount nodes { id } }
}`;

/** The probes of one file's world: they read its tenants when called, so they are built at load. */
export function tenantProbes(world: TenantWorld) {
  /** The ids of B's among `ids`. */
  const ofB = (ids: string[]) => ids.filter((id) => idsOf(world.b).has(id));

  /** `value` with each of B's ids replaced by a fresh one that exists nowhere. */
  function withNowhereIds<T>(value: T): T {
    const fresh = new Map<string, string>();
    const replace = (id: string) => (idsOf(world.b).has(id) ? (fresh.get(id) ?? fresh.set(id, uuidv7()).get(id)!) : id);
    return JSON.parse(JSON.stringify(value).replace(UUID, replace)) as T;
  }

  /** What would betray B in a response: its label (every name of B's carries it) and its members' emails. */
  function tracesOfB(result: unknown): string[] {
    const text = JSON.stringify(result).toLowerCase();
    return [world.b.label, ...world.b.emails].filter((trace) => text.includes(trace.toLowerCase()));
  }

  /** Sends an operation as `token` (A's owner by default) and checks the answer carries no trace of B. */
  async function asA(document: string, variables: Record<string, unknown> = {}, token = world.a.owner.token, target = world.url) {
    const result = await execute<Record<string, unknown>>(target, document, { token, variables });
    expect(tracesOfB(result), `${document} answered with B's data: ${JSON.stringify(result)}`).toEqual([]);
    return result;
  }

  /** The same operation as B's owner: the positive control. */
  async function asB(document: string, variables: Record<string, unknown> = {}, target = world.url) {
    const result = await execute<Record<string, unknown>>(target, document, { token: world.b.owner.token, variables });
    expect(result.errors, document).toBeUndefined();
    return result;
  }

  /** Everything of `tenant` its owner reads through the gateway ({@link EVERYTHING}). */
  async function snapshot(tenant: Tenant): Promise<Pick<ExecutionResult<unknown>, "data" | "errors">> {
    const { data, errors } = await execute<unknown>(world.url, EVERYTHING, {
      token: tenant.owner.token,
      variables: { projectId: tenant.projectId },
    });
    return { data, errors };
  }

  return { ofB, withNowhereIds, tracesOfB, asA, asB, snapshot };
}
