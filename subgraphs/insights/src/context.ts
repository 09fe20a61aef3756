import type { EntityManager } from "@mikro-orm/core";
import type { Viewer } from "@plateau/kernel";
import { entityLoader, type ResolverContext } from "@plateau/subgraph-kit";
import DataLoader from "dataloader";
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
    projectTaskFigures,
    projectForecast: new DataLoader<string, ProjectForecast | null>(async (projectIds) => {
      const today = utcToday();
      const figures = await projectTaskFigures.loadMany(projectIds);
      return figures.map((one, index) => (one instanceof Error ? one : forecastOf(projectIds[index]!, one, today)));
    }),
  };
}

export type InsightsLoaders = ReturnType<typeof createLoaders>;
export type InsightsContext = ResolverContext<InsightsLoaders>;
