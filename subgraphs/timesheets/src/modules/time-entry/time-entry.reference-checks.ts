import { errors } from "@plateau/kernel";
import { requireWorkspaceId, sqlRows } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";

/** The ids a new time entry names. */
export interface EntryReferences {
  taskId: string;
  projectId: string;
  userId: string;
}

/**
 * The project of a task as timesheets' read model of portfolio's tasks has it (task-record.consumer.ts);
 * undefined for a task it has not heard of (created a moment ago, or older than what the stream holds);
 * BAD_USER_INPUT naming `input.taskId` for one portfolio deleted.
 */
async function recordedProjectOf(ctx: TimesheetsContext, taskId: string): Promise<string | undefined> {
  const [row] = await sqlRows<{ project_id: string; deleted: boolean }>(
    ctx.em,
    "select project_id, deleted from timesheets.task_record where workspace_id = ? and task_id = ?",
    [requireWorkspaceId(ctx), taskId],
  );
  if (row?.deleted) throw errors.invalidField("input.taskId", `no task ${taskId} in this workspace`);
  return row?.project_id;
}

/**
 * Checks that an entry names only things of the caller's workspace: the task in the project given (a
 * task belongs to one project for good and project rollups must count its hours once), and a user who
 * is a member (asked of workspaces, as the caller). The task is looked up in timesheets' read model of
 * portfolio's tasks first; one it has not heard of yet is asked of portfolio, as the caller. BAD_USER_INPUT
 * naming the field otherwise; SUBGRAPH_UNAVAILABLE when an owner cannot be asked.
 */
export async function checkEntryReferences(ctx: TimesheetsContext, entry: EntryReferences): Promise<void> {
  const references = ctx.references;
  const projectId = (await recordedProjectOf(ctx, entry.taskId)) ?? (await references.requireTask(entry.taskId, "input.taskId")).projectId;
  if (projectId !== entry.projectId) {
    throw errors.invalidField("input.projectId", `task ${entry.taskId} is not in project ${entry.projectId}`);
  }
  await references.requireMember(entry.userId, "input.userId");
}
