import type { EntityManager, MikroORM } from "@mikro-orm/core";
import { portfolioEvents, streamName, type DeliveredEvent, type Subscription } from "@plateau/events";
import { isUuid, type Logger } from "@plateau/kernel";
import { CLOSED_WORKSPACES_TABLE, runInWorkspace, sqlRows, type GroupConsumerOptions } from "@plateau/subgraph-kit";
import { DEFAULT_TIME_SETTINGS } from "../capacity/time-settings.entity.js";
import { dateIn } from "../capacity/time-zone.js";

/** The consumer group every timesheets instance shares on portfolio's stream: each event is applied by one of them. */
export const TASK_RECORD_CONSUMER_GROUP = "timesheets-tasks";

/** The columns an event may set, besides the project and the watermark. */
type TaskColumns = Partial<{
  status: string;
  assignee_id: string | null;
  due_date: string | null;
  estimate_hours: number | null;
  completed_on: string | null;
}>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = new Set(["TODO", "IN_PROGRESS", "BLOCKED", "IN_REVIEW", "DONE"]);

/** Reads an untrusted event's optional fields: a value of the right shape, null, or undefined when absent or malformed. */
const read = {
  id: (value: unknown) => (value === null ? null : isUuid(value) ? value.toLowerCase() : undefined),
  date: (value: unknown) => (value === null ? null : typeof value === "string" && DATE.test(value) ? value : undefined),
  hours: (value: unknown) =>
    value === null ? null : typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined,
  status: (value: unknown) => (typeof value === "string" && STATUSES.has(value) ? value : undefined),
};

/** The planning fields a created or updated task carries. */
const planning = (data: Record<string, unknown>): TaskColumns => ({
  assignee_id: read.id(data.assigneeId),
  due_date: read.date(data.dueDate),
  estimate_hours: read.hours(data.estimateHours),
});

/** Drops the columns an event did not carry (older events lack the planning fields). */
const defined = (columns: TaskColumns): TaskColumns =>
  Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as TaskColumns;

/**
 * What an event of portfolio's stream changes in a task's record: its columns, `"delete"`, or null for
 * an event that says nothing about tasks. `day` is the day the event happened in the workspace's time
 * zone (a completion's day).
 */
export function taskChange(event: DeliveredEvent, day: string): TaskColumns | "delete" | null {
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case portfolioEvents.taskCreated.name: {
      const status = read.status(data.status);
      return defined({ status, ...planning(data), completed_on: status === undefined ? undefined : status === "DONE" ? day : null });
    }
    case portfolioEvents.taskUpdated.name: {
      const status = read.status(data.status);
      return defined({ status, ...planning(data), completed_on: status !== undefined && status !== "DONE" ? null : undefined });
    }
    case portfolioEvents.taskStatusChanged.name:
    case portfolioEvents.taskMoved.name: {
      const status = read.status(data.to);
      // Becoming DONE is dated by task.completed; leaving DONE undoes the completion.
      return status === undefined ? null : defined({ status, completed_on: status === "DONE" ? undefined : null });
    }
    case portfolioEvents.taskCompleted.name:
      return defined({ status: "DONE", completed_on: day, assignee_id: read.id(data.assigneeId), due_date: read.date(data.dueDate) });
    case portfolioEvents.userAssigned.name:
      return defined({ assignee_id: read.id(data.to) ?? undefined });
    case portfolioEvents.taskDeleted.name:
      return "delete";
    default:
      return null;
  }
}

/**
 * Keeps timesheets' read model of portfolio's tasks (task_record) from portfolio's task events: which
 * tasks exist in which project, their status, assignee, due date and estimate, and when they were
 * completed. Entry checks, productivity and effort against estimate read it instead of asking portfolio.
 */
export function startTaskRecordConsumer(options: GroupConsumerOptions): Subscription {
  const logger = options.logger.child({ component: "task-record-consumer" });
  return options.bus.subscribe({
    stream: streamName("portfolio"),
    group: options.group ?? TASK_RECORD_CONSUMER_GROUP,
    consumer: options.consumer,
    startAt: options.startAt,
    handler: (event) => applyTaskEvent(options.orm, logger, event),
  });
}

/**
 * Applies one event of portfolio's stream to the task's record, in the event's workspace (scoped for
 * Row-Level Security); ignores events that are not about a task's planning. Idempotent and order-safe:
 * an event no newer than the last one applied to the task (by UUIDv7 id) changes nothing. A malformed
 * event, or one of a deleted workspace, is logged and skipped; a database failure throws, leaving the
 * event pending for a retry.
 */
export async function applyTaskEvent(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void> {
  const occurredAt = new Date(event.occurredAt);
  // Whether it is about tasks at all; the day is set below, in the workspace's time zone.
  if (Number.isNaN(occurredAt.getTime()) || taskChange(event, "") === null) return;
  const workspaceId = event.workspaceId?.toLowerCase();
  const taskId = event.subject.typename === "Task" ? event.subject.id.toLowerCase() : undefined;
  const projectId = read.id((event.data as Record<string, unknown>).projectId);
  if (!workspaceId || !isUuid(workspaceId) || !taskId || !isUuid(taskId) || !projectId || !isUuid(event.id)) {
    logger.warn("skipping a task event that is not one this consumer understands", { eventId: event.id, type: event.type });
    return;
  }
  await runInWorkspace(orm.em as EntityManager, workspaceId, async (em) => {
    const closed = await sqlRows(em, `select 1 from timesheets.${CLOSED_WORKSPACES_TABLE} where id = ?`, [workspaceId]);
    if (closed.length > 0) return;
    // A task completed late on a Sunday evening in New York was completed on Sunday, whatever UTC says.
    const [settings] = await sqlRows<{ time_zone: string }>(em, "select time_zone from timesheets.time_settings where workspace_id = ?", [
      workspaceId,
    ]);
    const change = taskChange(event, dateIn(settings?.time_zone ?? DEFAULT_TIME_SETTINGS.timeZone, occurredAt))!;
    // A deletion leaves a tombstone rather than no row, so an older event arriving later changes nothing.
    const columns = (change === "delete" ? ["deleted"] : Object.keys(change)) as (keyof TaskColumns | "deleted")[];
    const values = change === "delete" ? [true] : columns.map((name) => change[name as keyof TaskColumns]);
    const names = ["workspace_id", "task_id", "project_id", "last_event_id", ...columns];
    const updates = ["project_id", "last_event_id", ...columns].map((name) => `${name} = excluded.${name}`).join(", ");
    await sqlRows(
      em,
      `insert into timesheets.task_record (${names.join(", ")}) values (${names.map(() => "?").join(", ")})
       on conflict (workspace_id, task_id) do update set ${updates}
       where timesheets.task_record.last_event_id < excluded.last_event_id`,
      [workspaceId, taskId, projectId, event.id, ...values],
    );
  });
}
