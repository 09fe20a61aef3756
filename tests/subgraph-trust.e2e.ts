import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import {
  Kind,
  parse,
  print,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from "graphql";
import { execute as executeAsClient } from "@plateau/client";
import {
  generateInternalSecrets,
  INTERNAL_AUDIENCE,
  INTERNAL_CREDENTIAL_HEADER,
  internalCredential,
  parseInternalSecrets,
  uuidv7,
  type InternalSecrets,
} from "@plateau/kernel";
import {
  buildProject,
  buildTask,
  buildUser,
  buildWorkspaceWithTeam,
  dataOf,
  errorCodes,
  execute,
  startSubgraphHarness,
  TEST_INTERNAL_SECRETS,
  type ExecutionResult,
} from "@plateau/test-kit";
import { workpackages } from "@plateau/workpackages";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";
import { buildTenant, run, type Tenant } from "./tenant-fixtures.js";

/**
 * Subgraphs are not a second, weaker front door (docs/architecture.md, "Internal credentials between gateway and subgraphs"): straight
 * at each subgraph, a request without a valid internal credential gets 401 UNAUTHENTICATED and nothing
 * runs; with the gateway's credential but an outsider's token, no entity type's `_entities` gives away
 * another workspace's rows or its members' emails (the types are read from each subgraph's own
 * `_service` SDL, so a new one is covered as soon as it exists); and a user's email is for themself and
 * their co-members, present or past, only.
 */

let graph: RunningGraph;
let url: string;
/** The seeded workspace whose data outsiders go after. */
let tenant: Tenant;
/** A user signed up without any workspace. */
let loner: { id: string; email: string; token: string };
/** The owner of another workspace. */
let stranger: { id: string; email: string; token: string };

beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
  tenant = await buildTenant(url, "Zulu");
  loner = await buildUser(url, { name: "Lone Outsider" });
  stranger = (await buildWorkspaceWithTeam(url, { name: "Elsewhere" })).owner;
});
afterAll(() => graph?.close());

const SUBGRAPHS = ["identity", "workspaces", "portfolio", "workpackages", "timesheets", "insights"] as const;
const endpoint = (name: string) => graph.subgraphs.get(name)!.url;

