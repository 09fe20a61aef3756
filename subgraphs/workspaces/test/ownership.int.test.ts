import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workspacesEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import { dataOf, errorCodes } from "@plateau/test-kit";
import {
  ACCEPT,
  addMember,
  createWorkspace,
  invite,
  membersOf,
  serviceHeaders,
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

const LEAVE = `mutation { leaveWorkspace { workspaceId removedMembershipId } }`;
const TRANSFER = `mutation($userId: ID!) { transferOwnership(input: { userId: $userId }) {
  previousOwner { id role user { id } } newOwner { id role user { id } } } }`;
const DELETE = `mutation($id: ID!, $slug: String!) { deleteWorkspace(input: { workspaceId: $id, confirmSlug: $slug }) { deletedWorkspaceId deletedAt } }`;
const CHANGE = `mutation($id: ID!, $role: WorkspaceRole!) { changeMemberRole(input: { membershipId: $id, role: $role }) { membership { role } } }`;

describe("leaveWorkspace", () => {
  it("lets any member leave; they are gone from the members and their own memberships", async () => {
    const ws = await createWorkspace(h);
    const viewer = await addMember(h, ws, "VIEWER");
    const left = dataOf(await h.gql(LEAVE, viewer.token)).leaveWorkspace;
    expect(left).toEqual({ workspaceId: ws.id, removedMembershipId: viewer.membershipId });
    expect(await membersOf(h, ws.ownerToken)).toEqual({ [ws.ownerId]: "OWNER" });
    expect(dataOf(await h.gql(`{ myMemberships { id } }`, await userToken(h.tokens, viewer.userId))).myMemberships).toEqual([]);

    // The token outlives the membership by minutes; it cannot leave twice.
    const again = await h.gql(LEAVE, viewer.token);
    expect(errorCodes(again)).toEqual(["FORBIDDEN"]);
    expect(again.errors?.[0]?.message).toMatch(/no longer a member/);
  });

  it("refuses the last OWNER with the reason, and lets one of two OWNERs go", async () => {
    const ws = await createWorkspace(h);
    const refused = await h.gql(LEAVE, ws.ownerToken);
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.errors?.[0]?.message).toMatch(/last OWNER: transfer ownership/);
    expect(await membersOf(h, ws.ownerToken)).toEqual({ [ws.ownerId]: "OWNER" });

    const second = await addMember(h, ws, "OWNER");
    dataOf(await h.gql(LEAVE, ws.ownerToken));
    expect(await membersOf(h, second.token)).toEqual({ [second.userId]: "OWNER" });
  });

  it("needs a workspace token", async () => {
    const ws = await createWorkspace(h);
    expect(errorCodes(await h.gql(LEAVE, await userToken(h.tokens, ws.ownerId)))).toEqual(["FORBIDDEN"]);
  });
});

describe("transferOwnership", () => {
  it("makes the member OWNER and the caller ADMIN", async () => {
    const ws = await createWorkspace(h);
    const member = await addMember(h, ws, "MEMBER");
    const moved = dataOf(await h.gql(TRANSFER, ws.ownerToken, { userId: member.userId })).transferOwnership;
    expect(moved).toEqual({
      previousOwner: { id: ws.ownerMembershipId, role: "ADMIN", user: { id: ws.ownerId } },
      newOwner: { id: member.membershipId, role: "OWNER", user: { id: member.userId } },
    });
    expect(await membersOf(h, ws.ownerToken)).toEqual({ [ws.ownerId]: "ADMIN", [member.userId]: "OWNER" });

    // The old token still says OWNER; the membership decides.
    const back = await h.gql(TRANSFER, ws.ownerToken, { userId: ws.ownerId });
    expect(errorCodes(back)).toEqual(["FORBIDDEN"]);
  });

  it("needs an OWNER and a target who is another member", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    const before = await membersOf(h, ws.ownerToken);

    const byAdmin = await h.gql(TRANSFER, admin.token, { userId: admin.userId });
    expect(errorCodes(byAdmin)).toEqual(["FORBIDDEN"]);
    for (const [userId, message] of [
      [uuidv7(), "is not a member of this workspace"],
      [ws.ownerId, "is you: name the member who should own the workspace"],
      ["not-an-id", '"not-an-id" is not a valid ID'],
    ]) {
      const result = await h.gql(TRANSFER, ws.ownerToken, { userId });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: "input.userId", message }]);
    }
    expect(await membersOf(h, ws.ownerToken)).toEqual(before);
  });
});

