import { canRead, type IRules } from "@plateau/subgraph-kit";

/**
 * Who reads analyses and insights (shield rules): everyone in the workspace, VIEWER included. Asking for
 * an analysis, cancelling one, and the AI settings are gated by the access matrix (REQUEST_ANALYSIS,
 * ADMINISTER) and the service (cancelling another's request needs ADMINISTER).
 */
export const analysisRules: IRules = {
  AnalysisRequest: canRead,
  AnalysisRequestPayload: canRead,
  Insight: canRead,
  InsightConnection: canRead,
  InsightEdge: canRead,
  InsightRisk: canRead,
  InsightRecommendation: canRead,
  InsightCitation: canRead,
  InsightEvent: canRead,
  AiSettings: canRead,
  User: canRead,
};
