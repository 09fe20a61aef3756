import { defineEventType } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Task, TaskStatus } from "../task/task.entity.js";
import type { Placement } from "./column-ranks.js";

/** `portfolio.task.moved`: a card was moved on its project's board (to another place and perhaps another column). */
export interface TaskMoved {
  projectId: string;
  from: TaskStatus;
  to: TaskStatus;
  /** The card's new rank within the `to` column. */
  rank: string;
  /** The cards now right before and right after it in that column (null: it is first, or last). */
  afterTaskId: string | null;
  beforeTaskId: string | null;
  /** True when the move rewrote the ranks of the column's other cards (their order is unchanged). */
  rebalanced: boolean;
}

/** `portfolio.workflow.changed`: a board's workflow (its columns, their order, names or WIP limits) was replaced; the subject is the Board. */
export interface WorkflowChanged {
  projectId: string;
  /** The workflow's version after the change (`Board.version`). */
  version: number;
}

/** The events of the board module, on the `plateau:events:portfolio` stream. */
export const boardEvents = {
  taskMoved: defineEventType<TaskMoved>("portfolio.task.moved"),
  workflowChanged: defineEventType<WorkflowChanged>("portfolio.workflow.changed"),
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
