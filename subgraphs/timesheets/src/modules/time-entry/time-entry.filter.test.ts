import { describe, expect, it } from "vitest";
import { timeEntryWhere } from "./time-entry.filter.js";

describe("timeEntryWhere", () => {
  it("turns billable into an equality, also inside and/or", () => {
    expect(timeEntryWhere({ billable: false, or: [{ billable: true }, { date: { gte: "2026-01-01" } }] })).toEqual({
      billable: { $eq: false },
      $and: [{ $or: [{ billable: { $eq: true } }, { date: { $gte: "2026-01-01" } }] }],
    });
  });

  it("is empty without a filter", () => {
    expect(timeEntryWhere(undefined)).toEqual({});
    expect(timeEntryWhere({ billable: null })).toEqual({});
  });
});
