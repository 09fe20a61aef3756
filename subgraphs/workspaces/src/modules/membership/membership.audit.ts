import type { WorkspaceRole } from "@plateau/kernel";
import type { AuditChange } from "../audit/audit.record.js";
import type { Membership } from "./membership.entity.js";

/** The audit change of a membership coming into being (`after`) or going away (`before`); `extra` joins the snapshot. */
export function membershipChange(
  action: "member.added" | "member.removed" | "member.left",
  membership: Membership,
  extra: Record<string, unknown> = {},
): AuditChange {
  const snapshot = { userId: membership.userId, role: membership.role, ...extra };
  return {
    action,
    entityType: "Membership",
    entityId: membership.id,
    ...(action === "member.added" ? { after: snapshot } : { before: snapshot }),
  };
}

/** The audit change of a membership's role becoming `next` (taken before it is set). */
export function roleChange(membership: Membership, next: WorkspaceRole): AuditChange {
  return {
    action: "member.role_changed",
    entityType: "Membership",
    entityId: membership.id,
    before: { userId: membership.userId, role: membership.role },
    after: { userId: membership.userId, role: next },
  };
}
