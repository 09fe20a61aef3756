/**
 * The platform's productivity score:
 *
 *   Score = TasksCompleted × 0.4 + OnTimeRate × 0.3 + UtilizationRate × 0.3
 *
 * each component normalised to 0–1, the score shown as 0–100 rounded to 1 decimal. Computed for a group of people over the same
 * period, since TasksCompleted compares each person with the group's median. Pure: callers load tasks, hours and capacity.
 */
import { toHundredths } from "../time-entry/hundredths.js";

/** The weight of each component in the productivity score; they add up to 1. */
export const PRODUCTIVITY_WEIGHTS = { tasksCompleted: 0.4, onTimeRate: 0.3, utilizationRate: 0.3 } as const;

/** A task a person completed in the period. */
export interface CompletedTask {
  /** The day it was completed. */
  completedOn: string;
  /** The day it was due, if it had a due date. */
  dueDate: string | null;
}

/** One person's work over the period: the tasks they completed, the hours they logged and their capacity. */
export interface PersonPeriod {
  userId: string;
  completed: readonly CompletedTask[];
  loggedHours: number;
  capacityHours: number;
}

/** The three components of the productivity score, each normalised to 0–1 and rounded to 4 decimals. */
export interface ProductivityComponents {
  /**
   * TasksCompleted = min(1, completed ÷ expected), where `completed` is the number of tasks the person completed in the period and
   * `expected` is the team median of tasks completed per person in the same period (the median over the people compared, the person
   * included). When the median is 0: 1 if completed > 0, else 0.
   */
  tasksCompleted: number;
  /**
   * OnTimeRate = on-time ÷ completed, where a completed task is on time when it was completed on or before its due date, or has no
   * due date; 0 when nothing was completed.
   */
  onTimeRate: number;
  /** UtilizationRate = min(1, logged hours ÷ capacity hours); 0 when capacity is 0. */
  utilizationRate: number;
}

/** One person's productivity over the period, with the figures it was computed from. */
export interface Productivity {
  userId: string;
  /**
   * Score = TasksCompleted × 0.4 + OnTimeRate × 0.3 + UtilizationRate × 0.3, each component normalised to 0–1 (see
   * {@link ProductivityComponents}), shown as 0–100 rounded to 1 decimal. Computed from the unrounded components.
   */
  score: number;
  components: ProductivityComponents;
  /** Tasks the person completed in the period. */
  completedTasks: number;
  /** Of those, the ones completed on or before their due date, or without one. */
  onTimeTasks: number;
  /** The team median of tasks completed per person in the period: the TasksCompleted baseline. */
  expectedTasks: number;
  /** Hours the person logged in the period, rounded to the hundredth. */
  loggedHours: number;
  /** Hours the person was expected to work in the period, rounded to the hundredth. */
  capacityHours: number;
}

/** Rounds half up to `decimals`, first dropping floating-point noise (100 × (0.375 × 0.3) is 11.249999999999998, meant as 11.25). */
const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(12))) / factor;
};

/** The median of `values`: the middle one once sorted, the mean of the two middle ones for an even count, 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Whether a completed task was on time: completed on or before its due date, or it has none. */
const isOnTime = (task: CompletedTask): boolean => task.dueDate === null || task.completedOn <= task.dueDate;

/**
 * The productivity of each of `people` over one period, in the same order. The TasksCompleted baseline (`expectedTasks`) is the
 * median of their completed-task counts, so the score is relative to the people compared together.
 */
export function productivityOf(people: readonly PersonPeriod[]): Productivity[] {
  const expected = median(people.map((person) => person.completed.length));
  return people.map((person) => {
    const completed = person.completed.length;
    let onTime = 0;
    for (const task of person.completed) if (isOnTime(task)) onTime++;
    const logged = toHundredths(person.loggedHours);
    const capacity = toHundredths(person.capacityHours);

    const tasksCompleted = expected === 0 ? (completed > 0 ? 1 : 0) : Math.min(1, completed / expected);
    const onTimeRate = completed === 0 ? 0 : onTime / completed;
    const utilizationRate = capacity <= 0 ? 0 : Math.min(1, Math.max(0, logged) / capacity);
    const score =
      100 *
      (tasksCompleted * PRODUCTIVITY_WEIGHTS.tasksCompleted +
        onTimeRate * PRODUCTIVITY_WEIGHTS.onTimeRate +
        utilizationRate * PRODUCTIVITY_WEIGHTS.utilizationRate);

    return {
      userId: person.userId,
      score: round(score, 1),
      components: {
        tasksCompleted: round(tasksCompleted, 4),
        onTimeRate: round(onTimeRate, 4),
        utilizationRate: round(utilizationRate, 4),
      },
      completedTasks: completed,
      onTimeTasks: onTime,
      expectedTasks: expected,
      loggedHours: logged / 100,
      capacityHours: capacity / 100,
    };
  });
}
