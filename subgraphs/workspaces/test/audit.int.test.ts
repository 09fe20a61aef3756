import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import { dataOf, errorCodes } from "@plateau/test-kit";
import { ACCEPT, addMember, auditLog, createWorkspace, invite, startWorkspaces, userToken, type Data, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  // As npm start runs it: the gateway on loopback forwards the client's address.
  h = await startWorkspaces({ settings: { TRUST_PROXY: "loopback" } });
});
afterAll(() => h?.app.close());

const CHANGE = `mutation($id: ID!, $role: WorkspaceRole!) { changeMemberRole(input: { membershipId: $id, role: $role }) { membership { role } } }`;
const REMOVE = `mutation($id: ID!) { removeWorkspaceMember(input: { membershipId: $id }) { removedMembershipId } }`;
const LEAVE = `mutation { leaveWorkspace { removedMembershipId } }`;

/** The log's actions, newest first. */
const actions = (entries: Data[]) => entries.map((entry) => entry.action);

describe("audit entries", () => {
  it("record every change with its actor, the changed fields and where the request came from", async () => {
    const ws = await createWorkspace(h, "Audited");
    const requestId = `req-${uuidv7()}`;
    const client = { "x-request-id": requestId, "user-agent": "AuditTest/1.0", "x-forwarded-for": "203.0.113.7" };
    const member = await addMember(h, ws, "MEMBER");
    dataOf(await h.gql(CHANGE, ws.ownerToken, { id: member.membershipId, role: "MANAGER" }, client));
    dataOf(
      await h.gql(`mutation { updateWorkspace(input: { name: "Renamed", slug: "${ws.slug}" }) { workspace { name } } }`, ws.ownerToken),
    );

    const log = await auditLog(h, ws.ownerToken);
    // Newest change first; the entries of one change (creating the workspace) in the order recorded.
    expect(actions(log)).toEqual(["workspace.updated", "member.role_changed", "member.added", "workspace.created", "member.added"]);
    const [updated, roleChanged, added, created, ownerAdded] = log as [Data, Data, Data, Data, Data];
    expect(created).toMatchObject({
      kind: "DATA",
      entityType: "Workspace",
      entityId: ws.id,
      before: null,
      after: { name: "Audited", slug: ws.slug },
    });
    expect(ownerAdded).toMatchObject({ kind: "SECURITY", entityId: ws.ownerMembershipId, after: { userId: ws.ownerId, role: "OWNER" } });
    expect(added).toMatchObject({ kind: "SECURITY", entityType: "Membership", entityId: member.membershipId, before: null });
    expect(roleChanged).toEqual({
      kind: "SECURITY",
      action: "member.role_changed",
      entityType: "Membership",
      entityId: member.membershipId,
      before: { userId: member.userId, role: "MEMBER" },
      after: { userId: member.userId, role: "MANAGER" },
      actor: { id: ws.ownerId },
      ip: "203.0.113.7",
      userAgent: "AuditTest/1.0",
      requestId,
      occurredAt: expect.any(String),
    });
    // Only the fields that changed (the slug was sent unchanged).
    expect(updated).toMatchObject({ kind: "DATA", before: { name: "Audited" }, after: { name: "Renamed" } });
    expect(Date.parse(updated.occurredAt)).toBeGreaterThanOrEqual(Date.parse(created.occurredAt));
  });

  it("record removals, leaving, transfers and the invitation lifecycle, never the token or its hash", async () => {
    const ws = await createWorkspace(h);
    const viewer = await addMember(h, ws, "VIEWER");
    const leaver = await addMember(h, ws, "MEMBER");
    dataOf(await h.gql(REMOVE, ws.ownerToken, { id: viewer.membershipId }));
    dataOf(await h.gql(LEAVE, leaver.token));
    const revoked = await invite(h, ws.ownerToken, "MEMBER");
    dataOf(
      await h.gql(`mutation($id: ID!) { revokeInvitation(input: { invitationId: $id }) { invitation { id } } }`, ws.ownerToken, {
        id: revoked.invitation.id,
      }),
    );
    const accepted = await invite(h, ws.ownerToken, "ADMIN");
    const invitee = uuidv7();
    const joined = dataOf(await h.gql(ACCEPT, await userToken(h.tokens, invitee), { token: accepted.token })).acceptInvitation;
    dataOf(
      await h.gql(`mutation($u: ID!) { transferOwnership(input: { userId: $u }) { newOwner { id } } }`, ws.ownerToken, { u: invitee }),
    );

    const log = await auditLog(h, ws.ownerToken);
    expect(actions(log).slice(0, 10)).toEqual([
      "ownership.transferred",
      "member.role_changed",
      "member.role_changed",
      "invitation.accepted",
      "member.added",
      "invitation.created",
      "invitation.revoked",
      "invitation.created",
      "member.left",
      "member.removed",
    ]);
    const byAction = (action: string) => log.filter((entry) => entry.action === action);
    expect(byAction("ownership.transferred")[0]).toMatchObject({
      entityId: ws.id,
      before: { owner: ws.ownerId },
      after: { owner: invitee },
    });
    expect(byAction("member.role_changed").map((entry) => [entry.before.role, entry.after.role])).toEqual([
      ["ADMIN", "OWNER"],
      ["OWNER", "ADMIN"],
    ]);
    expect(byAction("invitation.accepted")[0]).toMatchObject({
      actor: { id: invitee },
      entityId: accepted.invitation.id,
      before: { status: "PENDING" },
      after: { status: "ACCEPTED", acceptedBy: invitee },
    });
    expect(byAction("member.added")[0]).toMatchObject({
      actor: { id: invitee },
      entityId: joined.membership.id,
      after: { userId: invitee, role: "ADMIN", invitationId: accepted.invitation.id },
    });
    expect(byAction("invitation.revoked")[0]).toMatchObject({ before: { status: "PENDING" }, after: { status: "REVOKED" } });
    expect(byAction("member.left")[0]).toMatchObject({
      actor: { id: leaver.userId },
      before: { userId: leaver.userId, role: "MEMBER" },
      after: null,
    });
    expect(byAction("member.removed")[0]).toMatchObject({ actor: { id: ws.ownerId }, entityId: viewer.membershipId, after: null });

    const [row] = await h.app.database.asOwner((em) =>
      sqlRows<{ token_hash: string }>(em, `select token_hash from workspaces.invitation where id = ?`, [accepted.invitation.id]),
    );
    const raw = JSON.stringify(
      await h.app.database.asOwner((em) => sqlRows(em, `select * from workspaces.audit_entry where workspace_id = ?`, [ws.id])),
    );
    for (const secret of [row!.token_hash, accepted.token, revoked.token]) expect(raw).not.toContain(secret);
  });

  it("are not written by a change that fails", async () => {
    const ws = await createWorkspace(h);
    expect(errorCodes(await h.gql(LEAVE, ws.ownerToken))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await h.gql(CHANGE, ws.ownerToken, { id: ws.ownerMembershipId, role: "ADMIN" }))).toEqual(["FORBIDDEN"]);
    expect(actions(await auditLog(h, ws.ownerToken))).toEqual(["workspace.created", "member.added"]);
  });
});

