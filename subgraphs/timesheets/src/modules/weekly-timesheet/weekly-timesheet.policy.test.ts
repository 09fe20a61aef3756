import { describe, expect, it } from "vitest";
import type { Viewer, WorkspaceRole } from "@plateau/kernel";
import { TimesheetStatus } from "./weekly-timesheet.entity.js";
import { assertMayAct, mayReadWeeksOf, nextStatus, type TimesheetAction } from "./weekly-timesheet.policy.js";

const { DRAFT, SUBMITTED, APPROVED, REJECTED } = TimesheetStatus;
const OWNER_ID = "0190a000-0000-7000-8000-0000000000aa";
const viewer = (role: WorkspaceRole, userId = "0190a000-0000-7000-8000-0000000000bb"): Viewer =>
  ({ userId, role, workspaceId: "0190a000-0000-7000-8000-000000000001" }) as Viewer;
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe("a week's status", () => {
  it.each<[TimesheetAction, TimesheetStatus, TimesheetStatus]>([
    ["submit", DRAFT, SUBMITTED],
    ["submit", REJECTED, SUBMITTED],
    ["approve", SUBMITTED, APPROVED],
    ["reject", SUBMITTED, REJECTED],
    ["reopen", SUBMITTED, DRAFT],
    ["reopen", APPROVED, DRAFT],
  ])("%s moves a %s week to %s", (action, from, to) => {
    expect(nextStatus(action, from)).toBe(to);
  });

  it.each<[TimesheetAction, TimesheetStatus]>([
    ["submit", SUBMITTED],
    ["submit", APPROVED],
    ["approve", DRAFT],
    ["approve", APPROVED],
    ["approve", REJECTED],
    ["reject", DRAFT],
    ["reject", APPROVED],
    ["reopen", DRAFT],
    ["reopen", REJECTED],
  ])("%s of a %s week is a CONFLICT carrying the status", (action, from) => {
    try {
      nextStatus(action, from);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "CONFLICT", extensions: { status: from } });
    }
  });
});

describe("who may act on a week", () => {
  it("only its owner submits it, and a VIEWER tracks no time", () => {
    expect(codeOf(() => assertMayAct(viewer("MEMBER", OWNER_ID), OWNER_ID, "submit", DRAFT))).toBeUndefined();
    expect(codeOf(() => assertMayAct(viewer("OWNER"), OWNER_ID, "submit", DRAFT))).toBe("FORBIDDEN");
    expect(codeOf(() => assertMayAct(viewer("VIEWER", OWNER_ID), OWNER_ID, "submit", DRAFT))).toBe("FORBIDDEN");
  });

  it("MANAGER and above approve and reject others' weeks, nobody their own", () => {
    for (const action of ["approve", "reject"] as const) {
      expect(codeOf(() => assertMayAct(viewer("MANAGER"), OWNER_ID, action, SUBMITTED))).toBeUndefined();
      expect(codeOf(() => assertMayAct(viewer("OWNER"), OWNER_ID, action, SUBMITTED))).toBeUndefined();
      expect(codeOf(() => assertMayAct(viewer("MEMBER"), OWNER_ID, action, SUBMITTED))).toBe("FORBIDDEN");
      expect(codeOf(() => assertMayAct(viewer("OWNER", OWNER_ID), OWNER_ID, action, SUBMITTED))).toBe("FORBIDDEN");
    }
  });

  it("a submitted week is reopened by its owner or an approver; an approved one by ADMIN and above only", () => {
    expect(codeOf(() => assertMayAct(viewer("MEMBER", OWNER_ID), OWNER_ID, "reopen", SUBMITTED))).toBeUndefined();
    expect(codeOf(() => assertMayAct(viewer("MANAGER"), OWNER_ID, "reopen", SUBMITTED))).toBeUndefined();
    expect(codeOf(() => assertMayAct(viewer("MEMBER"), OWNER_ID, "reopen", SUBMITTED))).toBe("FORBIDDEN");
    expect(codeOf(() => assertMayAct(viewer("ADMIN"), OWNER_ID, "reopen", APPROVED))).toBeUndefined();
    expect(codeOf(() => assertMayAct(viewer("MANAGER"), OWNER_ID, "reopen", APPROVED))).toBe("FORBIDDEN");
    expect(codeOf(() => assertMayAct(viewer("MEMBER", OWNER_ID), OWNER_ID, "reopen", APPROVED))).toBe("FORBIDDEN");
  });

  it("the lead of a team the owner is in approves, rejects, withdraws and reads the owner's weeks, but does not reopen an approved one", () => {
    const lead = viewer("MEMBER");
    for (const action of ["approve", "reject"] as const) {
      expect(codeOf(() => assertMayAct(lead, OWNER_ID, action, SUBMITTED, true))).toBeUndefined();
      expect(codeOf(() => assertMayAct(lead, OWNER_ID, action, SUBMITTED, false))).toBe("FORBIDDEN");
    }
    expect(codeOf(() => assertMayAct(lead, OWNER_ID, "reopen", SUBMITTED, true))).toBeUndefined();
    expect(codeOf(() => assertMayAct(lead, OWNER_ID, "reopen", APPROVED, true))).toBe("FORBIDDEN");
    expect(mayReadWeeksOf(lead, OWNER_ID, true)).toBe(true);
    expect(mayReadWeeksOf(lead, OWNER_ID)).toBe(false);
    // Leading a team never lets anyone decide their own week.
    expect(codeOf(() => assertMayAct(viewer("MEMBER", OWNER_ID), OWNER_ID, "approve", SUBMITTED, true))).toBe("FORBIDDEN");
  });
});
