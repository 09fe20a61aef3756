import { describe, expect, it } from "vitest";
import {
  finishPercentile,
  forecast,
  mulberry32,
  simulateFinish,
  weeklyVelocity,
  type FinishSimulation,
  type TaskCompletion,
} from "./forecast.calc.js";

const completion = (completedOn: string, estimateHours: number | null = null): TaskCompletion => ({ completedOn, estimateHours });

/**
 * The textbook case: each past week either finished 10 tasks or none, so with 10 remaining every future week
 * independently finishes the work with p = 0.5 and P(done within k weeks) = 1 − 0.5^k:
 * 0.5, 0.75, 0.875, 0.9375, 0.96875 for k = 1..5.
 */
const COIN_FLIP_HISTORY = [0, 10];
/** A Monday, so simulated week N ends on the Sunday START + 7N − 1 days. */
const START = "2026-03-16";
const SEED = 42;

describe("weeklyVelocity", () => {
  it("buckets completions into ISO weeks (Monday to Sunday) across a year boundary, oldest first", () => {
    // Today is Wednesday 2027-01-06, so its week (from Monday 2027-01-04) is not over and the last three
    // complete weeks start on 2026-12-14, 2026-12-21 and 2026-12-28 (the ISO week holding New Year's Day).
    const completions = [
      completion("2026-12-13", 8), // Sunday before the window
      completion("2026-12-14", 2), // Monday, first day of the window
      completion("2026-12-20", 1.5), // Sunday, same week
      completion("2026-12-31", 3),
      completion("2027-01-03"), // Sunday in the new year, still week 2026-12-28; never estimated
      completion("2027-01-04", 5), // the current week
      completion("2027-01-06", 5), // today
    ];

    expect(weeklyVelocity(completions, 3, "2027-01-06")).toEqual([
      { weekStart: "2026-12-14", completedTasks: 2, completedEstimateHours: 3.5 },
      { weekStart: "2026-12-21", completedTasks: 0, completedEstimateHours: 0 },
      { weekStart: "2026-12-28", completedTasks: 2, completedEstimateHours: 3 },
    ]);
  });

  it("reports weeks without completions as zeros, so every requested week is present", () => {
    expect(weeklyVelocity([completion("2026-03-04", 2)], 4, "2026-03-18")).toEqual([
      { weekStart: "2026-02-16", completedTasks: 0, completedEstimateHours: 0 },
      { weekStart: "2026-02-23", completedTasks: 0, completedEstimateHours: 0 },
      { weekStart: "2026-03-02", completedTasks: 1, completedEstimateHours: 2 },
      { weekStart: "2026-03-09", completedTasks: 0, completedEstimateHours: 0 },
    ]);
    expect(weeklyVelocity([], 2, "2026-03-18")).toEqual([
      { weekStart: "2026-03-02", completedTasks: 0, completedEstimateHours: 0 },
      { weekStart: "2026-03-09", completedTasks: 0, completedEstimateHours: 0 },
    ]);
  });

  it("sums estimates exactly to the hundredth: 0.1 + 0.2 is 0.3, ten times 0.1 is 1, 0.01 + 0.01 + 0.29 is 0.31", () => {
    const [tenthAndFifth] = weeklyVelocity([completion("2026-03-09", 0.1), completion("2026-03-10", 0.2)], 1, "2026-03-18");
    expect(tenthAndFifth?.completedEstimateHours).toBe(0.3);

    const tenTenths = Array.from({ length: 10 }, () => completion("2026-03-11", 0.1));
    expect(weeklyVelocity(tenTenths, 1, "2026-03-18")[0]?.completedEstimateHours).toBe(1);

    // 0.29 × 100 is 28.999999999999996 in floating point: each estimate is rounded to whole hundredths first.
    const pennies = [completion("2026-03-12", 0.01), completion("2026-03-12", 0.01), completion("2026-03-13", 0.29)];
    expect(weeklyVelocity(pennies, 1, "2026-03-18")[0]?.completedEstimateHours).toBe(0.31);
  });

  it("leaves out today's week even on its Monday, and counts the Sunday before it", () => {
    expect(weeklyVelocity([completion("2026-03-15"), completion("2026-03-16")], 1, "2026-03-16")).toEqual([
      { weekStart: "2026-03-09", completedTasks: 1, completedEstimateHours: 0 },
    ]);
  });

  it("accepts 1 to 104 weeks and rejects anything else with a RangeError naming weeks", () => {
    expect(weeklyVelocity([], 104, "2026-03-18")).toHaveLength(104);
    expect(weeklyVelocity([], 1, "2026-03-18")).toHaveLength(1);
    for (const weeks of [0, 105, 2.5, -1, Number.NaN]) {
      expect(() => weeklyVelocity([], weeks, "2026-03-18")).toThrow(RangeError);
      expect(() => weeklyVelocity([], weeks, "2026-03-18")).toThrow(/weeks/);
    }
  });

  it("rejects a date that is not a calendar day", () => {
    expect(() => weeklyVelocity([], 2, "2026-02-30")).toThrow(/today/);
    expect(() => weeklyVelocity([completion("2026-3-9")], 2, "2026-03-18")).toThrow(/completions\[0\]\.completedOn/);
  });
});

