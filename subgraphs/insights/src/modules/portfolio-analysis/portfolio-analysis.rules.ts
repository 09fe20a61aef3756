import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Everyone in the workspace reads the portfolio analysis (the access matrix: READ). */
export const portfolioAnalysisRules: IRules = {
  PortfolioAnalysis: canRead,
  PortfolioProjectAnalysis: canRead,
  PortfolioProjectAnalysisConnection: canRead,
  PortfolioProjectAnalysisEdge: canRead,
  SeverityCount: canRead,
};
