import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from "@mikro-orm/core";
import { AppError, ErrorCode, errors, type WorkspaceRole, parseEmail } from "@plateau/kernel";
import { filterToWhere, paginate, parseId, requireViewer, type EnumFilterValue, type Page, type PageArgs } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { recordAudit } from "../audit/audit.record.js";
import { actingMember } from "../membership/membership.actor.js";
import { Membership } from "../membership/membership.entity.js";
import { memberPolicy } from "../membership/membership.policy.js";
import { membershipChange } from "../membership/membership.audit.js";
import { requireLiveWorkspace } from "../workspace/workspace.access.js";
import { changeOtherWorkspace, changeWorkspace } from "../workspace/workspace.lock.js";
import { Invitation, InvitationStatus } from "./invitation.entity.js";
import type { AcceptInvitationInput, InvitationFilter, InviteMemberInput, RevokeInvitationInput } from "./invitation.inputs.js";
import type { AcceptInvitationPayload } from "./invitation.types.js";
import { invitationTokenHash, looksLikeInvitationToken, newInvitationToken } from "./invitation.token.js";

/**
 * The session variable that admits one invitation across tenants: the hash of the token being
 * accepted (its Row-Level Security policy is in subgraph.ts). Set only on the accept flow's lookup.
 */
export const INVITATION_TOKEN_VARIABLE = "app.invitation_token_hash";

/** One answer for every token that cannot be accepted, so the answer tells nothing about why. */
const invalidInvitation = () =>
  new AppError(ErrorCode.NOT_FOUND, "This invitation is not valid: it may have expired, been revoked or been used", {
    typename: "Invitation",
  });

/** The rows in `status` at `now` (the status is derived from the timestamps). */
function statusWhere(status: InvitationStatus, now: Date): FilterQuery<Invitation> {
  switch (status) {
    case InvitationStatus.ACCEPTED:
      return { acceptedAt: { $ne: null } };
    case InvitationStatus.REVOKED:
      return { acceptedAt: null, revokedAt: { $ne: null } };
    case InvitationStatus.PENDING:
      return { acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } };
    case InvitationStatus.EXPIRED:
      return { acceptedAt: null, revokedAt: null, expiresAt: { $lte: now } };
  }
}

function statusFilterWhere(filter: EnumFilterValue<InvitationStatus>, now: Date): FilterQuery<Invitation> {
  const statuses = Object.values(InvitationStatus).filter(
    (status) =>
      (filter.eq === undefined || filter.eq === null || status === filter.eq) &&
      (!filter.in || filter.in.includes(status)) &&
      (!filter.notIn || !filter.notIn.includes(status)),
  );
  return statuses.length > 0 ? { $or: statuses.map((status) => statusWhere(status, now)) } : { id: { $in: [] } };
}

/** The invitation a token hash names, in whichever workspace: the one read across tenants. */
function findByTokenHash(em: EntityManager, tokenHash: string): Promise<Invitation | null> {
  const lookup = em.fork();
  lookup.setSessionContext({ variables: { [INVITATION_TOKEN_VARIABLE]: tokenHash } });
  return lookup.findOne(Invitation, { tokenHash }, { filters: false });
}