describe("mulberry32", () => {
  it("repeats its sequence for a seed and gives another for another seed", () => {
    const draw = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(draw(SEED)).toEqual(draw(SEED));
    expect(draw(SEED)).not.toEqual(draw(SEED + 1));
  });

  it("draws evenly from [0, 1)", () => {
    const random = mulberry32(SEED);
    const draws = Array.from({ length: 100_000 }, () => random());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const tenths = new Array<number>(10).fill(0);
    for (const value of draws) {
      const tenth = Math.floor(value * 10);
      tenths[tenth] = (tenths[tenth] ?? 0) + 1;
    }
    for (const count of tenths) expect(Math.abs(count - 10_000)).toBeLessThan(400); // > 4 standard deviations
  });
});

describe("simulateFinish", () => {
  it("needs exactly 4 weeks for 20 tasks at a steady 5 a week, in every trial", () => {
    const simulation = simulateFinish({ remainingTasks: 20, weeklyThroughput: [5, 5, 5], trials: 1_000, seed: SEED });
    expect(simulation?.weeksNeeded).toEqual(new Array(1_000).fill(4));
    expect(simulation?.trialsBeyondMaxWeeks).toBe(0);
  });

  it("needs 0 weeks when nothing remains, even without any history", () => {
    const simulation = simulateFinish({ remainingTasks: 0, weeklyThroughput: [], trials: 100, seed: SEED });
    expect(simulation).toEqual({
      weeksNeeded: new Array(100).fill(0),
      trials: 100,
      maxWeeks: 520,
      trialsBeyondMaxWeeks: 0,
      shareBeyondMaxWeeks: 0,
    });
  });

  it("has no throughput to forecast from when the history is empty or all zeros", () => {
    expect(simulateFinish({ remainingTasks: 5, weeklyThroughput: [], seed: SEED })).toBeNull();
    expect(simulateFinish({ remainingTasks: 5, weeklyThroughput: [0, 0, 0], seed: SEED })).toBeNull();
  });

  it("stops a trial at maxWeeks and reports the share of trials not finished within it", () => {
    const hopeless = simulateFinish({ remainingTasks: 100, weeklyThroughput: [1], trials: 50, seed: SEED, maxWeeks: 10 });
    expect(hopeless).toMatchObject({ weeksNeeded: [], trials: 50, trialsBeyondMaxWeeks: 50, shareBeyondMaxWeeks: 1 });

    // Not done within 2 coin-flip weeks: 0.5^2 = 25% of trials.
    const coinFlips = simulateFinish({ remainingTasks: 10, weeklyThroughput: COIN_FLIP_HISTORY, trials: 20_000, seed: SEED, maxWeeks: 2 });
    expect(Math.abs((coinFlips?.shareBeyondMaxWeeks ?? 0) - 0.25)).toBeLessThan(0.02);
    expect(Math.max(...(coinFlips?.weeksNeeded ?? []))).toBe(2);
  });

  it("finishes in the first week in about half the coin-flip trials", () => {
    const simulation = simulateFinish({ remainingTasks: 10, weeklyThroughput: COIN_FLIP_HISTORY, trials: 20_000, seed: SEED });
    const doneInFirstWeek = simulation?.weeksNeeded.filter((weeks) => weeks === 1).length ?? 0;
    expect(Math.abs(doneInFirstWeek / 20_000 - 0.5)).toBeLessThan(0.02);
  });

  it("rejects counts, trials, horizons and seeds it cannot simulate", () => {
    const valid = { remainingTasks: 10, weeklyThroughput: [3, 4], seed: SEED };
    expect(() => simulateFinish({ ...valid, remainingTasks: -1 })).toThrow(/remainingTasks/);
    expect(() => simulateFinish({ ...valid, weeklyThroughput: [3, 1.5] })).toThrow(/weeklyThroughput\[1\]/);
    expect(() => simulateFinish({ ...valid, trials: 0 })).toThrow(/trials/);
    expect(() => simulateFinish({ ...valid, trials: 100_001 })).toThrow(/trials/);
    expect(() => simulateFinish({ ...valid, maxWeeks: 1_041 })).toThrow(/maxWeeks/);
    expect(() => simulateFinish({ ...valid, seed: 0.5 })).toThrow(/seed/);
  });
});

