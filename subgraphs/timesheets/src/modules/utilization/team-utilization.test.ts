import { describe, expect, it } from "vitest";
import { teamUtilizationPeriod } from "./team-utilization.js";

describe("the period of a published team utilisation", () => {
  it("is the four weeks ending with the last complete week, whatever the weekday", () => {
    // Monday 2026-12-07 to Sunday 2026-12-13: the last complete week is that of Monday 2026-11-30.
    expect(teamUtilizationPeriod("2026-12-07")).toEqual({ from: "2026-11-09", to: "2026-12-06" });
    expect(teamUtilizationPeriod("2026-12-09")).toEqual({ from: "2026-11-09", to: "2026-12-06" });
    expect(teamUtilizationPeriod("2026-12-13")).toEqual({ from: "2026-11-09", to: "2026-12-06" });
    expect(teamUtilizationPeriod("2026-12-14")).toEqual({ from: "2026-11-16", to: "2026-12-13" });
  });

  it("crosses a year", () => {
    expect(teamUtilizationPeriod("2027-01-06")).toEqual({ from: "2026-12-07", to: "2027-01-03" });
  });
});
