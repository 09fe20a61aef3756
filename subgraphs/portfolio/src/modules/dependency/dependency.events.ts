import { portfolioEvents } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { TaskDependency } from "./task-dependency.entity.js";

/** The events of the dependency module, on the `plateau:events:portfolio` stream. */
export const dependencyEvents = {
  added: portfolioEvents.taskDependencyAdded,
  removed: portfolioEvents.taskDependencyRemoved,
};

/** Records that `dependency` was added or removed, in the unit of work of `ctx.em`. */
export function recordDependencyChanged(ctx: PortfolioContext, change: "added" | "removed", dependency: TaskDependency): void {
  recordEvent(ctx, {
    type: dependencyEvents[change],
    subject: { typename: "Task", id: dependency.successor.id },
    data: {
      dependencyId: dependency.id,
      projectId: dependency.project.id,
      predecessorId: dependency.predecessor.id,
      successorId: dependency.successor.id,
      type: dependency.type,
      lagDays: dependency.lagDays,
    },
  });
}
