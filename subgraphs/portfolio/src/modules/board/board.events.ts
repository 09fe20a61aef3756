import { portfolioEvents } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";

/**
 * The events of the board module, on the `plateau:events:portfolio` stream. A card's move,
 * `task.moved`, is the task module's (task.events.ts): every status change records it, `moveTask`'s and
 * `updateTask`'s alike (task-status-change.ts).
 */
export const boardEvents = {
  workflowChanged: portfolioEvents.workflowChanged,
};

/** Records that the workflow of the board of `projectId` changed, now at `version`. */
export function recordWorkflowChanged(ctx: PortfolioContext, projectId: string, version: number): void {
  recordEvent(ctx, { type: boardEvents.workflowChanged, subject: { typename: "Board", id: projectId }, data: { projectId, version } });
}
