import { sqlRows } from "@plateau/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInternalSecrets, INTERNAL_CREDENTIAL_HEADER, internalCredential, uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { addMember, createWorkspace, serviceHeaders, startWorkspaces, type Data, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startWorkspaces();
});
afterAll(() => h?.app.close());

const memberships = (userId: string) => new URL(`/internal/users/${userId}/memberships`, h.app.url).toString();
const knownUsers = (workspaceId: string) => new URL(`/internal/workspaces/${workspaceId}/known-users`, h.app.url).toString();

async function call(userId: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Data }> {
  const response = await fetch(memberships(userId), { headers });
  return { status: response.status, body: (await response.json()) as Data };
}

async function ask(workspaceId: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: Data }> {
  const response = await fetch(knownUsers(workspaceId), {
    method: "POST",
    headers: { "content-type": "application/json", ...(headers ?? (await serviceHeaders(h.tokens))) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Data };
}

const REMOVE = `mutation($id: ID!) { removeWorkspaceMember(input: { membershipId: $id }) { removedMembershipId } }`;
const LEAVE = `mutation { leaveWorkspace { removedMembershipId } }`;

describe("the internal endpoints", () => {
  it("refuse, with 401 and no data, callers without a valid internal credential", async () => {
    const credential = async (secrets: typeof h.tokens.internalSecrets, caller = "identity") => ({
      [INTERNAL_CREDENTIAL_HEADER]: await internalCredential(secrets, caller).token(),
    });
    const refused: Record<string, string>[] = [
      {},
      { [INTERNAL_CREDENTIAL_HEADER]: "not-a-jwt" },
      // An access token is not a service credential, in either header.
      { authorization: `Bearer ${await h.tokens.forRole(uuidv7(), "OWNER")}` },
      { [INTERNAL_CREDENTIAL_HEADER]: await h.tokens.forRole(uuidv7(), "OWNER") },
      await credential(generateInternalSecrets()), // signed with a secret we don't hold
    ];
    const userId = uuidv7();
    for (const headers of refused) {
      const { status, body } = await call(userId, headers);
      expect(status, JSON.stringify(headers)).toBe(401);
      expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "UNAUTHENTICATED" } }] });
      const asked = await ask(uuidv7(), { viewerId: userId, userIds: [userId] }, headers);
      expect(asked.status).toBe(401);
      expect(asked.body).not.toHaveProperty("userIds");
    }
  });

  it("answer identity only: another service's credential is refused with 403", async () => {
    const portfolio = await serviceHeaders(h.tokens, "portfolio");
    expect(await call(uuidv7(), portfolio)).toEqual({ status: 403, body: { error: "Only identity may call this endpoint" } });
    expect((await ask(uuidv7(), { viewerId: uuidv7(), userIds: [] }, portfolio)).status).toBe(403);
    expect((await ask(uuidv7(), { viewerId: uuidv7(), userIds: [] }, await serviceHeaders(h.tokens, "gateway"))).status).toBe(403);
  });
});

describe("GET /internal/users/:userId/memberships", () => {
  it("rejects a malformed user id with 400", async () => {
    const { status, body } = await call("not-a-uuid", await serviceHeaders(h.tokens));
    expect(status).toBe(400);
    expect(body).toEqual({ error: expect.stringMatching(/UUID/) });
  });

  it("lists the user's memberships across workspaces, oldest first, without deleted workspaces", async () => {
    const userId = uuidv7();
    const first = await createWorkspace(h, "First Co", userId);
    const second = await createWorkspace(h);
    await addMember(h, second, "MANAGER", userId);
    const deleted = await createWorkspace(h);
    await addMember(h, deleted, "ADMIN", userId);
    const third = await createWorkspace(h);
    await addMember(h, third, "VIEWER", userId);
    // Soft delete arrives with a later issue; set the column the way it will.
    await h.app.database.asOwner((em) => sqlRows(em, `update workspaces.workspace set deleted_at = now() where id = ?`, [deleted.id]));

    const { status, body } = await call(userId, await serviceHeaders(h.tokens));
    expect(status).toBe(200);
    expect(body).toEqual({
      memberships: [
        { workspaceId: first.id, role: "OWNER", workspaceName: "First Co" },
        { workspaceId: second.id, role: "MANAGER", workspaceName: expect.any(String) },
        { workspaceId: third.id, role: "VIEWER", workspaceName: expect.any(String) },
      ],
    });

    const nobody = await call(uuidv7(), await serviceHeaders(h.tokens));
    expect(nobody).toEqual({ status: 200, body: { memberships: [] } });
  });
});

