import { errors, type WorkspaceRole } from "@plateau/kernel";
import { requireWorkspaceId } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import type { Workspace } from "./workspace.entity.js";

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

/** The token's workspace; FORBIDDEN without one in the token, NOT_FOUND when it does not exist (any more). */
export async function requireLiveWorkspace(ctx: WorkspacesContext): Promise<Workspace> {
  const workspaceId = requireWorkspaceId(ctx);
  const workspace = await ctx.loaders.workspace.load(workspaceId);
  if (!workspace) throw errors.notFound("Workspace", workspaceId);
  return workspace;
}
