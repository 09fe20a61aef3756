import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/core";
import { errors, isUuid, WorkspaceRole } from "@plateau/kernel";
import { check, filterToWhere, pageOf, paginate, parseId, requireViewer, type Page, type PageArgs } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { recordAudit } from "../audit/audit.record.js";
import { changeWorkspace } from "../workspace/workspace.lock.js";
import type { Workspace } from "../workspace/workspace.entity.js";
import type { ActingMember } from "./membership.actor.js";
import { membershipChange, roleChange } from "./membership.audit.js";
import { Membership } from "./membership.entity.js";
import type { AddWorkspaceMemberInput, ChangeMemberRoleInput, MembershipFilter, RemoveWorkspaceMemberInput } from "./membership.inputs.js";
import { memberPolicy } from "./membership.policy.js";

/** A change to the token's workspace's members: ADMIN or above, under the workspace's lock. */
function changeMembers<T>(
  ctx: WorkspacesContext,
  change: (em: EntityManager, actor: ActingMember, workspace: Workspace) => Promise<T>,
): Promise<T> {
  memberPolicy.assertCanManage(requireViewer(ctx).role);
  return changeWorkspace(ctx, change);
}

async function memberOf(em: EntityManager, workspaceId: string, membershipId: string): Promise<Membership> {
  const id = parseId(membershipId, "input.membershipId");
  const membership = await em.findOne(Membership, { id, workspaceId });
  if (!membership) throw errors.notFound("Membership", membershipId);
  return membership;
}

/** How many OWNERs the workspace has (inside a change, under its lock). */
export const ownerCount = (em: EntityManager, workspaceId: string) => em.count(Membership, { workspaceId, role: WorkspaceRole.OWNER });

/** Membership use cases: listing, and managing the current workspace's members. */
export const membershipService = {
  /** A workspace's members; only the viewer's current workspace has any visible (others: an empty page). */
  list(ctx: WorkspacesContext, workspaceId: string, filter: MembershipFilter | undefined, page: PageArgs): Promise<Page<Membership>> {
    if (ctx.viewer?.workspaceId !== workspaceId) return Promise.resolve(pageOf<Membership>([], page));
    return paginate(ctx.em, Membership, { ...filterToWhere(filter), workspaceId }, page, [{ createdAt: "asc" }]);
  },

  /** The viewer's memberships in every (non-deleted) workspace, oldest first. */
  async mine(ctx: WorkspacesContext): Promise<Membership[]> {
    requireViewer(ctx);
    return (await ctx.loaders.viewerMemberships()).map(({ membership }) => membership);
  },

  /**
   * A user's memberships as the viewer may see them: all of their own; of anyone else, only the one in
   * the viewer's current workspace (the tenant filter scopes the loader), unless it was deleted.
   */
  async ofUser(ctx: WorkspacesContext, userId: string): Promise<Membership[]> {
    const viewer = requireViewer(ctx);
    if (userId.toLowerCase() === viewer.userId.toLowerCase()) return membershipService.mine(ctx);
    if (!isUuid(userId) || !viewer.workspaceId || !(await ctx.loaders.workspace.load(viewer.workspaceId))) return [];
    return ctx.loaders.membershipsByUser.load(userId.toLowerCase());
  },

  async add(ctx: WorkspacesContext, input: AddWorkspaceMemberInput): Promise<Membership> {
    const userId = parseId(input.userId, "input.userId");
    try {
      return await changeMembers(ctx, async (em, actor, workspace) => {
        memberPolicy.assertCanGrant(actor.role, input.role);
        const existing = await em.findOne(Membership, { workspaceId: workspace.id, userId });
        if (existing) throw alreadyMember(userId, existing.role);
        const membership = em.create(Membership, { workspaceId: workspace.id, userId, role: input.role } as never);
        recordAudit(em, ctx, workspace.id, membershipChange("member.added", membership));
        await em.flush();
        return membership;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw alreadyMember(userId);
      throw error;
    }
  },

  async changeRole(ctx: WorkspacesContext, input: ChangeMemberRoleInput): Promise<Membership> {
    return changeMembers(ctx, async (em, actor, workspace) => {
      const membership = await memberOf(em, workspace.id, input.membershipId);
      memberPolicy.assertCanChange(actor.role, membership.role, input.role);
      check.version("Membership", membership, input.expectedVersion);
      if (membership.role === WorkspaceRole.OWNER && input.role !== WorkspaceRole.OWNER) {
        memberPolicy.assertKeepsAnOwner(membership.role, input.role, await ownerCount(em, workspace.id));
      }
      if (membership.role !== input.role) {
        recordAudit(em, ctx, workspace.id, roleChange(membership, input.role));
        membership.role = input.role;
      }
      await em.flush();
      return membership;
    });
  },

  async remove(ctx: WorkspacesContext, input: RemoveWorkspaceMemberInput): Promise<string> {
    return changeMembers(ctx, async (em, actor, workspace) => {
      const membership = await memberOf(em, workspace.id, input.membershipId);
      memberPolicy.assertCanRemove(actor.role, membership.role);
      if (membership.role === WorkspaceRole.OWNER) {
        memberPolicy.assertKeepsAnOwner(membership.role, null, await ownerCount(em, workspace.id));
      }
      em.remove(membership);
      recordAudit(em, ctx, workspace.id, membershipChange("member.removed", membership));
      await em.flush();
      return membership.id;
    });
  },
};

function alreadyMember(userId: string, role?: WorkspaceRole) {
  return errors.conflict(`User ${userId} is already a member of this workspace${role ? ` (as ${role})` : ""}`, {
    fields: [{ field: "input.userId", message: "already a member" }],
  });
}
