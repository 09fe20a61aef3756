import { portfolioEvents } from "@plateau/events";
import type { EntityManager } from "@mikro-orm/core";
import { recordEvent, type SubgraphContext } from "@plateau/subgraph-kit";
import { MilestoneStatus, type Milestone } from "./milestone.entity.js";

/** The events of the milestone module, on the `plateau:events:portfolio` stream. */
export const milestoneEvents = {
  reached: portfolioEvents.projectMilestone,
};

/**
 * Records a milestone's status change in the unit of work of `target` (a request context, or the
 * sweep's EntityManager, which has no actor) when it is now ACHIEVED or MISSED.
 */
export function recordMilestoneStatusChanged(target: SubgraphContext | EntityManager, milestone: Milestone, from: MilestoneStatus): void {
  const to = milestone.status;
  if (to === from || (to !== MilestoneStatus.ACHIEVED && to !== MilestoneStatus.MISSED)) return;
  recordEvent(target, {
    type: milestoneEvents.reached,
    workspaceId: milestone.workspaceId,
    subject: { typename: "Milestone", id: milestone.id },
    data: { milestoneId: milestone.id, projectId: milestone.project.id, from, to },
  });
}
