import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may read the overview. Root operations take their rules from the access matrix (@plateau/kernel, access.ts). */
export const overviewRules: IRules = {
  PortfolioOverview: canRead,
  ProjectStatusCount: canRead,
  ProjectHealthCount: canRead,
  CategoryProgress: canRead,
  MilestoneWindow: canRead,
  ProjectRisk: canRead,
};