/** A raw POST to `target`, with exactly `headers`: what anyone on the network could send. */
async function post(target: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(target, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const credentialHeader = async (secrets: InternalSecrets, caller = "gateway") => ({
  [INTERNAL_CREDENTIAL_HEADER]: await internalCredential(secrets, caller).token(),
});

/** A credential signed with `key` under `kid`, issued `ageSeconds` ago for `ttlSeconds`. */
const handMade = (key: Uint8Array, kid: string, ageSeconds: number, ttlSeconds: number) => {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", kid })
    .setIssuer("gateway")
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt(now - ageSeconds)
    .setExpirationTime(now - ageSeconds + ttlSeconds)
    .sign(key);
};

const REFUSED = { errors: [{ message: expect.any(String), extensions: { code: "UNAUTHENTICATED" } }] };
const SERVICE = { query: "{ _service { sdl } }" };
const ENTITIES = (typename: string) => ({
  query: `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
  variables: { r: [{ __typename: typename, id: uuidv7() }] },
});

describe("a subgraph called directly", () => {
  it.each(SUBGRAPHS)("%s refuses every request without a credential with 401 UNAUTHENTICATED, running nothing", async (name) => {
    const userToken = { authorization: `Bearer ${tenant.owner.token}` };
    for (const [body, headers] of [
      [SERVICE, {}],
      [ENTITIES("Project"), {}],
      [SERVICE, userToken],
      [{ query: "{ __typename }" }, userToken],
    ] as const) {
      const answer = await post(endpoint(name), body, headers);
      expect(answer, `${name}: ${JSON.stringify(body)}`).toEqual({ status: 401, body: REFUSED });
    }
    const get = await fetch(`${endpoint(name)}?query=${encodeURIComponent("{ _service { sdl } }")}`);
    expect(get.status).toBe(401);
    expect(await get.json()).toEqual(REFUSED);
    // Health stays open: orchestrators and the gateway's own /health ask it.
    expect((await fetch(endpoint(name).replace(/\/graphql$/, "/health"))).status).toBe(200);
  });

  it.each(SUBGRAPHS)("%s refuses forged, expired, foreign and over-long credentials", async (name) => {
    const key = TEST_INTERNAL_SECRETS.keys.get(TEST_INTERNAL_SECRETS.activeId)!;
    const attempts: [string, Record<string, string>][] = [
      ["garbage", { [INTERNAL_CREDENTIAL_HEADER]: "not-a-jwt" }],
      ["a user's access token", { [INTERNAL_CREDENTIAL_HEADER]: tenant.owner.token }],
      ["signed with an unknown secret", await credentialHeader(generateInternalSecrets())],
      ["the right secret under an unknown kid", { [INTERNAL_CREDENTIAL_HEADER]: await handMade(key, "elsewhere", 0, 60) }],
      ["expired", { [INTERNAL_CREDENTIAL_HEADER]: await handMade(key, TEST_INTERNAL_SECRETS.activeId, 120, 60) }],
      [
        "minted to live a day, an hour ago",
        { [INTERNAL_CREDENTIAL_HEADER]: await handMade(key, TEST_INTERNAL_SECRETS.activeId, 3600, 86_400) },
      ],
    ];
    for (const [what, headers] of attempts) {
      expect(await post(endpoint(name), SERVICE, headers), `${name}: ${what}`).toEqual({ status: 401, body: REFUSED });
    }
    // The same request with the gateway's credential is answered.
    const accepted = await post(endpoint(name), SERVICE, await credentialHeader(TEST_INTERNAL_SECRETS));
    expect(accepted.status).toBe(200);
    expect((accepted.body.data as { _service: { sdl: string } })._service.sdl).toContain("@key");
  });

  it("is reached through the gateway, whose requests carry its credential", async () => {
    const answer = await executeAsClient<{ me: { id: string } }>(url, `{ me { id } }`, { token: tenant.owner.token });
    expect(dataOf(answer).me.id).toBe(tenant.owner.id);
  });
});

describe("rotating INTERNAL_SECRETS", () => {
  it("accepts the old and the new secret while both are listed, and refuses the old one once it is dropped", async () => {
    const [old, next] = [generateInternalSecrets(), generateInternalSecrets()];
    const entry = (secrets: InternalSecrets) =>
      `${secrets.activeId}-${secrets === old ? "old" : "new"}:${Buffer.from(secrets.keys.get(secrets.activeId)!).toString("base64url")}`;
    const during = parseInternalSecrets(`${entry(next)},${entry(old)}`);
    const after = parseInternalSecrets(entry(next));
    const before = parseInternalSecrets(entry(old));
    const start = (internalSecrets: InternalSecrets) => startSubgraphHarness(workpackages, { internalSecrets });
    const oldHeader = await credentialHeader(before);
    const newHeader = await credentialHeader(after);

    const duringRotation = await start(during);
    try {
      expect((await post(duringRotation.url, SERVICE, oldHeader)).status).toBe(200);
      expect((await post(duringRotation.url, SERVICE, newHeader)).status).toBe(200);
      // What the services sign with once switched: the new secret.
      expect((await post(duringRotation.url, SERVICE, await credentialHeader(during))).status).toBe(200);
    } finally {
      await duringRotation.close();
    }
    const afterRotation = await start(after);
    try {
      expect(await post(afterRotation.url, SERVICE, oldHeader)).toEqual({ status: 401, body: REFUSED });
      expect((await post(afterRotation.url, SERVICE, newHeader)).status).toBe(200);
    } finally {
      await afterRotation.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Every entity type, straight at its subgraph, with an outsider's token

/** A type's fields as the SDL declares them, merged over `type` and `extend type`. */
type Fields = Map<string, FieldDefinitionNode>;

function objectTypes(sdl: DocumentNode): Map<string, { fields: Fields; keyed: boolean }> {
  const types = new Map<string, { fields: Fields; keyed: boolean }>();
  for (const definition of sdl.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const node = definition as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
    const type = types.get(node.name.value) ?? { fields: new Map(), keyed: false };
    for (const field of node.fields ?? []) type.fields.set(field.name.value, field);
    type.keyed ||= (node.directives ?? []).some(
      (directive) =>
        directive.name.value === "key" &&
        !directive.arguments?.some((argument) => argument.name.value === "resolvable" && print(argument.value) === "false"),
    );
    types.set(node.name.value, type);
  }
  return types;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/**
 * A selection of everything a type offers, three levels deep, one entry per field: every field without a
 * required argument, leaving out what the subgraph does not own (`@external`) or cannot answer from an
 * id (`@requires`).
 */
function fieldSelections(
  types: ReturnType<typeof objectTypes>,
  typename: string,
  depth = 3,
  unions = new Map<string, string[]>(),
): string[] {
  const fields = [...(types.get(typename)?.fields.values() ?? [])].filter(
    (field) =>
      !field.directives?.some((directive) => ["external", "requires"].includes(directive.name.value)) &&
      !field.arguments?.some((argument) => argument.type.kind === Kind.NON_NULL_TYPE && !argument.defaultValue),
  );
  return fields.flatMap((field) => {
    const inner = namedType(field.type);
    const members = unions.get(inner);
    if (members) {
      // A union: each member's fields through an inline fragment.
      if (depth <= 1) return [`${field.name.value} { __typename }`];
      const fragments = members.map(
        (member) => `... on ${member} { __typename ${fieldSelections(types, member, depth - 1, unions).join(" ")} }`,
      );
      return [`${field.name.value} { __typename ${fragments.join(" ")} }`];
    }
    if (!types.has(inner)) return [field.name.value];
    if (depth <= 1) return [];
    return [`${field.name.value} { __typename ${fieldSelections(types, inner, depth - 1, unions).join(" ")} }`];
  });
}

/** The seeded id of each entity type: a new `@key` type fails the test until it is given one here. */
const SEEDED_IDS: Record<string, (t: Tenant) => string> = {
  User: (t) => t.member.id,
  Skill: (t) => t.skillId,
  Team: (t) => t.teamId,
  Workspace: (t) => t.workspaceId,
  Membership: (t) => t.memberships.ADMIN,
  Project: (t) => t.projectId,
  Task: (t) => t.taskId,
  Milestone: (t) => t.milestoneId,
  WorkPackage: (t) => t.workPackageId,
  ArchitectureElement: (t) => t.elementId,
  PackageLink: (t) => t.linkId,
  TimeEntry: (t) => t.timeEntryIds[0]!,
  RiskAssessment: (t) => t.riskAssessmentIds[0]!,
  AnalysisRequest: (t) => t.analysisRequestId,
  Insight: (t) => t.insightIds[0]!,
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The ids of the tenant's rows (its users' ids are not rows of the tenant: users are global). */
function tenantRowIds(t: Tenant): Set<string> {
  const users = new Set([t.owner.id, t.admin.id, t.manager.id, t.member.id, t.viewer.id]);
  return new Set((JSON.stringify(t).match(UUID) ?? []).filter((id) => !users.has(id)));
}

/** What of the tenant a response gives away beyond the id it was asked about: row ids, its label, its members' emails. */
function leaks(result: ExecutionResult<unknown>, asked: string): string[] {
  const text = JSON.stringify({ data: result.data, errors: result.errors });
  const rows = tenantRowIds(tenant);
  const ids = (text.match(UUID) ?? []).filter((id) => id !== asked && rows.has(id));
  const traces = [tenant.label, ...tenant.emails].filter((trace) => text.toLowerCase().includes(trace.toLowerCase()));
  return [...new Set([...ids, ...traces])];
}

describe("_entities straight at each subgraph, with the gateway's credential and an outsider's token", () => {
  it.each(SUBGRAPHS)("%s gives away none of another workspace's rows or emails, for any entity type", async (name) => {
    const sdl = dataOf(await execute<{ _service: { sdl: string } }>(endpoint(name), SERVICE.query))._service.sdl;
    const document = parse(sdl);
    const types = objectTypes(document);
    const unions = new Map(
      document.definitions.flatMap((definition) =>
        definition.kind === Kind.UNION_TYPE_DEFINITION
          ? [[definition.name.value, (definition.types ?? []).map((type) => type.name.value)] as const]
          : [],
      ),
    );
    const keyed = [...types].filter(([, type]) => type.keyed).map(([typename]) => typename);
    expect(keyed.length, `${name} has no @key type`).toBeGreaterThan(0);
    for (const typename of keyed) {
      const seeded = SEEDED_IDS[typename];
      expect(
        seeded,
        `${name}'s @key type ${typename} has no seeded id in SEEDED_IDS: add one (and its data to tenant-fixtures.ts)`,
      ).toBeDefined();
      const id = seeded!(tenant);
      const variables = { r: [{ __typename: typename, id }] };
      // Field by field: a refused field nulls its entity, which would hide what the others give away.
      for (const selection of fieldSelections(types, typename, 3, unions)) {
        const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { __typename ${selection} } } }`;
        for (const [who, token] of [
          ["a user without a workspace", loner.token],
          ["another workspace's owner", stranger.token],
        ] as const) {
          const result = await execute(endpoint(name), query, { token, variables });
          const where = `${name} ${typename} { ${selection} } as ${who}`;
          expect(result.status, where).toBe(200);
          expect(leaks(result, id), `${where}: ${JSON.stringify(result)}`).toEqual([]);
          for (const code of errorCodes(result)) expect(code, `${where}: ${JSON.stringify(result.errors)}`).toBe("FORBIDDEN");
        }
      }
      // The id is real: the tenant's own owner gets the entity.
      const insider = await execute<{ _entities: unknown[] }>(
        endpoint(name),
        `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
        {
          token: tenant.owner.token,
          variables,
        },
      );
      expect(dataOf(insider)._entities, `${name} ${typename} for the tenant's owner`).toEqual([{ __typename: typename }]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Whose email a user shows

const MEMBERS = `{ workspace { members(first: 100) { nodes { id role user { id email } } } } }`;
const REMOVE = `mutation($id: ID!) { removeWorkspaceMember(input: { membershipId: $id }) { removedMembershipId } }`;
const ASSIGNEE = `query($id: ID!) { task(id: $id) { assignee { id name email } } }`;
const USER_BY_REFERENCE = (select: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { ${select} } } }`;

describe("a user's email", () => {
  it("shows to the user, to co-members and to former co-members, never to an outsider, who gets the name at most", async () => {
    const team = await buildWorkspaceWithTeam(url, { name: "Email rule" });
    const member = await run<{ me: { id: string; email: string } }>(url, team.MEMBER.token, `{ me { id email } }`);
    const memberEmail = member.me.email;
    // Self.
    expect(member.me.id).toBe(team.MEMBER.id);
    // A co-member.
    const members = await run<{ workspace: { members: { nodes: { id: string; role: string; user: { id: string; email: string } }[] } } }>(
      url,
      team.owner.token,
      MEMBERS,
    );
    const membership = members.workspace.members.nodes.find((node) => node.user.id === team.MEMBER.id)!;
    expect(membership.user.email).toBe(memberEmail);

    // A former co-member: removed, but still named by the workspace's task.
    const project = await buildProject(url, team.MANAGER.token);
    const task = await buildTask(url, team.MANAGER.token, project.id, { assigneeId: team.MEMBER.id });
    await run(url, team.owner.token, REMOVE, { id: membership.id });
    const assigned = await run<{ task: { assignee: { id: string; email: string } } }>(url, team.VIEWER.token, ASSIGNEE, { id: task.id });
    expect(assigned.task.assignee).toMatchObject({ id: team.MEMBER.id, email: memberEmail });

    // Outsiders, straight at identity: the name, never the email.
    const identityUrl = endpoint("identity");
    const representation = { r: [{ __typename: "User", id: team.MEMBER.id }] };
    for (const token of [loner.token, stranger.token, tenant.owner.token]) {
      const named = await execute<{ _entities: unknown[] }>(identityUrl, USER_BY_REFERENCE("id name"), {
        token,
        variables: representation,
      });
      expect(dataOf(named)._entities).toEqual([{ id: team.MEMBER.id, name: "Member User" }]);
      const withEmail = await execute<{ _entities: unknown[] }>(identityUrl, USER_BY_REFERENCE("id name email"), {
        token,
        variables: representation,
      });
      expect(errorCodes(withEmail)).toEqual(["FORBIDDEN"]);
      expect(withEmail.data?._entities).toEqual([null]);
      expect(JSON.stringify(withEmail)).not.toContain(memberEmail);
    }
    // The removed member, no longer a member, no longer reads the others' emails (their token still names the workspace).
    const former = await execute(identityUrl, USER_BY_REFERENCE("id email"), {
      token: team.MEMBER.token,
      variables: { r: [{ __typename: "User", id: team.owner.id }] },
    });
    expect(errorCodes(former)).toEqual(["FORBIDDEN"]);
    expect(JSON.stringify(former)).not.toContain(team.owner.email);
    // Nor does an outsider find them through the gateway.
    const byGateway = await executeAsClient<{ user: unknown }>(url, `query($id: ID!) { user(id: $id) { id email } }`, {
      token: stranger.token,
      variables: { id: team.MEMBER.id },
    });
    expect(byGateway.data).toEqual({ user: null });
  });
});
