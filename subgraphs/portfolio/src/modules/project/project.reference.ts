import type { PortfolioContext } from "../../context.js";
import type { Project } from "./project.entity.js";

/** Resolves Project references through the request's loader (the tenant filter hides other workspaces). */
export const projectReference = {
  __resolveReference: (reference: { id: string }, ctx: PortfolioContext): Promise<Project | null> => ctx.loaders.project.load(reference.id),
};
