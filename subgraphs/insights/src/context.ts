import type { EntityManager } from "@mikro-orm/core";
import { entityLoader, type ResolverContext } from "@plateau/subgraph-kit";
import { RiskAssessment } from "./modules/risk/risk.entity.js";
import { openRisksLoader, resolvedRisksLoader } from "./modules/risk/risk.loaders.js";

/** The request-scoped DataLoaders of the insights subgraph: reads only (risks are evaluated on events, risk.consumer.ts). */
export function createLoaders(em: EntityManager) {
  return {
    riskAssessment: entityLoader(em, RiskAssessment),
    openRisks: openRisksLoader(em),
    resolvedRisks: resolvedRisksLoader(em),
  };
}

export type InsightsLoaders = ReturnType<typeof createLoaders>;
export type InsightsContext = ResolverContext<InsightsLoaders>;