/** Invitations: sending (ADMIN or above), listing, revoking, and accepting by token (any signed-in user). */
export const invitationService = {
  /** The current workspace's invitations, newest first. */
  async list(ctx: WorkspacesContext, filter: InvitationFilter | undefined, page: PageArgs): Promise<Page<Invitation>> {
    const workspace = await requireLiveWorkspace(ctx);
    memberPolicy.assertCanManage((await actingMember(ctx.em, workspace.id, requireViewer(ctx))).role);
    const where: FilterQuery<Invitation>[] = [filterToWhere({ email: filter?.email })];
    if (filter?.status) where.push(statusFilterWhere(filter.status, new Date()));
    return paginate(ctx.em, Invitation, { $and: where, workspaceId: workspace.id }, page, [{ createdAt: "desc" }]);
  },

  /**
   * Creates an invitation and sends its token to the address. The answer is the same whether or not
   * the address belongs to a Plateau account (this subgraph does not know, and tells nothing). One
   * pending invitation per address: revoke it to send another.
   */
  async invite(ctx: WorkspacesContext, input: InviteMemberInput): Promise<Invitation> {
    const viewer = requireViewer(ctx);
    memberPolicy.assertCanInvite(viewer.role, input.role);
    const email = parseEmail(input.email);
    if (!email) throw errors.invalidField("input.email", "is not a valid email address");
    const token = newInvitationToken();
    const expiresAt = new Date(Date.now() + ctx.services.settings.INVITATION_TTL_MS);
    const { invitation, workspaceName } = await changeWorkspace(ctx, async (em, actor, workspace) => {
      memberPolicy.assertCanInvite(actor.role, input.role);
      const pending = await em.count(Invitation, {
        $and: [{ workspaceId: workspace.id, email }, statusWhere(InvitationStatus.PENDING, new Date())],
      });
      if (pending > 0) {
        throw errors.conflict(`${email} already has a pending invitation: revoke it to send a new one`, {
          fields: [{ field: "input.email", message: "already has a pending invitation" }],
        });
      }
      const created = em.create(Invitation, {
        workspaceId: workspace.id,
        email,
        role: input.role,
        invitedById: viewer.userId,
        tokenHash: invitationTokenHash(token),
        expiresAt,
      } as never);
      recordAudit(em, ctx, workspace.id, {
        action: "invitation.created",
        entityType: "Invitation",
        entityId: created.id,
        after: { email, role: input.role, expiresAt: expiresAt.toISOString() },
      });
      await em.flush();
      return { invitation: created, workspaceName: workspace.name };
    });
    // Not awaited: delivery's latency or failure must not change the answer.
    ctx.services.notifier
      .sendInvitation({
        email,
        workspaceId: invitation.workspaceId,
        workspaceName,
        role: input.role,
        invitedById: viewer.userId,
        token,
        expiresAt,
      })
      .catch((error: unknown) => ctx.logger.error("invitation not delivered", { invitationId: invitation.id, error }));
    return invitation;
  },

  /** Revokes a pending invitation of the current workspace; its token then accepts nothing. */
  async revoke(ctx: WorkspacesContext, input: RevokeInvitationInput): Promise<Invitation> {
    const id = parseId(input.invitationId, "input.invitationId");
    memberPolicy.assertCanManage(requireViewer(ctx).role);
    return changeWorkspace(ctx, async (em, actor, workspace) => {
      memberPolicy.assertCanManage(actor.role);
      const invitation = await em.findOne(Invitation, { id, workspaceId: workspace.id });
      if (!invitation) throw errors.notFound("Invitation", input.invitationId);
      const status = invitation.statusAt();
      if (status !== InvitationStatus.PENDING) {
        throw errors.conflict(`Invitation ${id} is ${status}: only a PENDING invitation can be revoked`, { status });
      }
      invitation.revokedAt = new Date();
      recordAudit(em, ctx, workspace.id, {
        action: "invitation.revoked",
        entityType: "Invitation",
        entityId: invitation.id,
        before: { email: invitation.email, status },
        after: { email: invitation.email, status: InvitationStatus.REVOKED },
      });
      await em.flush();
      return invitation;
    });
  },

  /**
   * Spends a token: the caller (any signed-in user, with or without a workspace in the token) joins
   * its workspace with the invited role. Unknown, expired, revoked and used tokens, and deleted
   * workspaces, all get the same NOT_FOUND. A caller who is already a member gets CONFLICT and the
   * invitation stays pending (a failed mutation changes nothing).
   */
  async accept(ctx: WorkspacesContext, input: AcceptInvitationInput): Promise<AcceptInvitationPayload> {
    const viewer = requireViewer(ctx);
    const token = input.token.trim();
    if (!looksLikeInvitationToken(token)) throw invalidInvitation();
    const found = await findByTokenHash(ctx.em, invitationTokenHash(token));
    if (!found || found.statusAt() !== InvitationStatus.PENDING) throw invalidInvitation();
    try {
      return await changeOtherWorkspace(ctx.em, found.workspaceId, async (em, workspace) => {
        // Again under the workspace's lock: a concurrent accept or revoke may have come first.
        const invitation = await em.findOne(Invitation, { id: found.id, workspaceId: workspace.id });
        if (!invitation || invitation.statusAt() !== InvitationStatus.PENDING) throw invalidInvitation();
        const existing = await em.findOne(Membership, { workspaceId: workspace.id, userId: viewer.userId });
        if (existing) throw alreadyMember(existing.role);
        const membership = em.create(Membership, { workspaceId: workspace.id, userId: viewer.userId, role: invitation.role } as never);
        invitation.acceptedAt = new Date();
        invitation.acceptedById = viewer.userId;
        recordAudit(
          em,
          ctx,
          workspace.id,
          {
            action: "invitation.accepted",
            entityType: "Invitation",
            entityId: invitation.id,
            before: { email: invitation.email, status: InvitationStatus.PENDING },
            after: { email: invitation.email, status: InvitationStatus.ACCEPTED, acceptedBy: viewer.userId },
          },
          membershipChange("member.added", membership, { invitationId: invitation.id }),
        );
        await em.flush();
        return { membership, workspace };
      });
    } catch (error) {
      // The workspace was deleted: as dead as any other invitation to it.
      if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) throw invalidInvitation();
      if (error instanceof UniqueConstraintViolationException) throw alreadyMember();
      throw error;
    }
  },
};

function alreadyMember(role?: WorkspaceRole) {
  return errors.conflict(`You are already a member of this workspace${role ? ` (as ${role})` : ""}; the invitation stays pending`, {
    fields: [{ field: "input.token", message: "you are already a member" }],
  });
}
