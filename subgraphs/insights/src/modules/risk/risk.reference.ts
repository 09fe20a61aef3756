import type { InsightsContext } from "../../context.js";
import { type RiskAssessment } from "./risk.entity.js";

/** Resolves RiskAssessment references through the request's loader (the tenant filter hides other workspaces). */
export const riskAssessmentReference = {
  __resolveReference: (reference: { id: string }, ctx: InsightsContext): Promise<RiskAssessment | null> =>
    ctx.loaders.riskAssessment.load(reference.id),
};
