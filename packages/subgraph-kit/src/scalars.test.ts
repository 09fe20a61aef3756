import { GraphQLError, Kind, parseValue as parseLiteralValue } from "graphql";
import { describe, expect, it } from "vitest";
import { daysBetween, LocalDate, today } from "./scalars.js";

/** The error the Date scalar raises for `run`. */
function dateErrorFrom(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error("expected the Date scalar to refuse the value");
}

describe("LocalDate", () => {
  it("accepts dates in the first century, which Date.UTC would misread as 19xx", () => {
    expect(LocalDate.parseValue("0050-01-01")).toBe("0050-01-01");
    expect(() => LocalDate.parseValue("0050-02-29")).toThrow();
  });

  it("accepts calendar dates, including a leap day", () => {
    for (const value of ["2024-02-29", "2026-01-01", "2026-12-31", "2000-02-29"]) {
      expect(LocalDate.parseValue(value)).toBe(value);
      expect(LocalDate.parseLiteral(parseLiteralValue(`"${value}"`))).toBe(value);
    }
  });

  it("refuses dates that do not exist or are not written YYYY-MM-DD, as BAD_USER_INPUT", () => {
    for (const value of [
      "2023-02-29",
      "1900-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-04-31",
      "2026-1-1",
      "2026-01-01T00:00:00Z",
      "01/02/2026",
      " 2026-01-01",
      "",
    ]) {
      const error = dateErrorFrom(() => LocalDate.parseValue(value));
      expect(error.extensions.code, value).toBe("BAD_USER_INPUT");
      expect(error.message).toContain("is not a calendar date");
    }
  });

  it("refuses values that are not strings", () => {
    for (const value of [20260101, null, new Date("2026-01-01"), { year: 2026 }]) {
      const error = dateErrorFrom(() => LocalDate.parseValue(value));
      expect(error.extensions.code).toBe("BAD_USER_INPUT");
      expect(error.message).toBe("Date must be a string in the form YYYY-MM-DD");
    }
    const literal = dateErrorFrom(() => LocalDate.parseLiteral({ kind: Kind.INT, value: "20260101" }));
    expect(literal.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("refuses an impossible date written as a literal", () => {
    expect(dateErrorFrom(() => LocalDate.parseLiteral(parseLiteralValue('"2026-02-30"'))).extensions.code).toBe("BAD_USER_INPUT");
  });

  it("serialises strings as they are and Date objects as their UTC day", () => {
    expect(LocalDate.serialize("2026-03-14")).toBe("2026-03-14");
    expect(LocalDate.serialize(new Date("2026-03-14T23:59:59Z"))).toBe("2026-03-14");
    expect(() => LocalDate.serialize("14.03.2026")).toThrow(GraphQLError);
  });
});

describe("daysBetween", () => {
  it("counts whole days, negative when the end is earlier", () => {
    expect(daysBetween("2026-03-01", "2026-03-01")).toBe(0);
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(daysBetween("2026-03-31", "2026-03-01")).toBe(-30);
  });

  it("counts leap days and crosses years and daylight-saving changes", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });
});

describe("today", () => {
  it("is the UTC calendar day of the given instant", () => {
    expect(today(new Date("2026-03-14T00:00:00Z"))).toBe("2026-03-14");
    // Still the 14th in New York, already the 15th in UTC.
    expect(today(new Date("2026-03-14T21:30:00-05:00"))).toBe("2026-03-15");
  });

  it("defaults to now", () => {
    expect(today()).toBe(new Date().toISOString().slice(0, 10));
  });
});
