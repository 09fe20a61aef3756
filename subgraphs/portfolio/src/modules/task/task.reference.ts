import type { PortfolioContext } from "../../context.js";
import type { Task } from "./task.entity.js";

/** Resolves Task references through the request's loader. */
export const taskReference = {
  __resolveReference: (reference: { id: string }, ctx: PortfolioContext): Promise<Task | null> => ctx.loaders.task.load(reference.id),
};
