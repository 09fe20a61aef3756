import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/**
 * Who may reach workspaces. Creating one and reading one's own needs only a signed-in user (a token
 * without a workspace is enough); editing the current one needs a workspace token, and the service
 * checks the role.
 */
export const workspaceRules: IRules = {
  Query: { workspace: isAuthenticated },
  Mutation: { createWorkspace: isAuthenticated, updateWorkspace: inWorkspace },
  Workspace: isAuthenticated,
  WorkspacePayload: isAuthenticated,
};