describe("finishPercentile", () => {
  /** 16 trials in the exact coin-flip proportions: 8 need 1 week, 4 need 2, 2 need 3, 1 needs 4, 1 needs 5. */
  const exactCoinFlips: FinishSimulation = {
    weeksNeeded: [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5],
    trials: 16,
    maxWeeks: 520,
    trialsBeyondMaxWeeks: 0,
    shareBeyondMaxWeeks: 0,
  };

  it("takes the nearest rank ⌈P/100 × N⌉: P50 1 week, P85 3 weeks, P95 5 weeks on the coin-flip distribution", () => {
    expect(finishPercentile(exactCoinFlips, 50)).toBe(1); // rank 8
    expect(finishPercentile(exactCoinFlips, 85)).toBe(3); // rank ⌈13.6⌉ = 14
    expect(finishPercentile(exactCoinFlips, 95)).toBe(5); // rank ⌈15.2⌉ = 16
    expect(finishPercentile(exactCoinFlips, 100)).toBe(5);
  });

  it("is null when the rank falls among trials not finished within maxWeeks", () => {
    const twoUnfinished = { ...exactCoinFlips, weeksNeeded: exactCoinFlips.weeksNeeded.slice(0, 14), trialsBeyondMaxWeeks: 2 };
    expect(finishPercentile(twoUnfinished, 85)).toBe(3);
    expect(finishPercentile(twoUnfinished, 95)).toBeNull();
  });

  it("rejects a percent outside (0, 100]", () => {
    expect(() => finishPercentile(exactCoinFlips, 0)).toThrow(RangeError);
    expect(() => finishPercentile(exactCoinFlips, 101)).toThrow(RangeError);
  });
});

