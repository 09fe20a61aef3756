import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may read and change milestones. Root operations take their rules from the access matrix (@plateau/kernel, access.ts). */
export const milestoneRules: IRules = {
  Milestone: canRead,
  MilestonePayload: canRead,
  DeleteMilestonePayload: canRead,
};
