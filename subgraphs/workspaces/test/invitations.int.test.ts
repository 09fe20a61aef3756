import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlRows } from "@plateau/subgraph-kit";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes } from "@plateau/test-kit";
import {
  ACCEPT,
  addMember,
  createWorkspace,
  invite,
  inviteeEmail,
  membersOf,
  startWorkspaces,
  userToken,
  type Data,
  type Harness,
} from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startWorkspaces();
});
afterAll(() => h?.app.close());

const INVITE = `mutation($email: String!, $role: WorkspaceRole!) { inviteMember(input: { email: $email, role: $role }) { invitation { id email role status } } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(input: { invitationId: $id }) { invitation { id status revokedAt } } }`;
const LIST = `query($filter: InvitationFilter, $first: Int, $after: String) { invitations(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id email role status acceptedAt acceptedBy { id } } } }`;

const accept = async (token: string, asUser = uuidv7()) => ({
  userId: asUser,
  result: await h.gql(ACCEPT, await userToken(h.tokens, asUser), { token }),
});
const listed = async (token: string, filter: Data = {}) => dataOf(await h.gql(LIST, token, { filter })).invitations;
const statusOf = async (ownerToken: string, id: string) =>
  (await listed(ownerToken)).nodes.find((node: Data) => node.id === id)?.status as string | undefined;

/** Moves an invitation's expiry into the past, as time passing would. */
const expire = (invitationId: string) =>
  h.app.database.asOwner((em) =>
    sqlRows(em, `update workspaces.invitation set expires_at = now() - interval '1 minute' where id = ?`, [invitationId]),
  );

describe("inviteMember", () => {
  it("creates a pending invitation and sends its token to the normalised address, never in the answer", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    const email = inviteeEmail();
    const result = await h.gql(
      `mutation($email: String!) { inviteMember(input: { email: $email, role: MEMBER }) {
         invitation { id email role status expiresAt createdAt invitedBy { id } acceptedAt acceptedBy { id } revokedAt } } }`,
      admin.token,
      { email: `  ${email.toUpperCase()} ` },
    );
    const invitation = dataOf(result).inviteMember.invitation;
    expect(invitation).toMatchObject({
      email,
      role: "MEMBER",
      status: "PENDING",
      invitedBy: { id: admin.userId },
      acceptedAt: null,
      revokedAt: null,
    });
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const notice = h.invitations.at(-1)!;
    expect(notice).toMatchObject({ email, workspaceId: ws.id, role: "MEMBER", invitedById: admin.userId });
    expect(notice.token).toMatch(/^inv_[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(result)).not.toContain(notice.token.slice(4));

    expect((await listed(ws.ownerToken)).nodes).toEqual([
      { id: invitation.id, email, role: "MEMBER", status: "PENDING", acceptedAt: null, acceptedBy: null },
    ]);
  });

  it("refuses malformed addresses with BAD_USER_INPUT on input.email", async () => {
    const ws = await createWorkspace(h);
    for (const email of [
      "",
      "no-at-sign",
      "two@@example.com",
      "a@b",
      "a b@example.com",
      "a@example.123",
      ".a@example.com",
      `${"x".repeat(250)}@ex.com`,
    ]) {
      const result = await h.gql(INVITE, ws.ownerToken, { email, role: "MEMBER" });
      expect(errorCodes(result), email).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: "input.email", message: "is not a valid email address" }]);
    }
    expect((await listed(ws.ownerToken)).totalCount).toBe(0);
  });

  it("lets an ADMIN invite only below ADMIN, an OWNER with any role, and nobody below ADMIN", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    const manager = await addMember(h, ws, "MANAGER");
    for (const role of ["ADMIN", "OWNER"]) {
      const refused = await h.gql(INVITE, admin.token, { email: inviteeEmail(), role });
      expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
      expect(refused.errors?.[0]?.message).toMatch(new RegExp(`cannot give the ${role} role: only roles below your own`));
    }
    expect(errorCodes(await h.gql(INVITE, manager.token, { email: inviteeEmail(), role: "VIEWER" }))).toEqual(["FORBIDDEN"]);
    expect((await listed(ws.ownerToken)).totalCount).toBe(0);

    await invite(h, admin.token, "MANAGER");
    await invite(h, ws.ownerToken, "OWNER");
    expect((await listed(ws.ownerToken)).totalCount).toBe(2);
  });

  it("refuses a second pending invitation to the same address, until the first is revoked", async () => {
    const ws = await createWorkspace(h);
    const email = inviteeEmail();
    const first = await invite(h, ws.ownerToken, "MEMBER", email);
    const again = await h.gql(INVITE, ws.ownerToken, { email: email.toUpperCase(), role: "VIEWER" });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    expect(again.errors?.[0]?.extensions?.fields).toEqual([{ field: "input.email", message: "already has a pending invitation" }]);

    dataOf(await h.gql(REVOKE, ws.ownerToken, { id: first.invitation.id }));
    const second = await invite(h, ws.ownerToken, "VIEWER", email);
    expect(second.invitation.role).toBe("VIEWER");
  });
});

