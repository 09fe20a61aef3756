import { describe, expect, it } from "vitest";
import { changedFields } from "./audit.record.js";

describe("changedFields", () => {
  it("keeps only the fields that differ, on both sides", () => {
    expect(changedFields({ name: "Old", slug: "same" }, { name: "New", slug: "same" })).toEqual({
      before: { name: "Old" },
      after: { name: "New" },
    });
  });

  it("is null when nothing changed", () => {
    expect(changedFields({ name: "Same", slug: "same" }, { name: "Same", slug: "same" })).toBeNull();
  });

  it("compares and writes dates as ISO strings, and missing values as null", () => {
    const at = new Date("2026-11-22T08:00:00.000Z");
    expect(changedFields({ deletedAt: new Date(at) }, { deletedAt: at })).toBeNull();
    expect(changedFields({}, { deletedAt: at })).toEqual({ before: { deletedAt: null }, after: { deletedAt: "2026-11-22T08:00:00.000Z" } });
  });
});
