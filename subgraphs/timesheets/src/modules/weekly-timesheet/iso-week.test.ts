import { describe, expect, it } from "vitest";
import { isUuid } from "@plateau/kernel";
import { daysOfWeek, isoWeekName, timesheetIdFor, weekEndOf, weekStartOf } from "./iso-week.js";

describe("ISO weeks", () => {
  it("start on the Monday of the date's week, whatever the weekday", () => {
    expect(weekStartOf("2026-12-07")).toBe("2026-12-07"); // a Monday
    expect(weekStartOf("2026-12-09")).toBe("2026-12-07");
    expect(weekStartOf("2026-12-13")).toBe("2026-12-07"); // the Sunday
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28"); // across the year
    expect(weekStartOf("2024-03-01")).toBe("2024-02-26"); // across a leap day
    expect(weekEndOf("2026-12-07")).toBe("2026-12-13");
  });

  it("are named by the year of their Thursday", () => {
    expect(isoWeekName("2026-12-07")).toBe("2026-W50");
    expect(isoWeekName("2026-01-01")).toBe("2026-W01"); // a Thursday
    expect(isoWeekName("2027-01-01")).toBe("2026-W53"); // a Friday of 2026's last week
    expect(isoWeekName("2021-01-03")).toBe("2020-W53"); // a Sunday
    expect(isoWeekName("2024-12-30")).toBe("2025-W01"); // a Monday of 2025's first week
  });

  it("list their seven days, Monday first", () => {
    expect(daysOfWeek("2026-12-28")).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
  });

  it("give each user's week one stable id per workspace", () => {
    const workspace = "0190a000-0000-7000-8000-000000000001";
    const user = "0190a000-0000-7000-8000-000000000002";
    const id = timesheetIdFor(workspace, user, "2026-12-07");
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe("8"); // version 8
    // Stored weeks keep their ids: the derivation never changes.
    expect(id).toBe("c6bf342f-6b3c-86be-baae-99814bfa7fda");
    expect(timesheetIdFor(workspace.toUpperCase(), user, "2026-12-07")).toBe(id);
    expect(timesheetIdFor(workspace, user, "2026-12-14")).not.toBe(id);
    expect(timesheetIdFor(user, workspace, "2026-12-07")).not.toBe(id);
  });
});