describe("acceptInvitation", () => {
  it("makes any signed-in user a member with the invited role, once", async () => {
    const ws = await createWorkspace(h);
    const { invitation, token } = await invite(h, ws.ownerToken, "MANAGER");
    const { userId, result } = await accept(token);
    const accepted = dataOf(result).acceptInvitation;
    expect(accepted).toMatchObject({ membership: { role: "MANAGER", user: { id: userId } }, workspace: { id: ws.id } });

    expect((await membersOf(h, ws.ownerToken))[userId]).toBe("MANAGER");
    const mine = dataOf(await h.gql(`{ myMemberships { role workspace { id } } }`, await userToken(h.tokens, userId))).myMemberships;
    expect(mine).toEqual([{ role: "MANAGER", workspace: { id: ws.id } }]);
    const row = (await listed(ws.ownerToken)).nodes.find((node: Data) => node.id === invitation.id);
    expect(row).toMatchObject({ status: "ACCEPTED", acceptedBy: { id: userId } });
    expect(row.acceptedAt).toEqual(expect.any(String));

    // Single use: nobody else gets in with it.
    const reused = await accept(token);
    expect(errorCodes(reused.result)).toEqual(["NOT_FOUND"]);
    expect((await membersOf(h, ws.ownerToken))[reused.userId]).toBeUndefined();
  });

  it("works with an access token scoped to another workspace", async () => {
    const home = await createWorkspace(h);
    const target = await createWorkspace(h);
    const { token } = await invite(h, target.ownerToken, "VIEWER");
    const accepted = dataOf(await h.gql(ACCEPT, home.ownerToken, { token })).acceptInvitation;
    expect(accepted.workspace.id).toBe(target.id);
    expect((await membersOf(h, target.ownerToken))[home.ownerId]).toBe("VIEWER");
  });

  it("answers unknown, malformed, expired, revoked and used tokens alike, saying nothing about which", async () => {
    const ws = await createWorkspace(h);
    const expired = await invite(h, ws.ownerToken, "MEMBER");
    await expire(expired.invitation.id);
    const revoked = await invite(h, ws.ownerToken, "MEMBER");
    dataOf(await h.gql(REVOKE, ws.ownerToken, { id: revoked.invitation.id }));
    const used = await invite(h, ws.ownerToken, "MEMBER");
    dataOf((await accept(used.token)).result);

    const unknown = `inv_${"A".repeat(43)}`;
    const answers = [];
    for (const token of [unknown, "nonsense", "", expired.token, revoked.token, used.token, ` ${expired.token} `]) {
      const { result } = await accept(token);
      expect(result.data, token).toBeNull();
      answers.push({ codes: errorCodes(result), message: result.errors?.[0]?.message, extensions: result.errors?.[0]?.extensions });
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]).toEqual({
      codes: ["NOT_FOUND"],
      message: expect.stringMatching(/not valid/),
      extensions: { code: "NOT_FOUND", typename: "Invitation" },
    });
    expect(await statusOf(ws.ownerToken, expired.invitation.id)).toBe("EXPIRED");
    expect(Object.keys(await membersOf(h, ws.ownerToken))).toHaveLength(2);
  });

  it("refuses a member with CONFLICT and leaves the invitation pending for its invitee", async () => {
    const ws = await createWorkspace(h);
    const member = await addMember(h, ws, "VIEWER");
    const { invitation, token } = await invite(h, ws.ownerToken, "ADMIN");
    const result = await h.gql(ACCEPT, member.token, { token });
    expect(errorCodes(result)).toEqual(["CONFLICT"]);
    expect(result.errors?.[0]?.message).toMatch(/already a member of this workspace \(as VIEWER\)/);
    expect((await membersOf(h, ws.ownerToken))[member.userId]).toBe("VIEWER");
    expect(await statusOf(ws.ownerToken, invitation.id)).toBe("PENDING");
    expect(errorCodes((await accept(token)).result)).toEqual([]);
  });

  it("lets exactly one of two simultaneous accepts in", async () => {
    const ws = await createWorkspace(h);
    const { token } = await invite(h, ws.ownerToken, "MEMBER");
    const results = await Promise.all([accept(token), accept(token), accept(token)]);
    expect(results.map(({ result }) => errorCodes(result)[0] ?? "OK").sort()).toEqual(["NOT_FOUND", "NOT_FOUND", "OK"]);
    expect(Object.keys(await membersOf(h, ws.ownerToken))).toHaveLength(2);
  });

  it("needs a signed-in user", async () => {
    const ws = await createWorkspace(h);
    const { token } = await invite(h, ws.ownerToken, "MEMBER");
    expect(errorCodes(await h.gql(ACCEPT, undefined, { token }))).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("invitations", () => {
  it("lists newest first, filters by status and pages", async () => {
    const ws = await createWorkspace(h);
    const accepted = await invite(h, ws.ownerToken, "MEMBER");
    dataOf((await accept(accepted.token)).result);
    const revoked = await invite(h, ws.ownerToken, "MEMBER");
    dataOf(await h.gql(REVOKE, ws.ownerToken, { id: revoked.invitation.id }));
    const expired = await invite(h, ws.ownerToken, "MEMBER");
    await expire(expired.invitation.id);
    const pending = await invite(h, ws.ownerToken, "VIEWER");

    const all = await listed(ws.ownerToken);
    expect(all.nodes.map((node: Data) => [node.id, node.status])).toEqual([
      [pending.invitation.id, "PENDING"],
      [expired.invitation.id, "EXPIRED"],
      [revoked.invitation.id, "REVOKED"],
      [accepted.invitation.id, "ACCEPTED"],
    ]);
    for (const status of ["PENDING", "EXPIRED", "REVOKED", "ACCEPTED"]) {
      const only = await listed(ws.ownerToken, { status: { eq: status } });
      expect(only.nodes.map((node: Data) => node.status)).toEqual([status]);
    }
    const open = await listed(ws.ownerToken, { status: { notIn: ["ACCEPTED", "REVOKED"] } });
    expect(open.nodes.map((node: Data) => node.id)).toEqual([pending.invitation.id, expired.invitation.id]);
    const byEmail = await listed(ws.ownerToken, { email: { eq: pending.invitation.email } });
    expect(byEmail.nodes.map((node: Data) => node.id)).toEqual([pending.invitation.id]);

    const first = dataOf(await h.gql(LIST, ws.ownerToken, { first: 3 })).invitations;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const rest = dataOf(await h.gql(LIST, ws.ownerToken, { first: 3, after: first.pageInfo.endCursor })).invitations;
    expect(rest.nodes.map((node: Data) => node.id)).toEqual([accepted.invitation.id]);
  });

  it("is for ADMIN and OWNER only, and shows only the token's workspace", async () => {
    const a = await createWorkspace(h);
    const b = await createWorkspace(h);
    const admin = await addMember(h, a, "ADMIN");
    const manager = await addMember(h, a, "MANAGER");
    const { invitation } = await invite(h, a.ownerToken, "MEMBER");
    expect((await listed(admin.token)).totalCount).toBe(1);
    expect(errorCodes(await h.gql(LIST, manager.token))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await h.gql(LIST, await userToken(h.tokens, a.ownerId)))).toEqual(["FORBIDDEN"]);

    expect((await listed(b.ownerToken)).totalCount).toBe(0);
    expect(errorCodes(await h.gql(REVOKE, b.ownerToken, { id: invitation.id }))).toEqual(["NOT_FOUND"]);
    expect(await statusOf(a.ownerToken, invitation.id)).toBe("PENDING");
  });
});

describe("revokeInvitation", () => {
  it("revokes a pending invitation once; its token then accepts nothing", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    const { invitation, token } = await invite(h, ws.ownerToken, "MEMBER");
    const revoked = dataOf(await h.gql(REVOKE, admin.token, { id: invitation.id })).revokeInvitation.invitation;
    expect(revoked).toMatchObject({ id: invitation.id, status: "REVOKED", revokedAt: expect.any(String) });

    const again = await h.gql(REVOKE, ws.ownerToken, { id: invitation.id });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    expect(again.errors?.[0]?.message).toMatch(/is REVOKED: only a PENDING invitation can be revoked/);
    expect(errorCodes((await accept(token)).result)).toEqual(["NOT_FOUND"]);
  });

  it("needs ADMIN or above and a well-formed id", async () => {
    const ws = await createWorkspace(h);
    const manager = await addMember(h, ws, "MANAGER");
    const { invitation } = await invite(h, ws.ownerToken, "MEMBER");
    expect(errorCodes(await h.gql(REVOKE, manager.token, { id: invitation.id }))).toEqual(["FORBIDDEN"]);
    const bad = await h.gql(REVOKE, ws.ownerToken, { id: "nope" });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: "input.invitationId" })]);
    expect(errorCodes(await h.gql(REVOKE, ws.ownerToken, { id: uuidv7() }))).toEqual(["NOT_FOUND"]);
    expect(await statusOf(ws.ownerToken, invitation.id)).toBe("PENDING");
  });
});
