import { expect } from "vitest";
import { INTERNAL_AUDIENCE, uuidv7, type AccessClaims, type WorkspaceRole } from "@plateau/kernel";
import { startSubgraph, type RunningSubgraph } from "@plateau/subgraph-kit";
import { createTestTokens, dataOf, execute, workerDatabaseUrl, type ExecutionResult, type TestTokens } from "@plateau/test-kit";
import { workspaces } from "../src/index.js";
import type { WorkspacesServices } from "../src/services.js";

/** Response data as tests read it: shapes are asserted by the tests, not by types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

/** A running workspaces subgraph with the keys its tokens are signed with. */
export interface Harness {
  app: RunningSubgraph<WorkspacesServices>;
  tokens: TestTokens;
  /** Runs an operation as the holder of `token` (anonymous when omitted). */
  gql<T = Data>(query: string, token?: string, variables?: Record<string, unknown>): Promise<ExecutionResult<T>>;
}

/** Starts the subgraph on this worker's database; `onQuery` sees every SQL statement. */
export async function startWorkspaces(onQuery?: (sql: string) => void): Promise<Harness> {
  const tokens = await createTestTokens();
  const app = await startSubgraph(workspaces, {
    database: { url: await workerDatabaseUrl() },
    tokenKeys: tokens.tokenKeys,
    tokenAudience: tokens.audience,
    onQuery,
  });
  return {
    app,
    tokens,
    gql: (query, token, variables) => execute(app.url, query, { token, variables }),
  };
}

/** A token for a signed-in user without a workspace (what identity issues before switchWorkspace). */
export const userToken = (tokens: TestTokens, userId: string): Promise<string> => tokens.sign({ sub: userId, sid: uuidv7() });

/**
 * A service token as identity mints it for internal calls: claim `svc`, the internal audience, signed
 * with the test key (createTestTokens only mints access tokens, hence the cast).
 */
export const serviceToken = (tokens: TestTokens, svc = "identity"): Promise<string> =>
  tokens.sign({ svc } as unknown as AccessClaims, { audience: INTERNAL_AUDIENCE });

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
