import { Capability, errors, roleMayAccess } from "@plateau/kernel";
import { parseId, requireViewer, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";

/**
 * The data-dependent half of rating skills (kernel access.ts gives `setUserSkill` and
 * `removeUserSkill` to CONTRIBUTE, checked by the shield): one's own skills need nothing more;
 * someone else's need MANAGE_TEAMS, and that person must be a member of the workspace. Returns the
 * viewer's workspace.
 */
export async function requireMayRate(ctx: IdentityContext, rawUserId: string): Promise<string> {
  const workspaceId = requireWorkspaceId(ctx);
  const viewer = requireViewer(ctx);
  if (rawUserId === viewer.userId) return workspaceId;
  if (!roleMayAccess(Capability.MANAGE_TEAMS, true, viewer.role))
    throw errors.forbidden("Rating someone else's skills needs the MANAGER role or higher");
  const userId = parseId(rawUserId, "input.userId");
  if (!(await ctx.loaders.user.load(userId))) throw errors.invalidField("input.userId", `there is no user ${userId}`);
  const memberships = await ctx.services.memberships.forUser(userId);
  if (!memberships.some((m) => m.workspaceId === workspaceId))
    throw errors.invalidField("input.userId", "is not a member of this workspace");
  return workspaceId;
}
