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

/** The events of the board module, on the `plateau:events:portfolio` stream. */
export const boardEvents = {
  taskMoved: defineEventType<TaskMoved>("portfolio.task.moved"),
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
