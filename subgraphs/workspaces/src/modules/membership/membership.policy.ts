import { errors, roleAtLeast, WorkspaceRole } from "@plateau/kernel";

/** "an OWNER", "a MEMBER": keeps the reasons readable. */
const article = (role: WorkspaceRole): string => (/^[AEIOU]/.test(role) ? `an ${role}` : `a ${role}`);
const cap = (role: WorkspaceRole): string => article(role).replace(/^a/, "A");

/** The lower of two roles. */
export function lowerRole(a: WorkspaceRole, b: WorkspaceRole): WorkspaceRole {
  return roleAtLeast(a, b) ? b : a;
}

/** Managing members at all needs ADMIN or above. */
function assertCanManage(actor: WorkspaceRole | undefined): asserts actor is WorkspaceRole {
  if (!roleAtLeast(actor, WorkspaceRole.ADMIN)) {
    throw errors.forbidden("Managing members needs the ADMIN or OWNER role");
  }
}

/** A non-OWNER may only hand out roles below their own. */
function assertBelowOwn(actor: WorkspaceRole, role: WorkspaceRole): void {
  if (actor !== WorkspaceRole.OWNER && roleAtLeast(role, actor)) {
    throw errors.forbidden(`${cap(actor)} cannot give the ${role} role: only roles below your own`);
  }
}

/** The checks on member changes (an explicit type, so TypeScript accepts the assertion signature). */
export interface MemberPolicy {
  assertCanManage(actor: WorkspaceRole | undefined): asserts actor is WorkspaceRole;
  assertCanGrant(actor: WorkspaceRole | undefined, role: WorkspaceRole): void;
  assertCanInvite(actor: WorkspaceRole | undefined, role: WorkspaceRole): void;
  assertCanChange(actor: WorkspaceRole | undefined, current: WorkspaceRole, next: WorkspaceRole): void;
  assertCanRemove(actor: WorkspaceRole | undefined, current: WorkspaceRole): void;
  assertKeepsAnOwner(current: WorkspaceRole, next: WorkspaceRole | null, ownerCount: number): void;
  assertCanLeave(current: WorkspaceRole, ownerCount: number): void;
  assertOwner(actor: WorkspaceRole | undefined, action: string): void;
}

/**
 * Who may manage whom (docs/api/roles-and-access.md: OWNER and ADMIN manage members and roles below their own).
 * Pure functions over roles: each throws FORBIDDEN with the reason, so the client can say why.
 * The actor's role is the lower of their token's and their current membership's (membership.actor.ts).
 */
export const memberPolicy: MemberPolicy = {
  assertCanManage,

  /** Adding a member: nobody but an OWNER may grant a role at or above their own (as for invitations). */
  assertCanGrant(actor: WorkspaceRole | undefined, role: WorkspaceRole): void {
    assertCanManage(actor);
    assertBelowOwn(actor, role);
  },

  /** Inviting someone: nobody but an OWNER may invite with a role at or above their own. */
  assertCanInvite(actor: WorkspaceRole | undefined, role: WorkspaceRole): void {
    assertCanManage(actor);
    assertBelowOwn(actor, role);
  },

  /**
   * Changing a role: a non-OWNER may only change members below their own role, and only to a role
   * below their own.
   */
  assertCanChange(actor: WorkspaceRole | undefined, current: WorkspaceRole, next: WorkspaceRole): void {
    assertCanManage(actor);
    if (actor !== WorkspaceRole.OWNER && roleAtLeast(current, actor)) {
      throw errors.forbidden(`${cap(actor)} cannot change the role of ${article(current)}: only members below your own role`);
    }
    assertBelowOwn(actor, next);
  },

  /** Removing a member: a non-OWNER may only remove members below their own role. */
  assertCanRemove(actor: WorkspaceRole | undefined, current: WorkspaceRole): void {
    assertCanManage(actor);
    if (actor !== WorkspaceRole.OWNER && roleAtLeast(current, actor)) {
      throw errors.forbidden(`${cap(actor)} cannot remove ${article(current)}: only members below your own role`);
    }
  },

  /** A workspace always keeps at least one OWNER. */
  assertKeepsAnOwner(current: WorkspaceRole, next: WorkspaceRole | null, ownerCount: number): void {
    if (current === WorkspaceRole.OWNER && next !== WorkspaceRole.OWNER && ownerCount <= 1) {
      throw errors.forbidden(
        next === null
          ? "Cannot remove the last OWNER: make another member OWNER first"
          : "Cannot demote the last OWNER: make another member OWNER first",
      );
    }
  },

  /** Leaving: anyone may, except the last OWNER, who would leave the workspace without one. */
  assertCanLeave(current: WorkspaceRole, ownerCount: number): void {
    if (current === WorkspaceRole.OWNER && ownerCount <= 1) {
      throw errors.forbidden("You are the last OWNER: transfer ownership (transferOwnership) before leaving");
    }
  },

  /** Deleting or transferring the workspace: OWNER only. */
  assertOwner(actor: WorkspaceRole | undefined, action: string): void {
    if (actor !== WorkspaceRole.OWNER) throw errors.forbidden(`${action} needs the OWNER role`);
  },
};
