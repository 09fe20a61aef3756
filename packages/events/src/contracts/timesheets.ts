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
}

/** Every event timesheets publishes, on the `plateau:events:timesheets` stream. */
export const timesheetsEvents = {
  timesheetSubmitted: defineEventType<TimesheetTransitioned>("timesheets.timesheet.submitted", 1),
  timesheetApproved: defineEventType<TimesheetTransitioned>("timesheets.timesheet.approved", 1),
  timesheetRejected: defineEventType<TimesheetTransitioned>("timesheets.timesheet.rejected", 1),
  timesheetReopened: defineEventType<TimesheetTransitioned>("timesheets.timesheet.reopened", 1),
} as const;
