import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes } from "@plateau/test-kit";
import { addMember, createWorkspace, membersOf, startWorkspaces, userToken, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startWorkspaces();
});
afterAll(() => h?.app.close());

const ADD = `mutation($userId: ID!, $role: WorkspaceRole!) { addWorkspaceMember(input: { userId: $userId, role: $role }) { membership { id role } } }`;
const CHANGE = `mutation($id: ID!, $role: WorkspaceRole!, $v: Int) { changeMemberRole(input: { membershipId: $id, role: $role, expectedVersion: $v }) { membership { id role version } } }`;
const REMOVE = `mutation($id: ID!) { removeWorkspaceMember(input: { membershipId: $id }) { removedMembershipId } }`;

describe("addWorkspaceMember", () => {
  it("adds members with their roles, listed oldest first and filterable", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    const viewer = await addMember(h, ws, "VIEWER", undefined, admin.token);
    expect(await membersOf(h, ws.ownerToken)).toEqual({ [ws.ownerId]: "OWNER", [admin.userId]: "ADMIN", [viewer.userId]: "VIEWER" });

    const page = dataOf(
      await h.gql(`{ workspace { members(first: 2) { totalCount pageInfo { hasNextPage } nodes { user { id } } } } }`, viewer.token),
    ).workspace.members;
    expect(page).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      nodes: [{ user: { id: ws.ownerId } }, { user: { id: admin.userId } }],
    });

    const filtered = dataOf(
      await h.gql(`{ workspace { members(filter: { role: { in: [ADMIN, VIEWER] } }) { nodes { role } } } }`, ws.ownerToken),
    ).workspace.members.nodes;
    expect(filtered).toEqual([{ role: "ADMIN" }, { role: "VIEWER" }]);
  });

  it("refuses a user who is already a member with CONFLICT", async () => {
    const ws = await createWorkspace(h);
    const member = await addMember(h, ws, "MEMBER");
    const again = await h.gql(ADD, ws.ownerToken, { userId: member.userId, role: "ADMIN" });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    expect(again.errors?.[0]?.extensions?.fields).toEqual([{ field: "input.userId", message: "already a member" }]);
    expect(await membersOf(h, ws.ownerToken)).toEqual({ [ws.ownerId]: "OWNER", [member.userId]: "MEMBER" });
  });

  it("lets an ADMIN grant only roles below ADMIN, and nobody below ADMIN add anyone", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    const manager = await addMember(h, ws, "MANAGER");
    const before = await membersOf(h, ws.ownerToken);

    for (const role of ["OWNER", "ADMIN"]) {
      const refused = await h.gql(ADD, admin.token, { userId: uuidv7(), role });
      expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
      expect(refused.errors?.[0]?.message).toMatch(new RegExp(`cannot give the ${role} role: only roles below your own`));
    }

    const byManager = await h.gql(ADD, manager.token, { userId: uuidv7(), role: "VIEWER" });
    expect(errorCodes(byManager)).toEqual(["FORBIDDEN"]);
    expect(byManager.errors?.[0]?.message).toMatch(/ADMIN/);
    expect(await membersOf(h, ws.ownerToken)).toEqual(before);

    await addMember(h, ws, "MANAGER", undefined, admin.token);
  });

  it("rejects a malformed user id and a token without a workspace", async () => {
    const ws = await createWorkspace(h);
    const bad = await h.gql(ADD, ws.ownerToken, { userId: "not-a-uuid", role: "MEMBER" });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: "input.userId" })]);
    const noWorkspace = await h.gql(ADD, await userToken(h.tokens, ws.ownerId), { userId: uuidv7(), role: "MEMBER" });
    expect(errorCodes(noWorkspace)).toEqual(["FORBIDDEN"]);
  });

  it("judges a stale token by the member's current role", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    dataOf(await h.gql(CHANGE, ws.ownerToken, { id: admin.membershipId, role: "MEMBER" }));
    // admin.token still says ADMIN, but the membership is MEMBER now.
    const result = await h.gql(ADD, admin.token, { userId: uuidv7(), role: "VIEWER" });
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);

    dataOf(await h.gql(REMOVE, ws.ownerToken, { id: admin.membershipId }));
    const removed = await h.gql(ADD, admin.token, { userId: uuidv7(), role: "VIEWER" });
    expect(errorCodes(removed)).toEqual(["FORBIDDEN"]);
    expect(removed.errors?.[0]?.message).toMatch(/no longer a member/);
  });
});

