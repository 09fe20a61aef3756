import type { EntityManager } from "@mikro-orm/core";
import { Workspace } from "../workspace/workspace.entity.js";
import { Membership } from "./membership.entity.js";

/** A membership with its (non-deleted) workspace. */
export interface MembershipWithWorkspace {
  membership: Membership;
  workspace: Workspace;
}

/**
 * Every membership of one user across all workspaces, oldest first, leaving out deleted workspaces.
 *
 * This reads across tenants, so it disables the tenant filter. That is safe only because the result is
 * scoped to a single user id the caller is entitled to see: the viewer's own id (a user may always see
 * their own workspaces) or the id identity asks about over the authenticated internal endpoint. Pass a
 * fork of its own (`em.fork()`), so rows of other workspaces never enter a request's identity map,
 * where a later tenant-scoped read could pick them up.
 */
export async function membershipsOfUser(em: EntityManager, userId: string): Promise<MembershipWithWorkspace[]> {
  const memberships = await em.find(Membership, { userId }, { filters: false, orderBy: { createdAt: "asc", id: "asc" } });
  if (memberships.length === 0) return [];
  const workspaces = await em.find(Workspace, { id: { $in: [...new Set(memberships.map((m) => m.workspaceId))] }, deletedAt: null });
  const byId = new Map(workspaces.map((workspace) => [workspace.id, workspace]));
  return memberships.flatMap((membership) => {
    const workspace = byId.get(membership.workspaceId);
    return workspace ? [{ membership, workspace }] : [];
  });
}
