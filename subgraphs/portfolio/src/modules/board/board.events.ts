import { portfolioEvents, type TaskMoved } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Task, TaskStatus } from "../task/task.entity.js";
import type { Placement } from "../task/column-ranks.js";

export type { TaskMoved };

/** The events of the board module, on the `plateau:events:portfolio` stream. */
export const boardEvents = {
  taskMoved: portfolioEvents.taskMoved,
  workflowChanged: portfolioEvents.workflowChanged,
};

/** Records a move in the unit of work of `ctx.em` (the move's transaction). */
export function recordTaskMoved(ctx: PortfolioContext, task: Task, from: TaskStatus, placement: Placement): void {
  recordEvent(ctx, {
    type: boardEvents.taskMoved,
    subject: { typename: "Task", id: task.id },
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

/** Records that the workflow of the board of `projectId` changed, now at `version`. */
export function recordWorkflowChanged(ctx: PortfolioContext, projectId: string, version: number): void {
  recordEvent(ctx, { type: boardEvents.workflowChanged, subject: { typename: "Board", id: projectId }, data: { projectId, version } });
}
