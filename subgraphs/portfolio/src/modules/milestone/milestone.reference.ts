import type { PortfolioContext } from "../../context.js";
import type { Milestone } from "./milestone.entity.js";

/** Milestones other subgraphs reference, found through the request's loader. */
export const milestoneReference = {
  __resolveReference: (reference: { id: string }, ctx: PortfolioContext): Promise<Milestone | null> =>
    ctx.loaders.milestone.load(reference.id),
};
