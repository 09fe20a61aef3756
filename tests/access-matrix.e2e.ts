/**
 * The authorization matrix, tested as a client meets it (docs/decisions/0010-one-access-matrix.md): every
 * query and mutation of the composed API runs as an anonymous caller, a signed-in user without a
 * workspace, and each of the five roles of a fixture workspace, and is allowed or refused exactly as
 * the access matrix in @plateau/kernel (access.ts) says. The operations and their arguments come from
 * `schema/api.graphql`, so a new operation is covered the day it appears. A refused operation answers
 * UNAUTHENTICATED (anonymous) or FORBIDDEN naming what it needed, and changes nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATION_ACCESS, roleMayAccess, uuidv7, type WorkspaceRole, type Access } from "@plateau/kernel";
import { buildProject, buildTask, buildUser, buildWorkspaceWithTeam, dataOf, execute } from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";

const api = buildSchema(readFileSync(path.resolve(import.meta.dirname, "..", "schema", "api.graphql"), "utf8"));

interface Caller {
  name: string;
  token?: string;
  signedIn: boolean;
  role?: WorkspaceRole;
}

interface Operation {
  key: string;
  kind: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
  access: Access;
}

const operations: Operation[] = (["Query", "Mutation"] as const).flatMap((typeName) => {
  const type = api.getType(typeName);
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields()).map((field) => ({
    key: `${typeName}.${field.name}`,
    kind: typeName === "Query" ? ("query" as const) : ("mutation" as const),
    field,
    access: OPERATION_ACCESS[`${typeName}.${field.name}`]!,
  }));
});

/** Fixture ids by entity name, so refused operations aim at real rows (and must leave them alone). */
const fixture = new Map<string, string>();

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The id an ID field most likely names: `projectId` → the fixture project; `id` → the operation's entity. */
function idFor(fieldName: string, owner: string): string {
  const entity = fieldName === "id" ? owner : capitalised(fieldName.replace(/Ids?$/, ""));
  return fixture.get(entity) ?? uuidv7();
}

/** The entity an input or operation is about: `UpdateProjectInput` → Project, `deleteTask` → Task. */
function entityOf(name: string): string {
  return capitalised(name.replace(/Input$/, "").replace(/^(create|update|delete|remove|revoke|link|unlink|set|add|change)/i, ""));
}

/** A value for a required argument or input field; only the shape matters to the shield. */
function valueFor(type: GraphQLInputType, fieldName: string, owner: string): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, fieldName, owner);
  if (isListType(type)) return [valueFor(type.ofType, fieldName, owner)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const inner of Object.values(type.getFields())) {
      if (isNonNullType(inner.type) && inner.defaultValue === undefined)
        value[inner.name] = valueFor(inner.type, inner.name, entityOf(type.name));
    }
    return value;
  }
  switch (getNamedType(type).name) {
    case "ID":
      return idFor(fieldName, owner);
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "Date":
      return "2026-11-02";
    case "DateTime":
      return "2026-11-02T10:00:00.000Z";
    default:
      return fieldName.toLowerCase().includes("email") ? "matrix@example.com" : "matrix";
  }
}

const required = (arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined;

/** The document and variables that call `operation` with generated required arguments. */
function request(operation: Operation): { query: string; variables: Record<string, unknown> } {
  const args = operation.field.args.filter(required);
  const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, arg.name, entityOf(operation.field.name))]));
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isLeafType(getNamedType(operation.field.type)) ? "" : " { __typename }";
  return {
    query: `${operation.kind}${declared ? `(${declared})` : ""} { ${operation.field.name}${passed ? `(${passed})` : ""}${selection} }`,
    variables,
  };
}

interface Outcome {
  denied: boolean;
  codes: string[];
  requiredAccess?: unknown;
}

async function attempt(url: string, operation: Operation, caller: Caller): Promise<Outcome> {
  const { query, variables } = request(operation);
  const response = await execute(url, query, { token: caller.token, variables });
  const errors = response.errors ?? [];
  // A refusal by the matrix is the root field's error naming what the operation needs.
  const refusal = errors.find((error) => error.path?.length === 1 && error.extensions?.requiredAccess !== undefined);
  return {
    denied: refusal !== undefined,
    codes: errors.map((error) => String(error.extensions?.code)),
    requiredAccess: refusal?.extensions?.requiredAccess,
  };
}

/** Operations that end the caller's session or membership run last, so they cannot hide other outcomes. */
const LAST = new Set(["logout", "revokeAllSessions", "leaveWorkspace", "transferOwnership", "deleteWorkspace"]);
const ordered = [...operations].sort((a, b) => Number(LAST.has(a.field.name)) - Number(LAST.has(b.field.name)));

