import type { EntityManager, MikroORM } from "@mikro-orm/core";
import { streamName, taskStateChange, type DeliveredEvent, type Subscription, type TaskStateChange } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import {
  CLOSED_WORKSPACES_TABLE,
  runInWorkspace,
  startGroupConsumer,
  sqlRows,
  taskEventTarget,
  upsertTaskState,
  type GroupConsumerOptions,
} from "@plateau/subgraph-kit";
import { DEFAULT_TIME_SETTINGS } from "../capacity/time-settings.entity.js";
import { dateIn } from "../capacity/time-zone.js";

/** The consumer group every timesheets instance shares on portfolio's stream: each event is applied by one of them. */
export const TASK_RECORD_CONSUMER_GROUP = "timesheets-tasks";

/** task_record's column for each field of a task's state it keeps (the required skills it does not need). */
const COLUMNS: Partial<Record<keyof TaskStateChange, string>> = {
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
  return startGroupConsumer(options, {
    stream: streamName("portfolio"),
    group: TASK_RECORD_CONSUMER_GROUP,
    component: "task-record-consumer",
    handle: applyTaskEvent,
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
  if (Number.isNaN(occurredAt.getTime()) || taskStateChange(event, () => "") === null) return;
  const target = taskEventTarget(event);
  if (!target) {
    logger.warn("skipping a task event that is not one this consumer understands", { eventId: event.id, type: event.type });
    return;
  }
  const { workspaceId } = target;
  await runInWorkspace(orm.em as EntityManager, workspaceId, async (em) => {
    const closed = await sqlRows(em, `select 1 from timesheets.${CLOSED_WORKSPACES_TABLE} where id = ?`, [workspaceId]);
    if (closed.length > 0) return;
    // A task completed late on a Sunday evening in New York was completed on Sunday, whatever UTC says.
    const [settings] = await sqlRows<{ time_zone: string }>(em, "select time_zone from timesheets.time_settings where workspace_id = ?", [
      workspaceId,
    ]);
    const timeZone = settings?.time_zone ?? DEFAULT_TIME_SETTINGS.timeZone;
    const change = taskStateChange(event, (instant) => dateIn(timeZone, instant))!;
    await upsertTaskState(em, "timesheets.task_record", COLUMNS, target, change);
  });
}
