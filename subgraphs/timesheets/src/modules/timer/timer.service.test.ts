import { describe, expect, it } from "vitest";
import { hoursRun } from "./timer.service.js";

describe("the hours a timer ran", () => {
  const start = new Date("2026-12-07T09:00:00Z");
  it("are counted to the hundredth of an hour, rounded", () => {
    expect(hoursRun(start, new Date("2026-12-07T10:30:00Z"))).toBe(1.5);
    expect(hoursRun(start, new Date("2026-12-07T09:20:00Z"))).toBe(0.33); // 20 min = 0.333… h
    expect(hoursRun(start, new Date("2026-12-07T09:00:54Z"))).toBe(0.02); // 0.015 h rounds up
  });

  it("are at least 0.01: a timer stopped at once still logs something", () => {
    expect(hoursRun(start, start)).toBe(0.01);
    expect(hoursRun(start, new Date("2026-12-07T09:00:10Z"))).toBe(0.01);
  });
});
