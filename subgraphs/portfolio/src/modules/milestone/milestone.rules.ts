import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Who may read and change milestones. Role checks per the matrix arrive with the RBAC issue. */
export const milestoneRules: IRules = {
  Query: { milestone: inWorkspace },
  Mutation: { createMilestone: inWorkspace, updateMilestone: inWorkspace, deleteMilestone: inWorkspace },
  Milestone: isAuthenticated,
  MilestonePayload: isAuthenticated,
  DeleteMilestonePayload: isAuthenticated,
};
