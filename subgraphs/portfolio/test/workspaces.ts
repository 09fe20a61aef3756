import { uuidv7, type WorkspaceRole } from "@plateau/kernel";
import type { RunningSubgraph } from "@plateau/subgraph-kit";
import { CreateWorkspaceDocument, dataOf, execute, type TestTokens } from "@plateau/test-kit";

/** A workspace that exists in workspaces, with a caller in it. */
export interface TestWorkspace {
  workspaceId: string;
  userId: string;
  token: string;
  /** Adds a member (MEMBER unless told) through workspaces' API; their user id. */
  member(role?: WorkspaceRole): Promise<string>;
}

const ADD_MEMBER = `mutation($i: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $i) { membership { id } } }`;

/** Creates a workspace through workspaces' API, with the caller a member of `role` there. */
export async function createWorkspace(app: RunningSubgraph, tokens: TestTokens, role: WorkspaceRole = "MANAGER"): Promise<TestWorkspace> {
  const ownerId = uuidv7();
  const created = await execute(app.url, CreateWorkspaceDocument, {
    token: await tokens.sign({ sub: ownerId, sid: uuidv7() }),
    variables: { input: { name: `Portfolio ${ownerId.slice(-8)}` } },
  });
  const workspaceId = dataOf(created).createWorkspace.workspace.id;
  const ownerToken = await tokens.forRole(workspaceId, "OWNER", ownerId);
  const member = async (memberRole: WorkspaceRole = "MEMBER") => {
    const userId = uuidv7();
    dataOf(await execute(app.url, ADD_MEMBER, { token: ownerToken, variables: { i: { userId, role: memberRole } } }));
    return userId;
  };
  const userId = role === "OWNER" ? ownerId : await member(role);
  return { workspaceId, userId, token: await tokens.forRole(workspaceId, role, userId), member };
}