describe("changeMemberRole", () => {
  it("changes a role and bumps the version; a stale expectedVersion is a CONFLICT", async () => {
    const ws = await createWorkspace(h);
    const member = await addMember(h, ws, "MEMBER");
    const changed = dataOf(await h.gql(CHANGE, ws.ownerToken, { id: member.membershipId, role: "MANAGER", v: 1 })).changeMemberRole;
    expect(changed.membership).toEqual({ id: member.membershipId, role: "MANAGER", version: 2 });

    const stale = await h.gql(CHANGE, ws.ownerToken, { id: member.membershipId, role: "VIEWER", v: 1 });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    expect((await membersOf(h, ws.ownerToken))[member.userId]).toBe("MANAGER");
  });

  it("stops an ADMIN promoting to OWNER or ADMIN, or touching an OWNER", async () => {
    const ws = await createWorkspace(h);
    const admin = await addMember(h, ws, "ADMIN");
    const member = await addMember(h, ws, "MEMBER");
    const before = await membersOf(h, ws.ownerToken);

    const toOwner = await h.gql(CHANGE, admin.token, { id: member.membershipId, role: "OWNER" });
    expect(errorCodes(toOwner)).toEqual(["FORBIDDEN"]);
    expect(toOwner.errors?.[0]?.message).toMatch(/cannot give the OWNER role/);

    const toAdmin = await h.gql(CHANGE, admin.token, { id: member.membershipId, role: "ADMIN" });
    expect(errorCodes(toAdmin)).toEqual(["FORBIDDEN"]);

    const demoteOwner = await h.gql(CHANGE, admin.token, { id: ws.ownerMembershipId, role: "VIEWER" });
    expect(errorCodes(demoteOwner)).toEqual(["FORBIDDEN"]);
    expect(demoteOwner.errors?.[0]?.message).toMatch(/cannot change the role of an OWNER/);

    const removeOwner = await h.gql(REMOVE, admin.token, { id: ws.ownerMembershipId });
    expect(errorCodes(removeOwner)).toEqual(["FORBIDDEN"]);
    expect(removeOwner.errors?.[0]?.message).toMatch(/cannot remove an OWNER/);

    expect(await membersOf(h, ws.ownerToken)).toEqual(before);
    const allowed = dataOf(await h.gql(CHANGE, admin.token, { id: member.membershipId, role: "MANAGER" })).changeMemberRole;
    expect(allowed.membership.role).toBe("MANAGER");
  });

  it("never demotes or removes the last OWNER", async () => {
    const ws = await createWorkspace(h);
    const demote = await h.gql(CHANGE, ws.ownerToken, { id: ws.ownerMembershipId, role: "ADMIN" });
    expect(errorCodes(demote)).toEqual(["FORBIDDEN"]);
    expect(demote.errors?.[0]?.message).toMatch(/last OWNER/);
    const remove = await h.gql(REMOVE, ws.ownerToken, { id: ws.ownerMembershipId });
    expect(errorCodes(remove)).toEqual(["FORBIDDEN"]);
    expect(remove.errors?.[0]?.message).toMatch(/last OWNER/);
    expect(await membersOf(h, ws.ownerToken)).toEqual({ [ws.ownerId]: "OWNER" });

    // With a second OWNER, the first may step down.
    const second = await addMember(h, ws, "OWNER");
    const stepDown = dataOf(await h.gql(CHANGE, ws.ownerToken, { id: ws.ownerMembershipId, role: "ADMIN" })).changeMemberRole;
    expect(stepDown.membership.role).toBe("ADMIN");
    const last = await h.gql(REMOVE, second.token, { id: second.membershipId });
    expect(errorCodes(last)).toEqual(["FORBIDDEN"]);
  });

  it("answers NOT_FOUND for an unknown membership and BAD_USER_INPUT for a malformed id", async () => {
    const ws = await createWorkspace(h);
    expect(errorCodes(await h.gql(CHANGE, ws.ownerToken, { id: uuidv7(), role: "MEMBER" }))).toEqual(["NOT_FOUND"]);
    const bad = await h.gql(REMOVE, ws.ownerToken, { id: "nope" });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: "input.membershipId" })]);
  });
});

