import type { WorkspaceRole } from "@plateau/kernel";
import type { WorkspacesContext } from "../../context.js";

/**
 * Whether the viewer may see a workspace at all: the one their token is scoped to, or one they are a
 * member of. Workspace rows are not tenant-filtered, so every read of another id goes through here.
 */
export async function canSeeWorkspace(ctx: WorkspacesContext, workspaceId: string): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.workspaceId === workspaceId) return true;
  return (await ctx.loaders.viewerMemberships()).some(({ workspace }) => workspace.id === workspaceId);
}

/** The viewer's role in a workspace: the token's for its own workspace, else their membership's, else null. */
export async function viewerRoleIn(ctx: WorkspacesContext, workspaceId: string): Promise<WorkspaceRole | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  if (viewer.workspaceId === workspaceId) return viewer.role ?? null;
  const own = (await ctx.loaders.viewerMemberships()).find(({ workspace }) => workspace.id === workspaceId);
  return own?.membership.role ?? null;
}
