import { defineEventType } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { DependencyType, TaskDependency } from "./task-dependency.entity.js";

/** `portfolio.task.dependency_added` / `_removed`: the subject is the successor task, whose schedule it binds. */
export interface TaskDependencyChanged {
  dependencyId: string;
  projectId: string;
  predecessorId: string;
  successorId: string;
  type: DependencyType;
  lagDays: number;
}

/** The events of the dependency module, on the `plateau:events:portfolio` stream. */
export const dependencyEvents = {
  added: defineEventType<TaskDependencyChanged>("portfolio.task.dependency_added"),
  removed: defineEventType<TaskDependencyChanged>("portfolio.task.dependency_removed"),
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
