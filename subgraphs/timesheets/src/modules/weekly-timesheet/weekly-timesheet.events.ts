import type { EntityManager } from "@mikro-orm/core";
import { timesheetsEvents } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { TimesheetAction } from "./weekly-timesheet.policy.js";
import type { TimesheetStatus, WeeklyTimesheet } from "./weekly-timesheet.entity.js";

/** The event each action records. */
const EVENT_OF: Record<TimesheetAction, typeof timesheetsEvents.timesheetSubmitted> = {
  submit: timesheetsEvents.timesheetSubmitted,
  approve: timesheetsEvents.timesheetApproved,
  reject: timesheetsEvents.timesheetRejected,
  reopen: timesheetsEvents.timesheetReopened,
};

/**
 * Records a week's change of status in the unit of work of `em` (the change's transaction), so the
 * change and its event commit together. `version` is the one the week will have once flushed.
 */
export function recordTimesheetTransition(
  em: EntityManager,
  actorId: string,
  action: TimesheetAction,
  sheet: WeeklyTimesheet,
  change: { from: TimesheetStatus; reason: string | null; version: number },
  approverLeadIds: readonly string[],
): void {
  recordEvent(em, {
    type: EVENT_OF[action],
    subject: { typename: "WeeklyTimesheet", id: sheet.id },
    workspaceId: sheet.workspaceId,
    actorId,
    data: {
      userId: sheet.userId,
      weekStart: sheet.weekStart,
      from: change.from,
      to: sheet.status,
      reason: change.reason,
      version: change.version,
      approverLeadIds: [...approverLeadIds],
    },
  });
}