describe("role changes", () => {
  it("never let an ADMIN raise anyone, themselves included, to or above ADMIN; an OWNER may", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    const member = await addMember(h, ws, "MEMBER");
    const self = await h.gql(CHANGE, admin.token, { id: admin.membershipId, role: "OWNER" });
    expect(errorCodes(self)).toEqual(["FORBIDDEN"]);
    expect(self.errors?.[0]?.message).toMatch(/cannot change the role of an ADMIN/);
    const peer = await h.gql(CHANGE, admin.token, { id: member.membershipId, role: "ADMIN" });
    expect(peer.errors?.[0]?.message).toMatch(/cannot give the ADMIN role: only roles below your own/);
    expect(dataOf(await h.gql(CHANGE, ws.ownerToken, { id: member.membershipId, role: "OWNER" })).changeMemberRole.membership.role).toBe(
      "OWNER",
    );
  });

  it("refuse the last OWNER demoting themselves, with the reason", async () => {
    const ws = await createWorkspace(h);
    const result = await h.gql(CHANGE, ws.ownerToken, { id: ws.ownerMembershipId, role: "VIEWER" });
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect(result.errors?.[0]?.message).toBe("Cannot demote the last OWNER: make another member OWNER first");
  });
});

describe("deleteWorkspace", () => {
  it("needs the OWNER, the token's workspace and its slug", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    expect(errorCodes(await h.gql(DELETE, admin.token, { id: ws.id, slug: ws.slug }))).toEqual(["FORBIDDEN"]);
    const wrongSlug = await h.gql(DELETE, ws.ownerToken, { id: ws.id, slug: `${ws.slug}-x` });
    expect(wrongSlug.errors?.[0]?.extensions?.fields).toEqual([
      { field: "input.confirmSlug", message: "does not match the workspace's slug" },
    ]);
    const other = await createWorkspace(h, undefined, ws.ownerId);
    const wrongWorkspace = await h.gql(DELETE, ws.ownerToken, { id: other.id, slug: other.slug });
    expect(wrongWorkspace.errors?.[0]?.extensions?.fields).toEqual([
      { field: "input.workspaceId", message: "is not the workspace your token is scoped to" },
    ]);
    // An OWNER token of someone demoted since: the membership decides.
    const demoted = await addMember(h, ws, "OWNER");
    dataOf(await h.gql(CHANGE, ws.ownerToken, { id: demoted.membershipId, role: "MEMBER" }));
    expect(errorCodes(await h.gql(DELETE, demoted.token, { id: ws.id, slug: ws.slug }))).toEqual(["FORBIDDEN"]);
    expect(dataOf(await h.gql(`{ workspace { id } }`, ws.ownerToken)).workspace).toEqual({ id: ws.id });
  });

  it("makes the workspace, its members and invitations read as not found, and takes no more changes", async () => {
    const ws = await createWorkspace(h);
    const member = await addMember(h, ws, "MEMBER");
    const pending = await invite(h, ws.ownerToken, "VIEWER");
    const deleted = dataOf(await h.gql(DELETE, ws.ownerToken, { id: ws.id, slug: ` ${ws.slug} ` })).deleteWorkspace;
    expect(deleted).toEqual({ deletedWorkspaceId: ws.id, deletedAt: expect.any(String) });

    expect(dataOf(await h.gql(`{ workspace { id } }`, ws.ownerToken)).workspace).toBeNull();
    for (const token of [ws.ownerToken, member.token, await userToken(h.tokens, member.userId)]) {
      expect(dataOf(await h.gql(`{ myMemberships { id } }`, token)).myMemberships).toEqual([]);
    }
    const entities = await h.gql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Workspace { id } ... on Membership { id } ... on User { memberships { id } } } }`,
      ws.ownerToken,
      {
        reps: [
          { __typename: "Workspace", id: ws.id },
          { __typename: "Membership", id: member.membershipId },
          { __typename: "User", id: member.userId },
        ],
      },
    );
    expect(dataOf(entities)._entities).toEqual([null, null, { memberships: [] }]);
    expect(errorCodes(await h.gql(`{ invitations { totalCount } }`, ws.ownerToken))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await h.gql(`{ auditLog { totalCount } }`, ws.ownerToken))).toEqual(["NOT_FOUND"]);

    const writes: [string, Data?][] = [
      [`mutation { updateWorkspace(input: { name: "Back" }) { workspace { id } } }`],
      [`mutation($u: ID!) { addWorkspaceMember(input: { userId: $u, role: MEMBER }) { membership { id } } }`, { u: uuidv7() }],
      [CHANGE, { id: member.membershipId, role: "VIEWER" }],
      [`mutation($id: ID!) { removeWorkspaceMember(input: { membershipId: $id }) { removedMembershipId } }`, { id: member.membershipId }],
      [`mutation { inviteMember(input: { email: "late@example.com", role: MEMBER }) { invitation { id } } }`],
      [`mutation($id: ID!) { revokeInvitation(input: { invitationId: $id }) { invitation { id } } }`, { id: pending.invitation.id }],
      [TRANSFER, { userId: member.userId }],
      [DELETE, { id: ws.id, slug: ws.slug }],
    ];
    for (const [mutation, variables] of writes) {
      expect(errorCodes(await h.gql(mutation, ws.ownerToken, variables)), mutation).toEqual(["NOT_FOUND"]);
    }
    expect(errorCodes(await h.gql(LEAVE, member.token))).toEqual(["NOT_FOUND"]);
    const accepted = await h.gql(ACCEPT, await userToken(h.tokens, uuidv7()), { token: pending.token });
    expect(errorCodes(accepted)).toEqual(["NOT_FOUND"]);
    expect(accepted.errors?.[0]?.message).not.toContain(ws.id);

    const rows = await h.app.database.asOwner((em) =>
      sqlRows<{ role: string }>(em, `select role from workspaces.membership where workspace_id = ? order by role`, [ws.id]),
    );
    expect(rows).toEqual([{ role: "OWNER" }, { role: "MEMBER" }]);
  });

  it("drops out of the memberships identity mints tokens from", async () => {
    const userId = uuidv7();
    const kept = await createWorkspace(h, "Kept", userId);
    const doomed = await createWorkspace(h, undefined, userId);
    dataOf(await h.gql(DELETE, doomed.ownerToken, { id: doomed.id, slug: doomed.slug }));
    const response = await fetch(new URL(`/internal/users/${userId}/memberships`, h.app.url), {
      headers: await serviceHeaders(h.tokens),
    });
    expect(await response.json()).toEqual({ memberships: [{ workspaceId: kept.id, role: "OWNER", workspaceName: "Kept" }] });
  });

  it("records workspaces.workspace.deleted in the outbox, in the same transaction", async () => {
    const ws = await createWorkspace(h);
    const { deletedAt } = dataOf(await h.gql(DELETE, ws.ownerToken, { id: ws.id, slug: ws.slug })).deleteWorkspace;
    const events = await h.app.database.asOwner((em) =>
      sqlRows<Data>(
        em,
        `select type, workspace_id, actor_id, subject_typename, subject_id, data from workspaces.outbox where workspace_id = ?`,
        [ws.id],
      ),
    );
    expect(events).toEqual([
      {
        type: workspacesEvents.workspaceDeleted.name,
        workspace_id: ws.id,
        actor_id: ws.ownerId,
        subject_typename: "Workspace",
        subject_id: ws.id,
        data: { name: expect.any(String), slug: ws.slug, deletedAt },
      },
    ]);
  });
});
