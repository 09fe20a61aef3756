import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may reach weekly timesheets; whose weeks one may read and decide is checked in the service (weekly-timesheet.policy.ts). */
export const weeklyTimesheetRules: IRules = {
  WeeklyTimesheet: canRead,
  WeeklyTimesheetConnection: canRead,
  WeeklyTimesheetEdge: canRead,
  TimesheetDay: canRead,
  TimesheetTransition: canRead,
  TimesheetPayload: canRead,
  TimesheetEvent: canRead,
};
