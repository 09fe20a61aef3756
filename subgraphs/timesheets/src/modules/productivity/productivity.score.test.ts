import { describe, expect, it } from "vitest";
import { PRODUCTIVITY_WEIGHTS, median, productivityOf, type CompletedTask, type PersonPeriod } from "./productivity.score.js";

const task = (completedOn: string, dueDate: string | null = null): CompletedTask => ({ completedOn, dueDate });
const onTime = (count: number): CompletedTask[] => Array.from({ length: count }, () => task("2026-12-08", "2026-12-10"));
const late = (count: number): CompletedTask[] => Array.from({ length: count }, () => task("2026-12-11", "2026-12-10"));
const person = (userId: string, completed: readonly CompletedTask[], loggedHours = 40, capacityHours = 40): PersonPeriod => ({
  userId,
  completed,
  loggedHours,
  capacityHours,
});

describe("median", () => {
  it("is the middle value, the mean of the two middle ones for an even count, 0 for none", () => {
    expect(median([])).toBe(0);
    expect(median([5])).toBe(5);
    expect(median([6, 3, 4])).toBe(4);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 2])).toBe(6);
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]); // sorts a copy
  });
});

describe("productivity score", () => {
  it("weighs tasks completed 0.4, on-time rate 0.3 and utilisation 0.3", () => {
    expect(PRODUCTIVITY_WEIGHTS.tasksCompleted + PRODUCTIVITY_WEIGHTS.onTimeRate + PRODUCTIVITY_WEIGHTS.utilizationRate).toBeCloseTo(1, 12);
  });

  it("works out a team of three (worked example)", () => {
    // Ada completed 6 tasks, 5 on time (one of them on its due date, one with no due date), 1 late; logged 34 of 40 h.
    // Ben completed 4 tasks, 2 on time, 2 late; logged 44 of 40 h.
    // Cy completed 3 tasks: 1 before its due date, 1 with no due date (on time), 1 late; logged 20 of 32 h.
    //
    // expected = median(6, 4, 3) = 4
    //
    // Ada: TasksCompleted  = min(1, 6 / 4 = 1.5)  = 1
    //      OnTimeRate      = 5 / 6                = 0.8333…  (shown 0.8333)
    //      UtilizationRate = min(1, 34 / 40)      = 0.85
    //      Score = 100 × (1 × 0.4 + 5/6 × 0.3 + 0.85 × 0.3) = 100 × (0.4 + 0.25 + 0.255) = 90.5
    // Ben: TasksCompleted  = min(1, 4 / 4)        = 1
    //      OnTimeRate      = 2 / 4                = 0.5
    //      UtilizationRate = min(1, 44 / 40 = 1.1) = 1
    //      Score = 100 × (1 × 0.4 + 0.5 × 0.3 + 1 × 0.3) = 100 × (0.4 + 0.15 + 0.3) = 85
    // Cy:  TasksCompleted  = min(1, 3 / 4)        = 0.75
    //      OnTimeRate      = 2 / 3                = 0.6666…  (shown 0.6667)
    //      UtilizationRate = min(1, 20 / 32)      = 0.625
    //      Score = 100 × (0.75 × 0.4 + 2/3 × 0.3 + 0.625 × 0.3) = 100 × (0.3 + 0.2 + 0.1875) = 68.75, shown 68.8
    const ada = person("ada", [...onTime(3), task("2026-12-10", "2026-12-10"), task("2026-12-09"), ...late(1)], 34, 40);
    const ben = person("ben", [...onTime(2), ...late(2)], 44, 40);
    const cy = person("cy", [task("2026-12-01", "2026-12-04"), task("2026-12-02"), task("2026-12-05", "2026-12-04")], 20, 32);

    expect(productivityOf([ada, ben, cy])).toEqual([
      {
        userId: "ada",
        score: 90.5,
        components: { tasksCompleted: 1, onTimeRate: 0.8333, utilizationRate: 0.85 },
        completedTasks: 6,
        onTimeTasks: 5,
        expectedTasks: 4,
        loggedHours: 34,
        capacityHours: 40,
      },
      {
        userId: "ben",
        score: 85,
        components: { tasksCompleted: 1, onTimeRate: 0.5, utilizationRate: 1 },
        completedTasks: 4,
        onTimeTasks: 2,
        expectedTasks: 4,
        loggedHours: 44,
        capacityHours: 40,
      },
      {
        userId: "cy",
        score: 68.8,
        components: { tasksCompleted: 0.75, onTimeRate: 0.6667, utilizationRate: 0.625 },
        completedTasks: 3,
        onTimeTasks: 2,
        expectedTasks: 4,
        loggedHours: 20,
        capacityHours: 32,
      },
    ]);
    // Same people in another order: same results, in that order.
    expect(productivityOf([cy, ada, ben]).map((result) => [result.userId, result.score])).toEqual([
      ["cy", 68.8],
      ["ada", 90.5],
      ["ben", 85],
    ]);
  });

  it("counts any completed task as meeting a median of 0", () => {
    const [none, alsoNone, some] = productivityOf([person("a", []), person("b", []), person("c", onTime(2))]);
    expect(some!.expectedTasks).toBe(0);
    expect(some!.components.tasksCompleted).toBe(1);
    expect(some!.score).toBe(100);
    expect(none!.components.tasksCompleted).toBe(0);
    expect(alsoNone!.components.tasksCompleted).toBe(0);
  });

  it("gives tasks and on-time rate 0 when nobody completed anything, and rounds half up despite floating-point noise", () => {
    const results = productivityOf([person("a", [], 40, 40), person("b", [], 15, 40)]);
    expect(results.map((result) => result.components)).toEqual([
      { tasksCompleted: 0, onTimeRate: 0, utilizationRate: 1 },
      { tasksCompleted: 0, onTimeRate: 0, utilizationRate: 0.375 },
    ]);
    expect(results[0]!.score).toBe(30);
    expect(results[1]!.score).toBe(11.3); // 100 × 0.375 × 0.3 = 11.25, which floating point makes 11.249999999999998
    expect(results[0]!.onTimeTasks).toBe(0);
  });

  it("gives utilisation 0 without capacity, however many hours were logged", () => {
    const [result] = productivityOf([person("a", onTime(1), 12, 0)]);
    expect(result!.components).toEqual({ tasksCompleted: 1, onTimeRate: 1, utilizationRate: 0 });
    expect(result!.score).toBe(70);
  });

  it("caps utilisation at 1 for hours over capacity", () => {
    const [result] = productivityOf([person("a", onTime(1), 60, 40)]);
    expect(result!.components.utilizationRate).toBe(1);
    expect(result!.loggedHours).toBe(60);
    expect(result!.score).toBe(100);
  });

  it("counts tasks without a due date, and tasks completed on their due date, as on time", () => {
    const completed = [
      task("2026-12-20"),
      task("2026-12-10", "2026-12-10"),
      task("2026-12-11", "2026-12-10"),
      task("2027-01-02", "2026-12-31"),
    ];
    const [result] = productivityOf([person("a", completed)]);
    expect(result!.onTimeTasks).toBe(2);
    expect(result!.components.onTimeRate).toBe(0.5);
  });

  it("uses the mean of the two middle counts as the median of an even number of people", () => {
    const results = productivityOf([person("a", onTime(3)), person("b", onTime(6)), person("c", onTime(1)), person("d", onTime(8))]);
    expect(results.map((result) => result.expectedTasks)).toEqual([4.5, 4.5, 4.5, 4.5]);
    expect(results.map((result) => result.components.tasksCompleted)).toEqual([0.6667, 1, 0.2222, 1]);
    // a: 100 × (3/4.5 × 0.4 + 1 × 0.3 + 1 × 0.3) = 100 × (0.2666… + 0.6) = 86.666…, shown 86.7
    expect(results.map((result) => result.score)).toEqual([86.7, 100, 68.9, 100]);
    expect(productivityOf([])).toEqual([]);
  });
});
