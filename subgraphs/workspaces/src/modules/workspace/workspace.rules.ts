import { isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/**
 * Who may read workspaces: any signed-in user (a token without a workspace is enough: creating one,
 * listing one's own); which ones they see is decided in workspace.access.ts. Root operations take
 * their rules from the access matrix (@plateau/kernel, access.ts); the services check roles again
 * against the current membership.
 */
export const workspaceRules: IRules = {
  Workspace: isAuthenticated,
  WorkspacePayload: isAuthenticated,
  DeleteWorkspacePayload: isAuthenticated,
};
