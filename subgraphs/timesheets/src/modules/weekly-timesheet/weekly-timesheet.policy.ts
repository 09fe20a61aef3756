import { errors, roleAtLeast, ROLES_WITH, type Viewer } from "@plateau/kernel";
import { TimesheetStatus } from "./weekly-timesheet.entity.js";

/** What can happen to a week (docs/api/timesheets.md, "The weekly flow"). */
export type TimesheetAction = "submit" | "approve" | "reject" | "reopen";

/** From which statuses each action starts, and where it leads. */
const TRANSITIONS: Readonly<Record<TimesheetAction, { from: readonly TimesheetStatus[]; to: TimesheetStatus }>> = {
  submit: { from: [TimesheetStatus.DRAFT, TimesheetStatus.REJECTED], to: TimesheetStatus.SUBMITTED },
  approve: { from: [TimesheetStatus.SUBMITTED], to: TimesheetStatus.APPROVED },
  reject: { from: [TimesheetStatus.SUBMITTED], to: TimesheetStatus.REJECTED },
  reopen: { from: [TimesheetStatus.SUBMITTED, TimesheetStatus.APPROVED], to: TimesheetStatus.DRAFT },
};

/** The status `action` leads to from `from`; CONFLICT (carrying the current status) when it cannot start there. */
export function nextStatus(action: TimesheetAction, from: TimesheetStatus): TimesheetStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(from)) {
    throw errors.conflict(`A ${from} week cannot be ${PAST[action]}; it can be from ${transition.from.join(" or ")}`, { status: from });
  }
  return transition.to;
}

const PAST: Record<TimesheetAction, string> = { submit: "submitted", approve: "approved", reject: "rejected", reopen: "reopened" };

/** True when `viewer` may approve or reject others' weeks in the workspace (the matrix's APPROVE_TIME). */
export const mayApprove = (viewer: Viewer): boolean => viewer.role !== undefined && ROLES_WITH.APPROVE_TIME.includes(viewer.role);

/**
 * True when `viewer` may read `ownerId`'s weeks: their own, anyone's for an approver, and a team's
 * lead their team's members' (`leadsOwner`: the viewer leads a team the owner belongs to).
 */
export const mayReadWeeksOf = (viewer: Viewer, ownerId: string, leadsOwner = false): boolean =>
  ownerId === viewer.userId || mayApprove(viewer) || leadsOwner;

/**
 * Who may do what to whose week; FORBIDDEN saying why otherwise (`leadsOwner`: the viewer leads a
 * team the owner belongs to, as identity's `Team.lead` says):
 * - submit: the week's owner, with a role that tracks time (MEMBER and above);
 * - approve, reject: MANAGER and above, or the lead of a team the owner belongs to; never on their own week;
 * - reopen a SUBMITTED week: its owner (withdrawing it), an approver or such a lead; an APPROVED week: ADMIN and above.
 */
export function assertMayAct(viewer: Viewer, ownerId: string, action: TimesheetAction, from: TimesheetStatus, leadsOwner = false): void {
  const own = ownerId === viewer.userId;
  switch (action) {
    case "submit":
      if (!own) throw errors.forbidden("Only the week's owner may submit it");
      if (!roleAtLeast(viewer.role, "MEMBER")) throw errors.forbidden(`Your role (${viewer.role ?? "none"}) does not track time`);
      return;
    case "approve":
    case "reject":
      if (own) throw errors.forbidden(`Nobody may ${action} their own week`);
      if (!mayApprove(viewer) && !leadsOwner) {
        throw errors.forbidden(`Only a MANAGER or above, or the lead of a team the week's owner belongs to, may ${action} a week`);
      }
      return;
    case "reopen":
      if (from === TimesheetStatus.APPROVED) {
        if (!roleAtLeast(viewer.role, "ADMIN")) throw errors.forbidden("Only an ADMIN or OWNER may reopen an approved week");
        return;
      }
      if (!own && !mayApprove(viewer) && !leadsOwner) {
        throw errors.forbidden(
          "Only the week's owner, a MANAGER or above, or the lead of a team the owner belongs to may reopen a submitted week",
        );
      }
      return;
  }
}
