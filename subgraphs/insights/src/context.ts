import type { EntityManager } from "@mikro-orm/core";
import type { Viewer } from "@plateau/kernel";
import { entityLoader, type ResolverContext } from "@plateau/subgraph-kit";
import { projectTaskFiguresLoader } from "./modules/forecast/forecast.loaders.js";
import { RiskAssessment } from "./modules/risk/risk.entity.js";
import { utcToday } from "./modules/risk/risk.detectors.js";
import { openRisksLoader, resolvedRisksLoader } from "./modules/risk/risk.loaders.js";

/** The request-scoped DataLoaders of the insights subgraph: reads only (risks are evaluated on events, risk.consumer.ts). */
export function createLoaders(em: EntityManager, viewer: Viewer | undefined) {
  return {
    riskAssessment: entityLoader(em, RiskAssessment),
    openRisks: openRisksLoader(em),
    resolvedRisks: resolvedRisksLoader(em),
    projectTaskFigures: projectTaskFiguresLoader(em, viewer?.workspaceId, () => utcToday()),
  };
}

export type InsightsLoaders = ReturnType<typeof createLoaders>;
export type InsightsContext = ResolverContext<InsightsLoaders>;
