/**
 * The write side shared by the services that keep a read model of portfolio's tasks (timesheets'
 * task_record, insights' task_state): which task an event is about, and the conditional upsert that
 * applies what it changes. What an event changes is read once, in `@plateau/events` (`taskStateChange`).
 */
import type { EntityManager } from "@mikro-orm/core";
import { projectOfTaskEvent, type DeliveredEvent, type TaskStateChange } from "@plateau/events";
import { isUuid } from "@plateau/kernel";
import { sqlRows } from "./tenancy/sql.js";

/** The task an event is about: its workspace, itself and its project, lower case. */
export interface TaskEventTarget {
  workspaceId: string;
  taskId: string;
  projectId: string;
  eventId: string;
}

/** The task `event` is about; null when the event does not name one well enough to apply (the caller logs and skips it). */
export function taskEventTarget(event: DeliveredEvent): TaskEventTarget | null {
  const workspaceId = event.workspaceId?.toLowerCase();
  const taskId = event.subject.typename === "Task" ? event.subject.id.toLowerCase() : undefined;
  const projectId = projectOfTaskEvent(event);
  if (!workspaceId || !isUuid(workspaceId) || !taskId || !isUuid(taskId) || !projectId || !isUuid(event.id)) return null;
  return { workspaceId, taskId, projectId, eventId: event.id };
}

/**
 * Applies `change` to the task's row of `table` (schema-qualified; keyed by workspace_id and task_id, with
 * project_id, last_event_id, a `deleted` flag and a column per field named in `columns`, jsonb for a list;
 * fields without a column are not kept). Only an event newer than the last applied (by UUIDv7 id) changes the row; a
 * deletion leaves a tombstone, so an older event arriving later cannot bring the task back; an older
 * completion still dates a DONE task that has no day. In `em`'s workspace.
 */
export async function upsertTaskState(
  em: EntityManager,
  table: string,
  columns: Partial<Record<keyof TaskStateChange, string>>,
  target: TaskEventTarget,
  change: TaskStateChange | "delete",
): Promise<void> {
  const fields = change === "delete" ? [] : (Object.keys(change) as (keyof TaskStateChange)[]).filter((field) => columns[field]);
  const names = change === "delete" ? ["deleted"] : fields.map((field) => columns[field]!);
  // A list (the required skills) goes to a jsonb column as its JSON text.
  const values =
    change === "delete" ? [true] : fields.map((field) => (Array.isArray(change[field]) ? JSON.stringify(change[field]) : change[field]));
  const all = ["workspace_id", "task_id", "project_id", "last_event_id", ...names];
  const updates = ["project_id", "last_event_id", ...names].map((name) => `${name} = excluded.${name}`).join(", ");
  const applied = await sqlRows(
    em,
    `insert into ${table} (${all.join(", ")}) values (${all.map(() => "?").join(", ")})
     on conflict (workspace_id, task_id) do update set ${updates}
     where ${table}.last_event_id < excluded.last_event_id
     returning 1`,
    [target.workspaceId, target.taskId, target.projectId, target.eventId, ...values],
  );
  // One change records status_changed, completed and updated in that order; applied out of order (a retry,
  // two consumers), `updated` (DONE, no day) can outrank `completed`. The day is then still taken from the
  // older event, for a task that is DONE and has none: nothing else can give it.
  const { completedOn, status } = { completedOn: columns.completedOn, status: columns.status };
  if (applied.length === 0 && change !== "delete" && typeof change.completedOn === "string" && completedOn && status) {
    await sqlRows(
      em,
      `update ${table} set ${completedOn} = ?
        where workspace_id = ? and task_id = ? and ${completedOn} is null and ${status} = 'DONE' and not deleted`,
      [change.completedOn, target.workspaceId, target.taskId],
    );
  }
}