describe("forecast", () => {
  it("finishes 20 tasks at a steady 5 a week on the Sunday ending week 4 at every percentile", () => {
    // Week 1 is Mon 16 – Sun 22 March, week 4 is Mon 6 – Sun 12 April 2026.
    const fourWeeks = { weeks: 4, date: "2026-04-12" };
    expect(forecast({ remainingTasks: 20, weeklyThroughput: [5, 5, 5], startDate: START, trials: 1_000, seed: SEED })).toEqual({
      p50: fourWeeks,
      p85: fourWeeks,
      p95: fourWeeks,
      trials: 1_000,
      throughputSamples: 3,
      shareBeyondMaxWeeks: 0,
      milestones: [],
    });
  });

  it("dates weeks across a year boundary", () => {
    // Week 4 from Monday 2026-12-14 is Mon 4 – Sun 10 January 2027.
    const result = forecast({ remainingTasks: 20, weeklyThroughput: [5], startDate: "2026-12-14", trials: 10, seed: SEED });
    expect(result?.p95).toEqual({ weeks: 4, date: "2027-01-10" });
  });

  it("matches the coin-flip odds: P85 in 3 weeks, P95 in 5, a 2-week milestone met about 75% of the time", () => {
    const result = forecast({
      remainingTasks: 10,
      weeklyThroughput: COIN_FLIP_HISTORY,
      startDate: START,
      trials: 20_000,
      seed: SEED,
      milestones: [
        { id: "end-of-week-2", dueDate: "2026-03-29", remainingTasks: 10 },
        { id: "day-before-end-of-week-2", dueDate: "2026-03-28", remainingTasks: 10 },
      ],
    });

    // P(done within 1 week) is exactly 0.5, the P50 threshold itself, so a sample's nearest-rank P50 is
    // 1 or 2 weeks depending on the draws (see finishPercentile for the exact distribution giving 1).
    expect([1, 2]).toContain(result?.p50?.weeks);
    expect(result?.p85).toEqual({ weeks: 3, date: "2026-04-05" });
    expect(result?.p95).toEqual({ weeks: 5, date: "2026-04-19" });
    expect(result?.throughputSamples).toBe(2);

    const [endOfWeekTwo, dayBefore] = result?.milestones ?? [];
    expect(endOfWeekTwo?.id).toBe("end-of-week-2");
    expect(Math.abs((endOfWeekTwo?.probability ?? 0) - 0.75)).toBeLessThanOrEqual(0.02);
    // Only whole weeks ending by the due date count: one day short of week 2 leaves week 1, p = 0.5.
    expect(Math.abs((dayBefore?.probability ?? 0) - 0.5)).toBeLessThanOrEqual(0.02);
    expect(Math.round((endOfWeekTwo?.probability ?? 0) * 10_000) / 10_000).toBe(endOfWeekTwo?.probability);
  });

  it("gives the same forecast for the same seed, and another seed lands within the same tolerance", () => {
    const coinFlips = (seed: number) =>
      forecast({
        remainingTasks: 10,
        weeklyThroughput: COIN_FLIP_HISTORY,
        startDate: START,
        trials: 20_000,
        seed,
        milestones: [{ id: "week-2", dueDate: "2026-03-29", remainingTasks: 10 }],
      });

    expect(coinFlips(SEED)).toEqual(coinFlips(SEED));

    const other = coinFlips(20260316);
    expect(other?.milestones[0]?.probability).not.toBe(coinFlips(SEED)?.milestones[0]?.probability);
    expect(Math.abs((other?.milestones[0]?.probability ?? 0) - 0.75)).toBeLessThanOrEqual(0.02);
    expect([1, 2]).toContain(other?.p50?.weeks);
    expect(other?.p85?.weeks).toBe(3);
    expect(other?.p95?.weeks).toBe(5);
  });

  it("simulates each milestone's own remaining tasks against the project's draws, without moving the project", () => {
    const base = { remainingTasks: 30, weeklyThroughput: [2, 3, 5, 8], startDate: START, trials: 5_000, seed: SEED };
    const withMilestones = forecast({
      ...base,
      milestones: [
        { id: "beta", dueDate: "2026-04-05", remainingTasks: 6 },
        { id: "launch", dueDate: "2026-04-05", remainingTasks: 30 },
      ],
    });

    const { milestones: _, ...projectOnly } = withMilestones ?? { milestones: [] };
    const { milestones: __, ...projectWithoutMilestones } = forecast(base) ?? { milestones: [] };
    expect(projectOnly).toEqual(projectWithoutMilestones);

    // Same due date, fewer tasks: the smaller milestone is at least as likely in every trial.
    const [beta, launch] = withMilestones?.milestones ?? [];
    expect(beta?.probability).toBeGreaterThan(launch?.probability ?? 1);
    // 3 weeks of at least 2 tasks always finish 6.
    expect(beta?.probability).toBe(1);
  });

  it("gives a milestone due before the start 0, unless nothing remains, then 1", () => {
    const result = forecast({
      remainingTasks: 10,
      weeklyThroughput: [5],
      startDate: START,
      trials: 100,
      seed: SEED,
      milestones: [
        { id: "overdue", dueDate: "2026-03-01", remainingTasks: 4 },
        { id: "overdue-but-done", dueDate: "2026-03-01", remainingTasks: 0 },
        { id: "due-on-start", dueDate: START, remainingTasks: 4 },
        { id: "due-end-of-week-1", dueDate: "2026-03-22", remainingTasks: 4 },
      ],
    });
    expect(result?.milestones.map(({ id, probability }) => [id, probability])).toEqual([
      ["overdue", 0],
      ["overdue-but-done", 1],
      ["due-on-start", 0],
      ["due-end-of-week-1", 1],
    ]);
  });

  it("is done the day before the start when nothing remains, even without history", () => {
    const done = { weeks: 0, date: "2026-03-15" };
    expect(forecast({ remainingTasks: 0, weeklyThroughput: [], startDate: START, trials: 100, seed: SEED })).toMatchObject({
      p50: done,
      p85: done,
      p95: done,
      throughputSamples: 0,
    });
  });

  it("has no forecast when tasks remain but no past week completed any", () => {
    expect(forecast({ remainingTasks: 3, weeklyThroughput: [], startDate: START, seed: SEED })).toBeNull();
    expect(forecast({ remainingTasks: 3, weeklyThroughput: [0, 0], startDate: START, seed: SEED })).toBeNull();
  });

  it("reports a percentile beyond maxWeeks as null, with the share of trials not finished", () => {
    // Within 3 coin-flip weeks 87.5% finish: P85 is 3 weeks, P95 is not within maxWeeks.
    const result = forecast({
      remainingTasks: 10,
      weeklyThroughput: COIN_FLIP_HISTORY,
      startDate: START,
      trials: 20_000,
      seed: SEED,
      maxWeeks: 3,
    });
    expect(result?.p85?.weeks).toBe(3);
    expect(result?.p95).toBeNull();
    expect(Math.abs((result?.shareBeyondMaxWeeks ?? 0) - 0.125)).toBeLessThan(0.02);
  });

  it("rejects a start or due date that is not a calendar day", () => {
    const valid = { remainingTasks: 3, weeklyThroughput: [1], startDate: START, seed: SEED };
    expect(() => forecast({ ...valid, startDate: "2026-02-29" })).toThrow(/startDate/);
    expect(() => forecast({ ...valid, milestones: [{ id: "m", dueDate: "16.03.2026", remainingTasks: 1 }] })).toThrow(
      /milestones\[0\]\.dueDate/,
    );
  });
});
