import { describe, expect, it } from "vitest";
import { AppError } from "@plateau/kernel";
import { checkDayTotal, checkEntryDate, checkHours } from "./time-entry.validation.js";

function problem(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("checkHours", () => {
  it("accepts hours in (0, 24] with up to two decimals and rounds binary noise away", () => {
    expect(checkHours("input.hours", 24)).toBe(24);
    expect(checkHours("input.hours", 0.01)).toBe(0.01);
    expect(checkHours("input.hours", 1.1)).toBe(1.1);
    expect(checkHours("input.hours", 0.1 + 0.2)).toBe(0.3);
  });

  it.each([0, -1, 24.01, 25, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s, naming the field", (hours) => {
    const error = problem(() => checkHours("input.hours", hours));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.extensions.fields).toEqual([expect.objectContaining({ field: "input.hours" })]);
  });

  it("refuses more than two decimals", () => {
    expect(problem(() => checkHours("input.hours", 1.234)).message).toMatch(/at most 2 decimals/);
  });
});

describe("checkEntryDate", () => {
  const now = new Date("2026-03-10T23:30:00Z");

  it("accepts the past, today and tomorrow (UTC)", () => {
    expect(checkEntryDate("input.date", "2020-01-01", now)).toBe("2020-01-01");
    expect(checkEntryDate("input.date", "2026-03-10", now)).toBe("2026-03-10");
    expect(checkEntryDate("input.date", "2026-03-11", now)).toBe("2026-03-11");
  });

  it("refuses two days ahead, naming the field", () => {
    const error = problem(() => checkEntryDate("input.date", "2026-03-12", now));
    expect(error.extensions.fields).toEqual([expect.objectContaining({ field: "input.date" })]);
  });
});

describe("checkDayTotal", () => {
  it("allows filling the day exactly", () => {
    expect(() => checkDayTotal("input.hours", "2026-03-10", 16.5, 7.5)).not.toThrow();
  });

  it("says how many hours remain when the day would go over 24", () => {
    const error = problem(() => checkDayTotal("input.hours", "2026-03-10", 20.25, 4));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.extensions.remainingHours).toBe(3.75);
    expect(error.message).toMatch(/3\.75 remaining/);
  });

  it("reports 0 remaining on a full day", () => {
    expect(problem(() => checkDayTotal("input.hours", "2026-03-10", 24, 0.01)).extensions.remainingHours).toBe(0);
  });
});
