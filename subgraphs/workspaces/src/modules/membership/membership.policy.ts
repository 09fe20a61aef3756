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

/** The checks on member changes (an explicit type, so TypeScript accepts the assertion signature). */
export interface MemberPolicy {
  assertCanManage(actor: WorkspaceRole | undefined): asserts actor is WorkspaceRole;
  assertCanGrant(actor: WorkspaceRole | undefined, role: WorkspaceRole): void;
  assertCanChange(actor: WorkspaceRole | undefined, current: WorkspaceRole, next: WorkspaceRole): void;
  assertCanRemove(actor: WorkspaceRole | undefined, current: WorkspaceRole): void;
  assertKeepsAnOwner(current: WorkspaceRole, next: WorkspaceRole | null, ownerCount: number): void;
}

/**
 * Who may manage whom (ARCHITECTURE.md: OWNER and ADMIN manage members and roles below their own).
 * Pure functions over roles: each throws FORBIDDEN with the reason, so the client can say why.
 * The actor's role is the lower of their token's and their current membership's (membership.actor.ts).
 */
export const memberPolicy: MemberPolicy = {
  assertCanManage,

  /** Adding a member: nobody but an OWNER may grant a role above their own. */
  assertCanGrant(actor: WorkspaceRole | undefined, role: WorkspaceRole): void {
    assertCanManage(actor);
    if (actor !== WorkspaceRole.OWNER && !roleAtLeast(actor, role)) {
      throw errors.forbidden(`${cap(actor)} cannot grant the ${role} role: it is above your own`);
    }
  },

  /**
   * Changing a role: a non-OWNER may only change members below their own role, and only to a role
   * below their own.
   */
  assertCanChange(actor: WorkspaceRole | undefined, current: WorkspaceRole, next: WorkspaceRole): void {
    assertCanManage(actor);
    if (actor === WorkspaceRole.OWNER) return;
    if (roleAtLeast(current, actor)) {
      throw errors.forbidden(`${cap(actor)} cannot change the role of ${article(current)}: only members below your own role`);
    }
    if (roleAtLeast(next, actor)) {
      throw errors.forbidden(`${cap(actor)} cannot give the ${next} role: only roles below your own`);
    }
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
};
