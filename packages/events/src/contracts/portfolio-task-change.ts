/**
 * What portfolio's task events say about a task's state, for the services that keep a read model of
 * portfolio's tasks (timesheets' task_record, insights' task_state): one reading of the contract, so they
 * agree on what each event changes. The events are read as untrusted: a malformed value is left out, never
 * guessed.
 */
import type { DeliveredEvent } from "../envelope.js";
import { portfolioEvents, type TaskSkillRequirementData, type TaskStatusValue } from "./portfolio.js";

/** The fields an event sets; those it does not carry (older events lack the planning fields) are absent. */
export interface TaskStateChange {
  status?: TaskStatusValue;
  assigneeId?: string | null;
  /** YYYY-MM-DD. */
  dueDate?: string | null;
  estimateHours?: number | null;
  /** The skills the task needs (ids lower case), from task.created and task.updated. */
  requiredSkills?: TaskSkillRequirementData[];
  /** The day the task was completed, in the reader's calendar (`dayOf` given to {@link taskStateChange}); null when it is not DONE. */
  completedOn?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES = new Set<string>(["TODO", "IN_PROGRESS", "BLOCKED", "IN_REVIEW", "DONE"]);
const LEVELS = new Set<string>(["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"]);

/** Reads an untrusted event's optional fields: a value of the right shape, null, or undefined when absent or malformed. */
const read = {
  id: (value: unknown) => (value === null ? null : typeof value === "string" && UUID.test(value) ? value.toLowerCase() : undefined),
  date: (value: unknown) => (value === null ? null : typeof value === "string" && DATE.test(value) ? value : undefined),
  hours: (value: unknown) =>
    value === null ? null : typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined,
  status: (value: unknown) => (typeof value === "string" && STATUSES.has(value) ? (value as TaskStatusValue) : undefined),
  /** A list of requirements, every one well formed; anything else is undefined (the whole list, never a part of it). */
  requirements: (value: unknown): TaskSkillRequirementData[] | undefined => {
    if (!Array.isArray(value)) return undefined;
    const requirements = value.map((item: { skillId?: unknown; minLevel?: unknown } | null) => {
      const skillId = typeof item?.skillId === "string" && UUID.test(item.skillId) ? item.skillId.toLowerCase() : undefined;
      const minLevel =
        item?.minLevel === null ? null : typeof item?.minLevel === "string" && LEVELS.has(item.minLevel) ? item.minLevel : undefined;
      return skillId === undefined || minLevel === undefined ? undefined : ({ skillId, minLevel } as TaskSkillRequirementData);
    });
    return requirements.every((requirement) => requirement !== undefined) ? (requirements as TaskSkillRequirementData[]) : undefined;
  },
  instant: (value: unknown) => {
    const instant = typeof value === "string" ? new Date(value) : undefined;
    return instant && !Number.isNaN(instant.getTime()) ? instant : undefined;
  },
};

/** The planning fields a created or updated task carries. */
const planning = (data: Record<string, unknown>): TaskStateChange => ({
  assigneeId: read.id(data.assigneeId),
  dueDate: read.date(data.dueDate),
  estimateHours: read.hours(data.estimateHours),
  requiredSkills: read.requirements(data.requiredSkills),
});

/** Drops the fields an event did not carry. */
const defined = (change: TaskStateChange): TaskStateChange =>
  Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as TaskStateChange;

/**
 * What an event of portfolio's stream changes in a task's state: its fields, `"delete"`, or null for an
 * event that says nothing about a task's state. `dayOf` gives the day of an instant in whatever calendar
 * the reader keeps (timesheets: the workspace's time zone; insights: UTC): a completion is dated by the
 * day of its `completedAt` (when the client dated it back, or the event's time), older events by the
 * event's own time.
 */
export function taskStateChange(event: DeliveredEvent, dayOf: (instant: Date) => string): TaskStateChange | "delete" | null {
  const data = event.data as Record<string, unknown>;
  const completedOn = (at: unknown) => dayOf(read.instant(at) ?? new Date(event.occurredAt));
  switch (event.type) {
    case portfolioEvents.taskCreated.name: {
      const status = read.status(data.status);
      return defined({
        status,
        ...planning(data),
        completedOn: status === undefined ? undefined : status === "DONE" ? completedOn(undefined) : null,
      });
    }
    case portfolioEvents.taskUpdated.name: {
      const status = read.status(data.status);
      // A DONE task is dated by its completedAt (corrected by this change, or not); older events lack it.
      const at = read.instant(data.completedAt);
      return defined({
        status,
        ...planning(data),
        completedOn: status === undefined ? undefined : status !== "DONE" ? null : at && dayOf(at),
      });
    }
    case portfolioEvents.taskStatusChanged.name:
    case portfolioEvents.taskMoved.name: {
      const status = read.status(data.to);
      // Becoming DONE is dated by task.completed; leaving DONE undoes the completion.
      return status === undefined ? null : defined({ status, completedOn: status === "DONE" ? undefined : null });
    }
    case portfolioEvents.taskCompleted.name:
      return defined({
        status: "DONE",
        completedOn: completedOn(data.completedAt),
        assigneeId: read.id(data.assigneeId),
        dueDate: read.date(data.dueDate),
      });
    case portfolioEvents.userAssigned.name:
      // `to: null` is an unassignment; a malformed `to` says nothing.
      return defined({ assigneeId: read.id(data.to) });
    case portfolioEvents.taskDeleted.name:
      return "delete";
    default:
      return null;
  }
}

/** The task's project named by a task event's data, lower case; undefined when missing or malformed. */
export const projectOfTaskEvent = (event: DeliveredEvent): string | undefined =>
  read.id((event.data as Record<string, unknown>).projectId) ?? undefined;