describe("removeWorkspaceMember", () => {
  it("removes a member", async () => {
    const ws = await createWorkspace(h);
    const member = await addMember(h, ws, "VIEWER");
    const removed = dataOf(await h.gql(REMOVE, ws.ownerToken, { id: member.membershipId })).removeWorkspaceMember;
    expect(removed).toEqual({ removedMembershipId: member.membershipId });
    expect(await membersOf(h, ws.ownerToken)).toEqual({ [ws.ownerId]: "OWNER" });
    expect(dataOf(await h.gql(`{ myMemberships { id } }`, member.token)).myMemberships).toEqual([]);
  });
});

describe("tenant isolation", () => {
  it("keeps workspace A's memberships from a workspace B token", async () => {
    const a = await createWorkspace(h);
    const memberOfA = await addMember(h, a, "MEMBER");
    const b = await createWorkspace(h);
    // B's owner is also a plain member of A, so A resolves for them, but its members stay hidden.
    await addMember(h, a, "VIEWER", b.ownerId);

    const workspaceQuery = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Workspace { id members { totalCount nodes { id } } } } }`;
    const viaB = dataOf(await h.gql(workspaceQuery, b.ownerToken, { reps: [{ __typename: "Workspace", id: a.id }] }))._entities;
    expect(viaB).toEqual([{ id: a.id, members: { totalCount: 0, nodes: [] } }]);

    const membershipQuery = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Membership { id role } } }`;
    const reps = [{ __typename: "Membership", id: memberOfA.membershipId }];
    expect(dataOf(await h.gql(membershipQuery, b.ownerToken, { reps }))._entities).toEqual([null]);
    expect(dataOf(await h.gql(membershipQuery, a.ownerToken, { reps }))._entities).toEqual([
      { id: memberOfA.membershipId, role: "MEMBER" },
    ]);

    const userQuery = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id memberships { id role workspace { id } } } } }`;
    const userReps = [{ __typename: "User", id: memberOfA.userId }];
    expect(dataOf(await h.gql(userQuery, b.ownerToken, { reps: userReps }))._entities).toEqual([{ id: memberOfA.userId, memberships: [] }]);
    expect(dataOf(await h.gql(userQuery, a.ownerToken, { reps: userReps }))._entities).toEqual([
      { id: memberOfA.userId, memberships: [{ id: memberOfA.membershipId, role: "MEMBER", workspace: { id: a.id } }] },
    ]);
  });

  it("shows the viewer all of their own memberships, oldest first, even without a workspace token", async () => {
    const userId = uuidv7();
    const own = await createWorkspace(h, undefined, userId);
    const other = await createWorkspace(h);
    await addMember(h, other, "MANAGER", userId);

    const expected = [
      { role: "OWNER", workspace: { id: own.id } },
      { role: "MANAGER", workspace: { id: other.id } },
    ];
    const token = await userToken(h.tokens, userId);
    expect(dataOf(await h.gql(`{ myMemberships { role workspace { id } } }`, token)).myMemberships).toEqual(expected);

    const userQuery = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { memberships { role workspace { id } } } } }`;
    const self = dataOf(await h.gql(userQuery, own.ownerToken, { reps: [{ __typename: "User", id: userId }] }))._entities;
    expect(self).toEqual([{ memberships: expected }]);
    // other's owner sees only this user's membership in their own workspace.
    const others = dataOf(await h.gql(userQuery, other.ownerToken, { reps: [{ __typename: "User", id: userId }] }))._entities;
    expect(others).toEqual([{ memberships: [expected[1]] }]);

    expect(errorCodes(await h.gql(`{ myMemberships { id } }`))).toEqual(["UNAUTHENTICATED"]);
  });
});
