import DataLoader from "dataloader";
import type { PortfolioContext } from "../../context.js";
import type { Task } from "../task/task.entity.js";
import { MilestoneTask } from "./milestone-task.entity.js";

function create(ctx: PortfolioContext) {
  return {
    /** The tasks linked to each milestone, in the order they were linked: one statement per batch. */
    tasksByMilestone: new DataLoader<string, Task[]>(async (milestoneIds) => {
      const links = await ctx.em.find(
        MilestoneTask,
        { milestone: { $in: [...milestoneIds] } },
        { populate: ["task"], orderBy: { createdAt: "asc", id: "asc" } },
      );
      const groups = new Map<string, Task[]>(milestoneIds.map((id) => [id, []]));
      for (const link of links) groups.get(link.milestone.id)?.push(link.task.getEntity());
      return milestoneIds.map((id) => groups.get(id) ?? []);
    }),
  };
}

const perRequest = new WeakMap<object, ReturnType<typeof create>>();

/** The milestone module's request-scoped DataLoaders, created on first use and kept with the request's context. */
export function milestoneLoaders(ctx: PortfolioContext): ReturnType<typeof create> {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
