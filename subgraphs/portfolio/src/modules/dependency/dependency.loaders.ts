import { groupLoader } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { TaskDependency } from "./task-dependency.entity.js";

function create(ctx: PortfolioContext) {
  const order = { createdAt: "asc", id: "asc" } as const;
  return {
    /** The dependencies in which each task is the successor: what it waits for. */
    bySuccessor: groupLoader(ctx.em, TaskDependency, "successor", order),
    /** The dependencies in which each task is the predecessor: what waits for it. */
    byPredecessor: groupLoader(ctx.em, TaskDependency, "predecessor", order),
  };
}

const perRequest = new WeakMap<object, ReturnType<typeof create>>();

/**
 * The request-scoped DataLoaders of the dependency module, created on first use and kept with the
 * request's context (so `Task.dependencies` over a list of tasks is two statements, not 2 × N).
 * Kept here rather than in context.ts so the module stays self-contained.
 */
export function dependencyLoaders(ctx: PortfolioContext): ReturnType<typeof create> {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
