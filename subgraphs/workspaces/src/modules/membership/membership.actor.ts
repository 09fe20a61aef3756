import type { EntityManager } from "@mikro-orm/core";
import { errors, WorkspaceRole, type Viewer } from "@plateau/kernel";
import { Membership } from "./membership.entity.js";
import { lowerRole } from "./membership.policy.js";

/** The member performing a change, with the role their permissions are judged by. */
export interface ActingMember {
  membership: Membership;
  role: WorkspaceRole;
}

/**
 * The caller's own membership of `workspaceId`. Access tokens live for minutes, so a member who was
 * removed or demoted meanwhile still carries the old role: changes to the workspace are judged by the
 * lower of the token's role and the current one, and need the membership to still exist.
 */
export async function actingMember(em: EntityManager, workspaceId: string, viewer: Viewer): Promise<ActingMember> {
  const membership = await em.findOne(Membership, { workspaceId, userId: viewer.userId });
  if (!membership) throw errors.forbidden("You are no longer a member of this workspace");
  return { membership, role: lowerRole(viewer.role ?? WorkspaceRole.VIEWER, membership.role) };
}
