import { AppError } from "@plateau/kernel";
import { describe, expect, it } from "vitest";
import { check } from "./validate.js";

/** The AppError `run` throws. */
function errorFrom(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected an AppError");
}

/** Asserts `run` throws BAD_USER_INPUT about exactly `field`, with `message`. */
function expectInvalid(run: () => unknown, field: string, message: string): void {
  const error = errorFrom(run);
  expect(error.code).toBe("BAD_USER_INPUT");
  expect(error.extensions).toEqual({ fields: [{ field, message }] });
}

describe("check.text", () => {
  it("returns the text trimmed", () => {
    expect(check.text("input.name", "  Apollo rollout \n", 20)).toBe("Apollo rollout");
    expect(check.text("input.name", "x".repeat(20), 20)).toBe("x".repeat(20));
  });

  it("refuses blank text", () => {
    expectInvalid(() => check.text("input.name", "   ", 20), "input.name", "must not be empty");
    expectInvalid(() => check.text("input.name", "", 20), "input.name", "must not be empty");
  });

  it("refuses text longer than the maximum once trimmed", () => {
    expect(check.text("input.name", ` ${"x".repeat(20)} `, 20)).toHaveLength(20);
    expectInvalid(() => check.text("input.name", "x".repeat(21), 20), "input.name", "must be at most 20 characters");
  });
});

describe("check.optionalText", () => {
  it("turns null, undefined and blank into null", () => {
    expect(check.optionalText("input.description", null, 10)).toBeNull();
    expect(check.optionalText("input.description", undefined, 10)).toBeNull();
    expect(check.optionalText("input.description", " \t ", 10)).toBeNull();
  });

  it("checks text that is present", () => {
    expect(check.optionalText("input.description", " why ", 10)).toBe("why");
    expectInvalid(() => check.optionalText("input.description", "x".repeat(11), 10), "input.description", "must be at most 10 characters");
  });
});

describe("check.range", () => {
  it("accepts the bounds and values between", () => {
    expect(check.range("input.progress", 0, 0, 100)).toBe(0);
    expect(check.range("input.progress", 42.5, 0, 100)).toBe(42.5);
    expect(check.range("input.progress", 100, 0, 100)).toBe(100);
  });

  it("refuses values outside, and NaN or infinity", () => {
    for (const value of [-0.01, 100.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expectInvalid(() => check.range("input.progress", value, 0, 100), "input.progress", "must be between 0 and 100");
    }
  });
});

describe("check.dateOrder", () => {
  it("accepts an end on or after the start, or either missing", () => {
    expect(() => check.dateOrder("input.startDate", "2026-03-01", "input.dueDate", "2026-03-01")).not.toThrow();
    expect(() => check.dateOrder("input.startDate", "2026-03-01", "input.dueDate", "2027-01-01")).not.toThrow();
    expect(() => check.dateOrder("input.startDate", null, "input.dueDate", "2020-01-01")).not.toThrow();
    expect(() => check.dateOrder("input.startDate", "2026-03-01", "input.dueDate", undefined)).not.toThrow();
  });

  it("refuses an end before the start, naming the end field", () => {
    expectInvalid(
      () => check.dateOrder("input.startDate", "2026-03-10", "input.dueDate", "2026-03-09"),
      "input.dueDate",
      "must not be before input.startDate (2026-03-10)",
    );
    expectInvalid(
      () => check.dateOrder("input.startDate", "2026-01-01", "input.dueDate", "2025-12-31"),
      "input.dueDate",
      "must not be before input.startDate (2026-01-01)",
    );
  });
});

describe("check.version", () => {
  const task = { id: "0190b7a2-1111-7000-8000-000000000001", version: 3 };

  it("passes when the expected version matches or none is given", () => {
    expect(() => check.version("Task", task, 3)).not.toThrow();
    expect(() => check.version("Task", task, null)).not.toThrow();
    expect(() => check.version("Task", task, undefined)).not.toThrow();
  });

  it("is a CONFLICT carrying the current version when the caller's copy is stale", () => {
    const error = errorFrom(() => check.version("Task", task, 2));

    expect(error.code).toBe("CONFLICT");
    expect(error.extensions).toEqual({ currentVersion: 3 });
    expect(error.message).toContain("Task 0190b7a2-1111-7000-8000-000000000001 was changed by someone else");
    expect(error.message).toContain("version 3, you had 2");
  });

  it("is a CONFLICT for an expected version of 0 too", () => {
    expect(errorFrom(() => check.version("Task", task, 0)).code).toBe("CONFLICT");
  });
});
