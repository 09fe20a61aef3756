import { sqlRows } from "@plateau/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { createTestTokens } from "@plateau/test-kit";
import { addMember, createWorkspace, serviceToken, startWorkspaces, type Data, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startWorkspaces();
});
afterAll(() => h?.app.close());

const endpoint = (userId: string) => new URL(`/internal/users/${userId}/memberships`, h.app.url).toString();

async function call(userId: string, authorization?: string): Promise<{ status: number; body: Data }> {
  const response = await fetch(endpoint(userId), { headers: authorization ? { authorization } : {} });
  return { status: response.status, body: (await response.json()) as Data };
}

describe("GET /internal/users/:userId/memberships", () => {
  it("refuses callers without a valid identity service token", async () => {
    const userId = uuidv7();
    const strangerKeys = await createTestTokens();
    const refused = [
      undefined,
      "Basic Zm9vOmJhcg==",
      "Bearer not-a-jwt",
      `Bearer ${await h.tokens.forRole(uuidv7(), "OWNER")}`, // an access token is not a service token
      `Bearer ${await serviceToken(h.tokens, "portfolio")}`, // another service
      `Bearer ${await serviceToken(strangerKeys, "identity")}`, // signed by a key we don't trust
    ];
    for (const authorization of refused) {
      const { status, body } = await call(userId, authorization);
      expect(status, String(authorization)).toBe(401);
      expect(body).toEqual({ error: expect.any(String) });
    }
  });

  it("rejects a malformed user id with 400", async () => {
    const { status, body } = await call("not-a-uuid", `Bearer ${await serviceToken(h.tokens)}`);
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

    const { status, body } = await call(userId, `Bearer ${await serviceToken(h.tokens)}`);
    expect(status).toBe(200);
    expect(body).toEqual({
      memberships: [
        { workspaceId: first.id, role: "OWNER", workspaceName: "First Co" },
        { workspaceId: second.id, role: "MANAGER", workspaceName: expect.any(String) },
        { workspaceId: third.id, role: "VIEWER", workspaceName: expect.any(String) },
      ],
    });

    const nobody = await call(uuidv7(), `Bearer ${await serviceToken(h.tokens)}`);
    expect(nobody).toEqual({ status: 200, body: { memberships: [] } });
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
