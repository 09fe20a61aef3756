import { defineEventType } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
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
};

const subject = (task: Task) => ({ typename: "Task", id: task.id });

/** Records the events of a new task in the request's unit of work. */
export function recordTaskCreated(ctx: PortfolioContext, task: Task): void {
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
 * Records what an update changed, compared with the task `before` it: a status move (and
 * completion), a new assignee. Clearing the assignee assigns nobody, so it records nothing.
 */
export function recordTaskUpdated(ctx: PortfolioContext, task: Task, before: Pick<Task, "status" | "assigneeId">): void {
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