describe("POST /internal/workspaces/:workspaceId/known-users", () => {
  it("answers the members and former members (removed or left) of the workspace, for a member", async () => {
    const ws = await createWorkspace(h);
    const [member, removed, leaver] = [
      await addMember(h, ws, "MEMBER"),
      await addMember(h, ws, "VIEWER"),
      await addMember(h, ws, "MANAGER"),
    ];
    dataOf(await h.gql(REMOVE, ws.ownerToken, { id: removed.membershipId }));
    dataOf(await h.gql(LEAVE, leaver.token));
    const elsewhere = await createWorkspace(h);
    const stranger = uuidv7();
    const userIds = [member.userId, removed.userId, leaver.userId, elsewhere.ownerId, stranger, ws.ownerId];

    const { status, body } = await ask(ws.id, { viewerId: member.userId, userIds });
    expect(status).toBe(200);
    expect([...body.userIds].sort()).toEqual([member.userId, removed.userId, leaver.userId, ws.ownerId].sort());
    // The other workspace's owner knows only their own members: nothing of this workspace.
    expect((await ask(elsewhere.id, { viewerId: elsewhere.ownerId, userIds })).body).toEqual({ userIds: [elsewhere.ownerId] });
  });

  it("answers nothing to a viewer who is not a member now: a former member, or a stranger", async () => {
    const ws = await createWorkspace(h);
    const member = await addMember(h, ws, "MEMBER");
    const removed = await addMember(h, ws, "VIEWER");
    dataOf(await h.gql(REMOVE, ws.ownerToken, { id: removed.membershipId }));
    for (const viewerId of [removed.userId, uuidv7()]) {
      expect(await ask(ws.id, { viewerId, userIds: [member.userId, ws.ownerId] })).toEqual({ status: 200, body: { userIds: [] } });
    }
  });

  it("rejects malformed ids and oversized lists with 400", async () => {
    const viewerId = uuidv7();
    for (const [workspaceId, body] of [
      ["not-a-uuid", { viewerId, userIds: [] }],
      [uuidv7(), { viewerId: "nope", userIds: [] }],
      [uuidv7(), { viewerId, userIds: ["nope"] }],
      [uuidv7(), { viewerId, userIds: "nope" }],
      [uuidv7(), { viewerId, userIds: Array.from({ length: 1001 }, () => viewerId) }],
    ] as const) {
      const answer = await ask(workspaceId, body);
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(answer.body).toEqual({ error: expect.any(String) });
    }
  });
});

describe("deleted workspaces", () => {
  it("read as not found", async () => {
    const ws = await createWorkspace(h);
    await h.app.database.asOwner((em) => sqlRows(em, `update workspaces.workspace set deleted_at = now() where id = ?`, [ws.id]));
    const result = await h.gql(`{ workspace { id } myMemberships { id } }`, ws.ownerToken);
    expect(result.data).toEqual({ workspace: null, myMemberships: [] });
    const entities = await h.gql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Workspace { id } } }`,
      ws.ownerToken,
      {
        reps: [{ __typename: "Workspace", id: ws.id }],
      },
    );
    expect(entities.data).toEqual({ _entities: [null] });
    const add = await h.gql(
      `mutation { addWorkspaceMember(input: { userId: "${uuidv7()}", role: MEMBER }) { membership { id } } }`,
      ws.ownerToken,
    );
    expect(add.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
