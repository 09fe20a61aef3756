import { describe, expect, it } from "vitest";
import { createEvent, timesheetsEvents, type DeliveredEvent } from "@plateau/events";
import type { Viewer } from "@plateau/kernel";
import { SUBSCRIPTIONS, topicsOfEvent } from "./catalogue.js";

const WORKSPACE = "0190a000-0000-7000-8000-000000000001";
const OWNER = "0190a000-0000-7000-8000-0000000000aa";
const LEAD = "0190a000-0000-7000-8000-0000000000bb";
const viewer = (role: Viewer["role"], userId: string): Viewer =>
  ({ userId, role, workspaceId: WORKSPACE, sessionId: "s", platformAdmin: false, token: "t" }) as Viewer;
const week = (type: typeof timesheetsEvents.timesheetSubmitted, from: string, to: string, approverLeadIds?: string[]): DeliveredEvent =>
  ({
    ...createEvent({
      type,
      workspaceId: WORKSPACE,
      actorId: OWNER,
      subject: { typename: "WeeklyTimesheet", id: "0190a000-0000-7000-8000-0000000000cc" },
      data: {
        userId: OWNER,
        weekStart: "2026-11-30",
        from,
        to,
        reason: null,
        version: 1,
        ...(approverLeadIds ? { approverLeadIds } : {}),
      } as never,
    }),
    cursor: "1-0",
  }) as unknown as DeliveredEvent;

describe("the approval queue's topics", () => {
  const spec = SUBSCRIPTIONS.timesheetApprovalsChanged!;

  it("is the workspace's for MANAGER and above, and a lead's own for the others", () => {
    expect(spec.subscriberTopic!(viewer("MANAGER", LEAD))).toBe(WORKSPACE);
    expect(spec.subscriberTopic!(viewer("OWNER", LEAD))).toBe(WORKSPACE);
    expect(spec.subscriberTopic!(viewer("MEMBER", LEAD))).toBe(LEAD);
  });

  it("sends a week joining or leaving the queue to the workspace's and to each of its approving leads", () => {
    expect(topicsOfEvent(spec, week(timesheetsEvents.timesheetSubmitted, "DRAFT", "SUBMITTED", [LEAD.toUpperCase()]))).toEqual([
      WORKSPACE,
      LEAD,
    ]);
    expect(topicsOfEvent(spec, week(timesheetsEvents.timesheetApproved, "SUBMITTED", "APPROVED", [LEAD]))).toEqual([WORKSPACE, LEAD]);
    // Older events carry no leads: the workspace's queue only.
    expect(topicsOfEvent(spec, week(timesheetsEvents.timesheetSubmitted, "DRAFT", "SUBMITTED"))).toEqual([WORKSPACE]);
    // Reopening an approved week does not touch the queue.
    expect(topicsOfEvent(spec, week(timesheetsEvents.timesheetReopened, "APPROVED", "DRAFT", [LEAD]))).toEqual([]);
  });

  it("leaves the other subscriptions with their one topic", () => {
    expect(topicsOfEvent(SUBSCRIPTIONS.timesheetChanged!, week(timesheetsEvents.timesheetSubmitted, "DRAFT", "SUBMITTED", [LEAD]))).toEqual(
      [OWNER],
    );
  });
});
