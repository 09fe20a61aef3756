import { expect } from "vitest";
import { INTERNAL_CREDENTIAL_HEADER, internalCredential, uuidv7, type WorkspaceRole } from "@plateau/kernel";
import { dataOf, startSubgraphHarness, type ExecutionResult, type SubgraphHarness, type TestTokens } from "@plateau/test-kit";
import { workspaces, type InvitationNotice } from "../src/index.js";
import type { WorkspacesServices } from "../src/services.js";

/** Response data as tests read it: shapes are asserted by the tests, not by types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

/** A running workspaces subgraph (the kit's harness) with the invitations it sent. */
export interface Harness extends SubgraphHarness<WorkspacesServices> {
  /** Every invitation the subgraph sent, oldest first (its notifier is replaced by one that keeps them). */
  invitations: InvitationNotice[];
  /** Runs an operation as the holder of `token` (anonymous when omitted). */
  gql<T = Data>(
    query: string,
    token?: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<ExecutionResult<T>>;
}

export interface HarnessOptions {
  /** The subgraph's own settings (workspaces/src/settings.ts). */
  settings?: Record<string, string>;
}

/** Starts the subgraph on this worker's database, keeping the invitations it sends for the tests to read. */
export async function startWorkspaces(options: HarnessOptions = {}): Promise<Harness> {
  const invitations: InvitationNotice[] = [];
  const notifier = {
    sendInvitation(notice: InvitationNotice) {
      invitations.push(notice);
      return Promise.resolve();
    },
  };
  const harness = await startSubgraphHarness(workspaces, {
    settings: options.settings,
    services: (built) => ({ ...built, notifier }),
  });
  return {
    ...harness,
    invitations,
    gql: (query, token, variables, headers) => harness.execute(query, { token, variables, headers }),
  };
}

/** A token for a signed-in user without a workspace (what identity issues before switchWorkspace). */
export const userToken = (tokens: TestTokens, userId: string): Promise<string> => tokens.sign({ sub: userId, sid: uuidv7() });

/** The headers of a call to the internal endpoints as `caller` (identity unless told) makes it: its internal credential. */
export const serviceHeaders = async (tokens: TestTokens, caller = "identity"): Promise<Record<string, string>> => ({
  [INTERNAL_CREDENTIAL_HEADER]: await internalCredential(tokens.internalSecrets, caller).token(),
});

/** A fresh workspace created through the API, with its OWNER's workspace token. */
export interface TestWorkspace {
  id: string;
  slug: string;
  ownerId: string;
  ownerMembershipId: string;
  ownerToken: string;
}

export async function createWorkspace(h: Harness, name = `Team ${uuidv7().slice(-8)}`, ownerId = uuidv7()): Promise<TestWorkspace> {
  const created = dataOf(
    await h.gql(
      `mutation($name: String!) { createWorkspace(input: { name: $name }) { workspace { id slug } membership { id role } } }`,
      await userToken(h.tokens, ownerId),
      { name },
    ),
  ).createWorkspace;
  expect(created.membership.role).toBe("OWNER");
  return {
    id: created.workspace.id,
    slug: created.workspace.slug,
    ownerId,
    ownerMembershipId: created.membership.id,
    ownerToken: await h.tokens.forRole(created.workspace.id, "OWNER", ownerId),
  };
}

/** A member added through the API by `asToken`, with a workspace token of their own. */
export interface TestMember {
  userId: string;
  membershipId: string;
  token: string;
}

export async function addMember(
  h: Harness,
  workspace: TestWorkspace,
  role: WorkspaceRole,
  userId = uuidv7(),
  asToken = workspace.ownerToken,
): Promise<TestMember> {
  const added = dataOf(
    await h.gql(
      `mutation($userId: ID!, $role: WorkspaceRole!) { addWorkspaceMember(input: { userId: $userId, role: $role }) { membership { id role } } }`,
      asToken,
      { userId, role },
    ),
  ).addWorkspaceMember;
  expect(added.membership.role).toBe(role);
  return { userId, membershipId: added.membership.id, token: await h.tokens.forRole(workspace.id, role, userId) };
}

/** The members of the token's workspace as `{ userId: role }`. */
export async function membersOf(h: Harness, token: string): Promise<Record<string, string>> {
  const data = dataOf(await h.gql(`{ workspace { members(first: 100) { nodes { role user { id } } } } }`, token));
  return Object.fromEntries(data.workspace.members.nodes.map((node: { role: string; user: { id: string } }) => [node.user.id, node.role]));
}

/** A unique address for an invitee. */
export const inviteeEmail = () => `invitee-${uuidv7().slice(-12)}@example.com`;

const INVITE = `mutation($email: String!, $role: WorkspaceRole!) {
  inviteMember(input: { email: $email, role: $role }) { invitation { id email role status expiresAt invitedBy { id } } } }`;

/** Invites `email` as `asToken`'s holder; returns the invitation and the token its message carried. */
export async function invite(
  h: Harness,
  asToken: string,
  role: WorkspaceRole,
  email = inviteeEmail(),
): Promise<{ invitation: Data; token: string }> {
  const invitation = dataOf(await h.gql(INVITE, asToken, { email, role })).inviteMember.invitation;
  const notice = h.invitations.findLast((n) => n.email === invitation.email);
  expect(notice).toBeDefined();
  return { invitation, token: notice!.token };
}

export const ACCEPT = `mutation($token: String!) { acceptInvitation(input: { token: $token }) { membership { id role user { id } } workspace { id name } } }`;

/** The token's workspace's audit log, newest first, as plain entries. */
export async function auditLog(h: Harness, token: string, filter: Record<string, unknown> = {}, first = 100): Promise<Data[]> {
  const data = dataOf(
    await h.gql(
      `query($filter: AuditLogFilter, $first: Int) { auditLog(filter: $filter, first: $first) { nodes {
         kind action entityType entityId before after actor { id } ip userAgent requestId occurredAt } } }`,
      token,
      { filter, first },
    ),
  );
  return data.auditLog.nodes;
}
