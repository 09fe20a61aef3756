import { describe, expect, it } from "vitest";
import { executionStatus, plannedProgressOn, type ExecutionInput } from "./execution-status.calc.js";

/**
 * The textbook case (PMI's earned value examples): a 10-week, 100,000 budget package, half-way through its
 * schedule, 40% done, 45,000 spent. PV 50,000, EV 40,000, AC 45,000: SPI 0.8, CPI 0.889, SV −10,000 (−20%),
 * CV −5,000 (−12.5%), EAC 112,500, and at SPI 0.8 the 10 weeks take 12.5.
 */
const TEXTBOOK: ExecutionInput = {
  today: "2026-02-08", // day 35 of 70: 50% planned
  scheduledStart: "2026-01-05",
  scheduledEnd: "2026-03-15",
  actualEnd: null,
  progress: 40,
  budgetAllocated: 100_000,
  budgetSpent: 45_000,
  estimatedEffortHours: 1_000,
  actualEffortHours: 500,
  thresholds: { scheduleVariancePercent: 10, costVariancePercent: 10, effortVariancePercent: 20 },
};

describe("a work package's execution status (earned value)", () => {
  it("computes the textbook example: PV, EV, AC, SPI, CPI, variances, EAC and the finish SPI forecasts", () => {
    expect(executionStatus(TEXTBOOK)).toEqual({
      plannedProgress: 50,
      actualProgress: 40,
      plannedValue: 50_000,
      earnedValue: 40_000,
      actualCost: 45_000,
      spi: 0.8,
      cpi: 0.889,
      scheduleVarianceDays: -7,
      scheduleVariancePercent: -20,
      costVariance: -5_000,
      costVariancePercent: -12.5,
      estimateAtCompletion: 112_500,
      effortBurn: 0.5,
      // 400 hours' worth of progress took 500.
      effortVariancePercent: 25,
      // 70 days at SPI 0.8: 88 days from 2026-01-05.
      forecastFinish: "2026-04-02",
      breaches: [
        { kind: "SCHEDULE", variancePercent: -20, thresholdPercent: 10 },
        { kind: "COST", variancePercent: -12.5, thresholdPercent: 10 },
        { kind: "EFFORT", variancePercent: 25, thresholdPercent: 20 },
      ],
    });
  });

  it("breaches nothing within the thresholds, nor when ahead and under budget", () => {
    const ahead = executionStatus({ ...TEXTBOOK, progress: 60, budgetSpent: 50_000, actualEffortHours: 600 });
    expect(ahead).toMatchObject({ spi: 1.2, cpi: 1.2, scheduleVarianceDays: 7, costVariancePercent: 16.67, effortVariancePercent: 0 });
    expect(ahead.breaches).toEqual([]);
    // Exactly at each threshold: 10% behind, 10% over budget, 20% more effort. Not past it.
    const atThresholds = executionStatus({ ...TEXTBOOK, progress: 45, budgetSpent: 49_500, actualEffortHours: 540 });
    expect(atThresholds).toMatchObject({ scheduleVariancePercent: -10, costVariancePercent: -10, effortVariancePercent: 20, breaches: [] });
  });

  it("leaves what it cannot know null: no budget, no schedule, nothing planned yet", () => {
    const noBudget = executionStatus({ ...TEXTBOOK, budgetAllocated: null, budgetSpent: null });
    expect(noBudget).toMatchObject({ plannedValue: null, earnedValue: null, cpi: null, costVariance: null, estimateAtCompletion: null });
    // The schedule still follows from progress alone.
    expect(noBudget).toMatchObject({ spi: 0.8, scheduleVarianceDays: -7, forecastFinish: "2026-04-02" });
    expect(noBudget.breaches.map((breach) => breach.kind)).toEqual(["SCHEDULE", "EFFORT"]);

    const unscheduled = executionStatus({ ...TEXTBOOK, scheduledStart: null, scheduledEnd: null });
    expect(unscheduled).toMatchObject({
      plannedProgress: null,
      plannedValue: null,
      spi: null,
      scheduleVarianceDays: null,
      forecastFinish: null,
    });
    expect(unscheduled.cpi).toBe(0.889);

    const notStarted = executionStatus({ ...TEXTBOOK, today: "2026-01-01", progress: 0, budgetSpent: 0, actualEffortHours: 0 });
    expect(notStarted).toMatchObject({ plannedProgress: 0, spi: null, cpi: null, effortVariancePercent: null, breaches: [] });
  });

  it("forecasts a finished package by the day it finished", () => {
    const done = executionStatus({ ...TEXTBOOK, today: "2026-04-10", progress: 100, actualEnd: "2026-03-20" });
    expect(done).toMatchObject({ plannedProgress: 100, spi: 1, forecastFinish: "2026-03-20", scheduleVarianceDays: 0 });
  });

  it("plans progress as a straight line over the scheduled days, both ends counted", () => {
    expect(plannedProgressOn("2026-01-05", "2026-01-14", "2026-01-04")).toBe(0);
    expect(plannedProgressOn("2026-01-05", "2026-01-14", "2026-01-05")).toBe(10);
    expect(plannedProgressOn("2026-01-05", "2026-01-14", "2026-01-14")).toBe(100);
    expect(plannedProgressOn("2026-01-05", "2026-01-14", "2026-02-01")).toBe(100);
    expect(plannedProgressOn("2026-01-14", "2026-01-05", "2026-01-10")).toBeNull();
    expect(plannedProgressOn(null, "2026-01-05", "2026-01-10")).toBeNull();
  });
});
