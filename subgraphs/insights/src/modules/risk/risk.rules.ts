import { canRead, type IRules } from "@plateau/subgraph-kit";

/**
 * Who may read risk assessments and their `riskChanged` events (shield rules; `risk.detectors.ts` holds the
 * risk rules themselves). Every role reads them; nobody edits them.
 */
export const riskRules: IRules = {
  RiskAssessment: canRead,
  RiskAssessmentConnection: canRead,
  RiskAssessmentEdge: canRead,
  RiskEvent: canRead,
  TeamOverloadEvidence: canRead,
  DecliningVelocityEvidence: canRead,
  KnowledgeConcentrationEvidence: canRead,
  SkillConcentrationEvidence: canRead,
};
