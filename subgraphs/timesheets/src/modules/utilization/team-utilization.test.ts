import { describe, expect, it } from "vitest";
import { teamUtilizationPeriod } from "./team-utilization.js";

describe("the period of a published team utilisation", () => {
  // Today is Wednesday 2026-12-09: the last complete week is that of Monday 2026-11-30.
  const TODAY = "2026-12-09";

  it("is the four weeks ending with the last complete week when an earlier week changed", () => {
    expect(teamUtilizationPeriod("2026-11-30", TODAY)).toEqual({ from: "2026-11-09", to: "2026-12-06" });
    expect(teamUtilizationPeriod("2026-10-05", TODAY)).toEqual({ from: "2026-11-09", to: "2026-12-06" });
  });

  it("ends with the changed week when it is later (submitted early)", () => {
    expect(teamUtilizationPeriod("2026-12-07", TODAY)).toEqual({ from: "2026-11-16", to: "2026-12-13" });
    expect(teamUtilizationPeriod("2026-12-14", TODAY)).toEqual({ from: "2026-11-23", to: "2026-12-20" });
  });

  it("crosses a year", () => {
    expect(teamUtilizationPeriod("2026-12-28", "2027-01-06")).toEqual({ from: "2026-12-07", to: "2027-01-03" });
  });
});
