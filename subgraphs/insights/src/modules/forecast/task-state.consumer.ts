import type { MikroORM } from "@mikro-orm/core";
import { streamName, taskStateChange, type DeliveredEvent, type Subscription, type TaskStateChange } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { taskEventTarget, upsertTaskState, type GroupConsumerOptions, startGroupConsumer } from "@plateau/subgraph-kit";
import { workspaceForEvent } from "../risk/event-workspace.js";
import { riskService } from "../risk/risk.service.js";

/** The consumer group every insights instance shares on portfolio's stream for tasks: each event is applied by one of them. */
export const TASK_STATE_CONSUMER_GROUP = "insights-tasks";

/** task_state's column for each field of a task's state insights keeps (the due date it does not need). */
const COLUMNS: Partial<Record<keyof TaskStateChange, string>> = {
  status: "status",
  assigneeId: "assignee_id",
  estimateHours: "estimate_hours",
  completedOn: "completed_on",
  requiredSkills: "required_skills",
};

/** Keeps insights' task_state from portfolio's task events: what velocity and forecasts read. */
export function startTaskStateConsumer(options: GroupConsumerOptions): Subscription {
  return startGroupConsumer(options, {
    stream: streamName("portfolio"),
    group: TASK_STATE_CONSUMER_GROUP,
    component: "task-state-consumer",
    handle: applyTaskStateEvent,
  });
}

/**
 * Applies one event of portfolio's stream to the task's state, in the event's workspace (scoped for
 * Row-Level Security), then evaluates the project's risks again; ignores events that say nothing about a
 * task's state. A completion is dated by
 * the UTC day of its `completedAt` (the event's time for older events). Idempotent and order-safe: an event no newer than the last one applied to the
 * task (by UUIDv7 id) changes nothing. A malformed event, or one of a deleted workspace, is logged and
 * skipped; a database failure throws, leaving the event pending for a retry.
 */
export async function applyTaskStateEvent(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void> {
  const occurredAt = new Date(event.occurredAt);
  if (Number.isNaN(occurredAt.getTime())) return;
  const change = taskStateChange(event, (instant) => instant.toISOString().slice(0, 10));
  if (change === null) return;
  const target = taskEventTarget(event);
  if (!target) {
    logger.warn("skipping a task event that is not one this consumer understands", { eventId: event.id, type: event.type });
    return;
  }
  const em = await workspaceForEvent(orm, target.workspaceId);
  if (!em) return;
  await upsertTaskState(em, "insights.task_state", COLUMNS, target, change);
  // The velocity and concentration rules read the tasks: the project's risks are evaluated again (not while the
  // whole project is being deleted: its project.deleted resolves them all).
  if (change === "delete" && (event.data as { withProject?: unknown }).withProject === true) return;
  await riskService.applyTaskChange(em, target.workspaceId, target.projectId, event.actorId);
}
