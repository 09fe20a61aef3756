import { errors } from "@plateau/kernel";
import type { TimesheetsContext } from "../../context.js";

/** The ids a new time entry names. */
export interface EntryReferences {
  taskId: string;
  projectId: string;
  userId: string;
}

/**
 * Checks, with the subgraphs that own them and as the caller, that an entry names only things of the
 * caller's workspace: the task (portfolio) in the project given, since a task belongs to one project for
 * good and project rollups must count its hours once, and a user who is a member (workspaces).
 * BAD_USER_INPUT naming the field otherwise; SUBGRAPH_UNAVAILABLE when an owner cannot be asked.
 */
export async function checkEntryReferences(ctx: TimesheetsContext, entry: EntryReferences): Promise<void> {
  const references = ctx.references;
  const task = await references.requireTask(entry.taskId, "input.taskId");
  if (task.projectId !== entry.projectId) {
    throw errors.invalidField("input.projectId", `task ${entry.taskId} is not in project ${entry.projectId}`);
  }
  await references.requireMember(entry.userId, "input.userId");
}
