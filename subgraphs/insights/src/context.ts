import type { EntityManager } from "@mikro-orm/core";
import type { Viewer } from "@plateau/kernel";
import { entityLoader, NO_WORKSPACE, type ResolverContext } from "@plateau/subgraph-kit";
import DataLoader from "dataloader";
import { AnalysisRequest } from "./modules/analysis/analysis-request.entity.js";
import { insightsOfRequestLoader, latestSummaryLoader, projectInsightsLoader } from "./modules/analysis/analysis.loaders.js";
import type { AnalysisRuntime } from "./modules/analysis/analysis-runtime.js";
import { Insight } from "./modules/analysis/insight.entity.js";
import { projectTaskFiguresLoader } from "./modules/forecast/forecast.loaders.js";
import { forecastOf } from "./modules/forecast/forecast.service.js";
import type { ProjectForecast } from "./modules/forecast/forecast.types.js";
import { RiskAssessment } from "./modules/risk/risk.entity.js";
import { utcToday } from "./modules/risk/risk.detectors.js";
import { openRisksLoader, resolvedRisksLoader } from "./modules/risk/risk.loaders.js";

/** The request-scoped DataLoaders of the insights subgraph: reads only (risks are evaluated on events, risk.consumer.ts). */
export function createLoaders(em: EntityManager, viewer: Viewer | undefined) {
  const projectTaskFigures = projectTaskFiguresLoader(em, viewer?.workspaceId, () => utcToday());
  return {
    riskAssessment: entityLoader(em, RiskAssessment),
    openRisks: openRisksLoader(em),
    resolvedRisks: resolvedRisksLoader(em),
    analysisRequest: entityLoader(em, AnalysisRequest),
    insight: entityLoader(em, Insight),
    insightsOfRequest: insightsOfRequestLoader(em),
    latestSummary: latestSummaryLoader(em, viewer?.workspaceId),
    projectInsights: projectInsightsLoader(em, viewer?.workspaceId ?? NO_WORKSPACE),
    projectTaskFigures,
    projectForecast: new DataLoader<string, ProjectForecast | null>(async (projectIds) => {
      const today = utcToday();
      const figures = await projectTaskFigures.loadMany(projectIds);
      return figures.map((one, index) => (one instanceof Error ? one : forecastOf(projectIds[index]!, one, today)));
    }),
  };
}

export type InsightsLoaders = ReturnType<typeof createLoaders>;
/** What insights builds once at start for its resolvers: how analyses run here. */
export interface InsightsServices {
  analysis: AnalysisRuntime;
}

export type InsightsContext = ResolverContext<InsightsLoaders, InsightsServices>;
