import type { InsightsContext } from "../../context.js";
import type { AnalysisRequest } from "./analysis-request.entity.js";
import type { Insight } from "./insight.entity.js";

/** Resolves AnalysisRequest references through the request's loader (the tenant filter hides other workspaces). */
export const analysisRequestReference = {
  __resolveReference: (reference: { id: string }, ctx: InsightsContext): Promise<AnalysisRequest | null> =>
    ctx.loaders.analysisRequest.load(reference.id),
};

/** Resolves Insight references through the request's loader (the tenant filter hides other workspaces). */
export const insightReference = {
  __resolveReference: (reference: { id: string }, ctx: InsightsContext): Promise<Insight | null> => ctx.loaders.insight.load(reference.id),
};
