import type { EntityManager, MikroORM } from "@mikro-orm/core";
import {
  projectOfTaskEvent,
  streamName,
  taskStateChange,
  type DeliveredEvent,
  type Subscription,
  type TaskStateChange,
} from "@plateau/events";
import { isUuid, type Logger } from "@plateau/kernel";
import { CLOSED_WORKSPACES_TABLE, runInWorkspace, sqlRows, type GroupConsumerOptions } from "@plateau/subgraph-kit";
import { DEFAULT_TIME_SETTINGS } from "../capacity/time-settings.entity.js";
import { dateIn } from "../capacity/time-zone.js";

/** The consumer group every timesheets instance shares on portfolio's stream: each event is applied by one of them. */
export const TASK_RECORD_CONSUMER_GROUP = "timesheets-tasks";

/** task_record's column for each field of a task's state. */
const COLUMNS: Record<keyof TaskStateChange, string> = {
  status: "status",
  assigneeId: "assignee_id",
  dueDate: "due_date",
  estimateHours: "estimate_hours",
  completedOn: "completed_on",
};

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
  if (Number.isNaN(occurredAt.getTime()) || taskStateChange(event, "") === null) return;
  const workspaceId = event.workspaceId?.toLowerCase();
  const taskId = event.subject.typename === "Task" ? event.subject.id.toLowerCase() : undefined;
  const projectId = projectOfTaskEvent(event);
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
    const change = taskStateChange(event, dateIn(settings?.time_zone ?? DEFAULT_TIME_SETTINGS.timeZone, occurredAt))!;
    // A deletion leaves a tombstone rather than no row, so an older event arriving later changes nothing.
    const fields = change === "delete" ? [] : (Object.keys(change) as (keyof TaskStateChange)[]);
    const columns = change === "delete" ? ["deleted"] : fields.map((field) => COLUMNS[field]);
    const values = change === "delete" ? [true] : fields.map((field) => change[field]);
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
