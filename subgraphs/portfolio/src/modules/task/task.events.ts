import { defineEventType } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Placement } from "../board/column-ranks.js";
import { TaskStatus, type Task, type TaskPriority } from "./task.entity.js";

/** `portfolio.task.created`: a task was created. */
export interface TaskCreated {
  projectId: string;
  parentId: string | null;
  title: string;
  status: TaskStatus;
  priority: TaskPriority;
  assigneeId: string | null;
  dueDate: string | null;
  /** Its rank within its status column on the board. */
  rank: string;
  /** The cards right before and right after it in that column at creation (null: it is first, or last). */
  afterTaskId: string | null;
  beforeTaskId: string | null;
}

/**
 * `portfolio.task.updated`: an edit changed some of a task's own fields (`updateTask`); the subject is
 * the task. Not sent for `moveTask` (`task.moved`) nor for a new parent alone (`task.moved_in_tree`).
 */
export interface TaskUpdated {
  projectId: string;
  /** The GraphQL fields of Task whose value changed, e.g. `["title", "priority", "dueDate"]`. */
  changedFields: string[];
}

/** `portfolio.task.deleted`: a task was deleted, by itself or with an ancestor (one event per task); the subject is the task. */
export interface TaskDeleted {
  projectId: string;
  /** Its parent when it was deleted (null: it was top-level). */
  parentId: string | null;
}

/** `portfolio.task.status_changed`: a task moved from one status to another. */
export interface TaskStatusChanged {
  projectId: string;
  from: TaskStatus;
  to: TaskStatus;
}

/** `portfolio.task.completed`: a task's status became DONE (also sent with `status_changed`). */
export interface TaskCompleted {
  projectId: string;
}

/** `portfolio.user.assigned`: a user was made a task's assignee (on creation or by a change); the subject is the task. */
export interface UserAssigned {
  taskId: string;
  projectId: string;
  /** The previous assignee, if any. */
  from: string | null;
  to: string;
}

/** `portfolio.task.moved_in_tree`: a task (with its whole subtree) got another parent, or became top-level. */
export interface TaskMovedInTree {
  projectId: string;
  fromParentId: string | null;
  toParentId: string | null;
  /** How many tasks moved with it (its descendants). */
  descendantCount: number;
}

/** The events of the task module, on the `plateau:events:portfolio` stream. */
export const taskEvents = {
  created: defineEventType<TaskCreated>("portfolio.task.created"),
  statusChanged: defineEventType<TaskStatusChanged>("portfolio.task.status_changed"),
  completed: defineEventType<TaskCompleted>("portfolio.task.completed"),
  userAssigned: defineEventType<UserAssigned>("portfolio.user.assigned"),
  movedInTree: defineEventType<TaskMovedInTree>("portfolio.task.moved_in_tree"),
  updated: defineEventType<TaskUpdated>("portfolio.task.updated"),
  deleted: defineEventType<TaskDeleted>("portfolio.task.deleted"),
};

const subject = (task: Task) => ({ typename: "Task", id: task.id });

/** Records the events of a new task, placed on its board at `placement`, in the request's unit of work. */
export function recordTaskCreated(ctx: PortfolioContext, task: Task, placement: Placement): void {
  const projectId = task.project.id;
  recordEvent(ctx, {
    type: taskEvents.created,
    subject: subject(task),
    data: {
      projectId,
      parentId: task.parent?.id ?? null,
      title: task.title,
      status: task.status,
      priority: task.priority,
      assigneeId: task.assigneeId,
      dueDate: task.dueDate,
      rank: task.rank,
      afterTaskId: placement.afterTaskId,
      beforeTaskId: placement.beforeTaskId,
    },
  });
  if (task.assigneeId) {
    recordEvent(ctx, {
      type: taskEvents.userAssigned,
      subject: subject(task),
      data: { taskId: task.id, projectId, from: null, to: task.assigneeId },
    });
  }
  if (task.status === TaskStatus.DONE) recordEvent(ctx, { type: taskEvents.completed, subject: subject(task), data: { projectId } });
}

/**
 * Records what a change of status or assignee means, compared with the task `before` it: a status
 * move (and completion), a new assignee. Clearing the assignee assigns nobody, so it records nothing.
 */
export function recordStatusAndAssignee(ctx: PortfolioContext, task: Task, before: Pick<Task, "status" | "assigneeId">): void {
  const projectId = task.project.id;
  if (task.status !== before.status) {
    recordEvent(ctx, { type: taskEvents.statusChanged, subject: subject(task), data: { projectId, from: before.status, to: task.status } });
    if (task.status === TaskStatus.DONE) recordEvent(ctx, { type: taskEvents.completed, subject: subject(task), data: { projectId } });
  }
  if (task.assigneeId && task.assigneeId !== before.assigneeId) {
    recordEvent(ctx, {
      type: taskEvents.userAssigned,
      subject: subject(task),
      data: { taskId: task.id, projectId, from: before.assigneeId, to: task.assigneeId },
    });
  }
}

/** Records that `task` was re-parented from `fromParentId`, with `descendantCount` tasks below it. */
export function recordTaskMovedInTree(ctx: PortfolioContext, task: Task, fromParentId: string | null, descendantCount: number): void {
  recordEvent(ctx, {
    type: taskEvents.movedInTree,
    subject: subject(task),
    data: { projectId: task.project.id, fromParentId, toParentId: task.parent?.id ?? null, descendantCount },
  });
}

/** Records `task.updated` when `changedFields` (GraphQL field names of Task) is not empty. */
export function recordTaskUpdated(ctx: PortfolioContext, task: Task, changedFields: string[]): void {
  if (changedFields.length === 0) return;
  recordEvent(ctx, { type: taskEvents.updated, subject: subject(task), data: { projectId: task.project.id, changedFields } });
}

/** Records `task.deleted` for each of `tasks` of the project `projectId` (a deleted task and its descendants). */
export function recordTasksDeleted(
  ctx: PortfolioContext,
  projectId: string,
  tasks: readonly { id: string; parentId: string | null }[],
): void {
  for (const task of tasks) {
    recordEvent(ctx, {
      type: taskEvents.deleted,
      subject: { typename: "Task", id: task.id },
      data: { projectId, parentId: task.parentId },
    });
  }
}
