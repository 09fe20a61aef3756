import { errors, WorkspaceRole } from "@plateau/kernel";
import { requireViewer } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Task } from "./task.entity.js";

/**
 * The data-dependent half of CONTRIBUTE (kernel access.ts): a MEMBER edits, moves and deletes only
 * tasks assigned to them or to nobody; MANAGER and above any task. The shield has already checked
 * the role; this runs on the task as stored.
 */
export function assertMayChangeTask(ctx: PortfolioContext, task: Pick<Task, "id" | "assigneeId">): void {
  const viewer = requireViewer(ctx);
  if (viewer.role === WorkspaceRole.MEMBER && task.assigneeId !== null && task.assigneeId !== viewer.userId) {
    throw errors.forbidden(`Task ${task.id} is assigned to someone else: a MEMBER changes only their own or unassigned tasks`);
  }
}
