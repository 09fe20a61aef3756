import type { EntityManager } from "@mikro-orm/core";
import type { Viewer } from "@plateau/kernel";
import { entityLoader, type ResolverContext } from "@plateau/subgraph-kit";
import { RiskAssessment } from "./modules/risk/risk.entity.js";
import { resolvedRisksLoader, riskEvaluationLoader } from "./modules/risk/risk.loaders.js";

/** The request-scoped DataLoaders of the insights subgraph. */
export function createLoaders(em: EntityManager, viewer: Viewer | undefined) {
  return {
    riskAssessment: entityLoader(em, RiskAssessment),
    riskEvaluation: riskEvaluationLoader(em, viewer?.workspaceId),
    resolvedRisks: resolvedRisksLoader(em),
  };
}

export type InsightsLoaders = ReturnType<typeof createLoaders>;
export type InsightsContext = ResolverContext<InsightsLoaders>;
