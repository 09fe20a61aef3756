import { defineEventType } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { MilestoneStatus, type Milestone } from "./milestone.entity.js";

/** `portfolio.project.milestone`: a project's milestone was achieved or missed; the subject is the milestone. */
export interface ProjectMilestone {
  milestoneId: string;
  projectId: string;
  from: MilestoneStatus;
  to: MilestoneStatus.ACHIEVED | MilestoneStatus.MISSED;
}

/** The events of the milestone module, on the `plateau:events:portfolio` stream. */
export const milestoneEvents = {
  reached: defineEventType<ProjectMilestone>("portfolio.project.milestone"),
};

/** Records a milestone's status change in the request's unit of work when it is now ACHIEVED or MISSED. */
export function recordMilestoneStatusChanged(ctx: PortfolioContext, milestone: Milestone, from: MilestoneStatus): void {
  const to = milestone.status;
  if (to === from || (to !== MilestoneStatus.ACHIEVED && to !== MilestoneStatus.MISSED)) return;
  recordEvent(ctx, {
    type: milestoneEvents.reached,
    subject: { typename: "Milestone", id: milestone.id },
    data: { milestoneId: milestone.id, projectId: milestone.project.id, from, to },
  });
}