/** What the fixture workspace holds, as its OWNER sees it: counts and versions a change would move. */
const SNAPSHOT = `query($projectId: ID!) {
  workspace { id name version }
  board(projectId: $projectId) { version columns { status name wipLimit cards { id rank version } } }
  projects(first: 100) { totalCount nodes { id version name } }
  tasks(first: 100) { totalCount nodes { id version title status } }
  workPackages(first: 100) { totalCount nodes { id version } }
  architectureElements(first: 100) { totalCount nodes { id version } }
  timeEntries(first: 100) { totalCount nodes { id version hours } }
  teams(first: 100) { totalCount nodes { id version } }
  skills(first: 100) { totalCount nodes { id version } }
}`;

describe("the access matrix", () => {
  let graph: RunningGraph;
  let url: string;
  let callers: Caller[];
  let ownerToken: string;

  beforeAll(async () => {
    graph = await startTestGraph();
    url = graph.gateway.url;
    const team = await buildWorkspaceWithTeam(url);
    ownerToken = team.owner.token;
    const project = await buildProject(url, ownerToken);
    const task = await buildTask(url, ownerToken, project.id);
    fixture.set("Workspace", team.workspaceId).set("Project", project.id).set("Task", task.id).set("User", team.VIEWER.id);
    const run = async <T>(query: string, input: Record<string, unknown>) =>
      dataOf(await execute<T>(url, query, { token: ownerToken, variables: { input } }));
    const milestone = await run<{ createMilestone: { milestone: { id: string } } }>(
      `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`,
      { projectId: project.id, name: "Go live", dueDate: "2026-12-01" },
    );
    fixture.set("Milestone", milestone.createMilestone.milestone.id);
    const workPackage = await run<{ createWorkPackage: { workPackage: { id: string } } }>(
      `mutation($input: CreateWorkPackageInput!) { createWorkPackage(input: $input) { workPackage { id } } }`,
      { name: "Matrix package", projectId: project.id },
    );
    fixture.set("WorkPackage", workPackage.createWorkPackage.workPackage.id);
    const element = await run<{ createArchitectureElement: { element: { id: string } } }>(
      `mutation($input: CreateArchitectureElementInput!) { createArchitectureElement(input: $input) { element { id } } }`,
      { type: "GOAL", name: "Matrix goal" },
    );
    fixture
      .set("ArchitectureElement", element.createArchitectureElement.element.id)
      .set("Element", element.createArchitectureElement.element.id);
    const entry = await run<{ logTime: { timeEntry: { id: string } } }>(
      `mutation($input: LogTimeInput!) { logTime(input: $input) { timeEntry { id } } }`,
      { taskId: task.id, projectId: project.id, date: "2026-11-02", hours: 2 },
    );
    fixture.set("TimeEntry", entry.logTime.timeEntry.id);
    const teamRow = await run<{ createTeam: { team: { id: string } } }>(
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`,
      { name: "Matrix team" },
    );
    fixture.set("Team", teamRow.createTeam.team.id);
    const skill = await run<{ createSkill: { skill: { id: string } } }>(
      `mutation($input: CreateSkillInput!) { createSkill(input: $input) { skill { id } } }`,
      { name: "Matrix skill" },
    );
    fixture.set("Skill", skill.createSkill.skill.id);

    const loner = await buildUser(url);
    callers = [
      { name: "anonymous", signedIn: false },
      { name: "signed in, no workspace", token: loner.token, signedIn: true },
      ...(["VIEWER", "MEMBER", "MANAGER", "ADMIN", "OWNER"] as const).map((role) => ({
        name: role,
        token: role === "OWNER" ? team.owner.token : team[role].token,
        signedIn: true,
        role,
      })),
    ];
  });

  afterAll(() => graph?.close());

  it("lists every operation of the API", () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.filter((operation) => operation.access === undefined).map((operation) => operation.key)).toEqual([]);
  });

  it("refuses exactly what the matrix refuses, as every caller, and the refusals change nothing", async () => {
    const mismatches: string[] = [];
    for (const caller of callers) {
      const snapshot = async () =>
        dataOf(await execute(url, SNAPSHOT, { token: ownerToken, variables: { projectId: fixture.get("Project") } }));
      const refused = ordered.filter((operation) => !roleMayAccess(operation.access, caller.signedIn, caller.role));
      const allowed = ordered.filter((operation) => roleMayAccess(operation.access, caller.signedIn, caller.role));

      const before = await snapshot();
      for (const operation of refused) {
        const outcome = await attempt(url, operation, caller);
        const code = caller.signedIn ? "FORBIDDEN" : "UNAUTHENTICATED";
        if (!outcome.denied || outcome.requiredAccess !== operation.access || !outcome.codes.includes(code)) {
          mismatches.push(`${caller.name} ${operation.key}: expected ${code} needing ${operation.access}, got ${JSON.stringify(outcome)}`);
        }
      }
      expect(await snapshot(), `what ${caller.name}'s refused operations left behind`).toEqual(before);

      for (const operation of allowed) {
        const outcome = await attempt(url, operation, caller);
        if (outcome.denied) mismatches.push(`${caller.name} ${operation.key}: expected to be allowed, got ${JSON.stringify(outcome)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
