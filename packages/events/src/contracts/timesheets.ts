import { defineEventType } from "../envelope.js";

/** A week's status (timesheets' `TimesheetStatus`). */
export type TimesheetStatusValue = "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED";

/**
 * `timesheets.timesheet.submitted` / `.approved` / `.rejected` / `.reopened`: a user's week changed
 * status; the subject is the WeeklyTimesheet, the actor who changed it. The gateway turns them into the
 * `timesheetChanged` and `timesheetApprovalsChanged` subscriptions' events.
 */
export interface TimesheetTransitioned {
  /** Whose week. */
  userId: string;
  /** The week's Monday, YYYY-MM-DD. */
  weekStart: string;
  from: TimesheetStatusValue;
  to: TimesheetStatusValue;
  /** The reason given (a rejection's; a reopening's when one was given). */
  reason: string | null;
  /** The week's `version` after the change. */
  version: number;
  /**
   * The leads of the owner's teams when it changed (the owner left out): who may decide the week besides
   * MANAGER and above. The gateway sends the approval queue's events to them. Absent from events recorded
   * before it was added (read as none).
   */
  approverLeadIds?: string[];
}

/**
 * `timesheets.team.utilization_measured`: a team's utilisation over a period, measured when one of its
 * members' weeks changed status (submitted, approved, rejected, reopened); the subject is the Team. The
 * period is the four ISO weeks ending with the last complete week in the workspace's time zone, so a
 * later period is a later measurement and supersedes an earlier one. Insights applies
 * its "team utilisation above 90%" rule to the team's projects with it.
 */
export interface TeamUtilizationMeasured {
  teamId: string;
  /** The period's first day (a Monday), YYYY-MM-DD. */
  from: string;
  /** The period's last day (a Sunday), YYYY-MM-DD. */
  to: string;
  /** The members' logged hours and capacity over the period, in hours (to the hundredth). */
  loggedHours: number;
  billableHours: number;
  capacityHours: number;
  /** loggedHours ÷ capacityHours (1 = fully used), or null when the team had no capacity in the period. */
  utilization: number | null;
  billableUtilization: number | null;
  /** The team's members when measured. */
  memberCount: number;
}

/** Every event timesheets publishes, on the `plateau:events:timesheets` stream. */
export const timesheetsEvents = {
  timesheetSubmitted: defineEventType<TimesheetTransitioned>("timesheets.timesheet.submitted", 1),
  timesheetApproved: defineEventType<TimesheetTransitioned>("timesheets.timesheet.approved", 1),
  timesheetRejected: defineEventType<TimesheetTransitioned>("timesheets.timesheet.rejected", 1),
  timesheetReopened: defineEventType<TimesheetTransitioned>("timesheets.timesheet.reopened", 1),
  teamUtilizationMeasured: defineEventType<TeamUtilizationMeasured>("timesheets.team.utilization_measured", 1),
} as const;