describe("auditLog", () => {
  it("filters by kind, action, actor, entity and time, and pages newest first", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    const member = await addMember(h, ws, "MEMBER", undefined, admin.token);
    // What came so far happened an hour ago, as far as the log knows.
    await h.app.database.asOwner((em) =>
      sqlRows(em, `update workspaces.audit_entry set occurred_at = occurred_at - interval '1 hour' where workspace_id = ?`, [ws.id]),
    );
    const middle = new Date(Date.now() - 30 * 60_000).toISOString();
    dataOf(await h.gql(CHANGE, admin.token, { id: member.membershipId, role: "VIEWER" }));

    expect(actions(await auditLog(h, ws.ownerToken, { kind: { eq: "DATA" } }))).toEqual(["workspace.created"]);
    expect(actions(await auditLog(h, ws.ownerToken, { action: { eq: "member.role_changed" } }))).toEqual(["member.role_changed"]);
    expect(actions(await auditLog(h, ws.ownerToken, { actorId: { eq: admin.userId } }))).toEqual(["member.role_changed", "member.added"]);
    const aboutMember = await auditLog(h, ws.ownerToken, { entityType: { eq: "Membership" }, entityId: { eq: member.membershipId } });
    expect(actions(aboutMember)).toEqual(["member.role_changed", "member.added"]);
    expect(actions(await auditLog(h, ws.ownerToken, { occurredAt: { gte: middle } }))).toEqual(["member.role_changed"]);
    expect(actions(await auditLog(h, ws.ownerToken, { occurredAt: { lt: middle } }))).toHaveLength(4);
    expect(actions(await auditLog(h, ws.ownerToken, { or: [{ kind: { eq: "DATA" } }, { actorId: { eq: admin.userId } }] }))).toHaveLength(
      3,
    );

    const page = (after?: string) =>
      h.gql(
        `query($after: String) { auditLog(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { action } } }`,
        ws.ownerToken,
        {
          after,
        },
      );
    const first = dataOf(await page()).auditLog;
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const second = dataOf(await page(first.pageInfo.endCursor)).auditLog;
    const third = dataOf(await page(second.pageInfo.endCursor)).auditLog;
    expect([...first.nodes, ...second.nodes, ...third.nodes].map((node: Data) => node.action)).toEqual(
      actions(await auditLog(h, ws.ownerToken)),
    );
    expect(third.pageInfo.hasNextPage).toBe(false);

    const bad = await h.gql(`{ auditLog(filter: { actorId: { eq: "nope" } }) { totalCount } }`, ws.ownerToken);
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
  });

  it("is for OWNER and ADMIN only, judged by the current membership, and shows only the token's workspace", async () => {
    const a = await createWorkspace(h);
    const b = await createWorkspace(h);
    const admin = await addMember(h, a, "ADMIN");
    const manager = await addMember(h, a, "MANAGER");
    expect((await auditLog(h, admin.token)).length).toBeGreaterThan(0);
    for (const token of [manager.token, await h.tokens.forRole(a.id, "VIEWER"), await userToken(h.tokens, a.ownerId)]) {
      expect(errorCodes(await h.gql(`{ auditLog { totalCount } }`, token))).toEqual(["FORBIDDEN"]);
    }
    dataOf(await h.gql(CHANGE, a.ownerToken, { id: admin.membershipId, role: "MEMBER" }));
    const stale = await h.gql(`{ auditLog { totalCount } }`, admin.token);
    expect(errorCodes(stale)).toEqual(["FORBIDDEN"]);
    expect(stale.errors?.[0]?.message).toMatch(/ADMIN or OWNER/);

    const entityIds = (await auditLog(h, b.ownerToken)).map((entry) => entry.entityId);
    expect(entityIds).not.toContain(a.id);
    expect(entityIds).toContain(b.id);
  });
});
