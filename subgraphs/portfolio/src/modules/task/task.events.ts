import { portfolioEvents, type TaskMoved } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Placement } from "./column-ranks.js";
import { TaskStatus, type Task } from "./task.entity.js";

export type { TaskMoved };

/** The events of the task module, on the `plateau:events:portfolio` stream. */
export const taskEvents = {
  created: portfolioEvents.taskCreated,
  moved: portfolioEvents.taskMoved,
  statusChanged: portfolioEvents.taskStatusChanged,
  completed: portfolioEvents.taskCompleted,
  userAssigned: portfolioEvents.userAssigned,
  movedInTree: portfolioEvents.taskMovedInTree,
  updated: portfolioEvents.taskUpdated,
  deleted: portfolioEvents.taskDeleted,
};

const subject = (task: Task) => ({ typename: "Task", id: task.id });
const requirementsOf = (task: Task) => task.requiredSkills.map(({ skillId, minLevel }) => ({ skillId, minLevel: minLevel ?? null }));

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
      estimateHours: task.estimateHours,
      requiredSkills: requirementsOf(task),
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
  if (task.status === TaskStatus.DONE) recordTaskCompleted(ctx, task);
}

/** Records a card's move to `placement` (`task.moved`, any status change) in the unit of work of `ctx.em` (the change's transaction). */
export function recordTaskMoved(ctx: PortfolioContext, task: Task, from: TaskStatus, placement: Placement): void {
  recordEvent(ctx, {
    type: taskEvents.moved,
    subject: subject(task),
    data: {
      projectId: task.project.id,
      from,
      to: task.status,
      rank: placement.rank,
      afterTaskId: placement.afterTaskId,
      beforeTaskId: placement.beforeTaskId,
      rebalanced: placement.rebalanced,
    },
  });
}

/**
 * Records what a change of status or assignee means, compared with the task `before` it: a status
 * move (and completion), a new assignee. Clearing the assignee assigns nobody, so it records nothing.
 */
export function recordStatusAndAssignee(ctx: PortfolioContext, task: Task, before: Pick<Task, "status" | "assigneeId">): void {
  const projectId = task.project.id;
  if (task.status !== before.status) {
    recordEvent(ctx, { type: taskEvents.statusChanged, subject: subject(task), data: { projectId, from: before.status, to: task.status } });
    if (task.status === TaskStatus.DONE) recordTaskCompleted(ctx, task);
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

/** Records `task.updated` when `changedFields` (GraphQL field names of Task) is not empty, with the planning fields after it. */
export function recordTaskUpdated(ctx: PortfolioContext, task: Task, changedFields: string[]): void {
  if (changedFields.length === 0) return;
  recordEvent(ctx, {
    type: taskEvents.updated,
    subject: subject(task),
    data: {
      projectId: task.project.id,
      changedFields,
      status: task.status,
      assigneeId: task.assigneeId,
      dueDate: task.dueDate,
      estimateHours: task.estimateHours,
      completedAt: task.completedAt?.toISOString() ?? null,
      requiredSkills: requirementsOf(task),
    },
  });
}

/** Records `task.completed`: the task became DONE, with its assignee and due date then and when it was completed. */
function recordTaskCompleted(ctx: PortfolioContext, task: Task): void {
  recordEvent(ctx, {
    type: taskEvents.completed,
    subject: subject(task),
    data: {
      projectId: task.project.id,
      assigneeId: task.assigneeId,
      dueDate: task.dueDate,
      completedAt: (task.completedAt ?? new Date()).toISOString(),
    },
  });
}
