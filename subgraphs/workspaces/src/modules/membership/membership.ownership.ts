import { errors, WorkspaceRole } from "@plateau/kernel";
import { parseId } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { recordAudit } from "../audit/audit.record.js";
import { changeWorkspace } from "../workspace/workspace.lock.js";
import { Membership } from "./membership.entity.js";
import type { TransferOwnershipInput } from "./membership.inputs.js";
import type { LeaveWorkspacePayload, TransferOwnershipPayload } from "./membership.types.js";
import { memberPolicy } from "./membership.policy.js";
import { membershipChange, roleChange } from "./membership.audit.js";
import { ownerCount } from "./membership.service.js";

/** A member leaving, and ownership changing hands: changes members make to their own membership. */
export const ownershipService = {
  /** Any member may leave the token's workspace, except its last OWNER. */
  async leave(ctx: WorkspacesContext): Promise<LeaveWorkspacePayload> {
    return changeWorkspace(ctx, async (em, actor, workspace) => {
      const own = actor.membership;
      memberPolicy.assertCanLeave(own.role, await ownerCount(em, workspace.id));
      em.remove(own);
      recordAudit(em, ctx, workspace.id, membershipChange("member.left", own));
      await em.flush();
      return { workspaceId: workspace.id, removedMembershipId: own.id };
    });
  },

  /**
   * Makes another member OWNER and the caller ADMIN, in one transaction; OWNER only (by the lower of
   * the token's and the current membership's role).
   */
  async transfer(ctx: WorkspacesContext, input: TransferOwnershipInput): Promise<TransferOwnershipPayload> {
    const userId = parseId(input.userId, "input.userId");
    return changeWorkspace(ctx, async (em, actor, workspace) => {
      memberPolicy.assertOwner(actor.role, "Transferring ownership");
      const previous = actor.membership;
      if (userId === previous.userId) throw errors.invalidField("input.userId", "is you: name the member who should own the workspace");
      const next = await em.findOne(Membership, { workspaceId: workspace.id, userId });
      if (!next) throw errors.invalidField("input.userId", "is not a member of this workspace");
      recordAudit(
        em,
        ctx,
        workspace.id,
        {
          action: "ownership.transferred",
          entityType: "Workspace",
          entityId: workspace.id,
          before: { owner: previous.userId },
          after: { owner: userId },
        },
        ...(next.role === WorkspaceRole.OWNER ? [] : [roleChange(next, WorkspaceRole.OWNER)]),
        roleChange(previous, WorkspaceRole.ADMIN),
      );
      next.role = WorkspaceRole.OWNER;
      previous.role = WorkspaceRole.ADMIN;
      await em.flush();
      return { previousOwner: previous, newOwner: next };
    });
  },
};
