import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/**
 * Who may read risk assessments (shield rules; `risk.rules.ts` holds the risk rules themselves). Every
 * role reads them; nobody edits them.
 */
export const riskPermissions: IRules = {
  Query: { riskAssessment: inWorkspace, riskAssessments: inWorkspace },
  RiskAssessment: isAuthenticated,
  RiskAssessmentConnection: isAuthenticated,
  RiskAssessmentEdge: isAuthenticated,
};
