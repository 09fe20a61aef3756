import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Project } from "../project/project.entity.js";
import { Task } from "../task/task.entity.js";
import type { TaskView } from "../task/task.rows.js";
import { User, userRef } from "../user/user.stub.js";
import { ActivityEntry } from "./activity-entry.entity.js";
import { activityConditions } from "./activity.filter.js";
import { ActivityFilter } from "./activity.inputs.js";
import { ActivityEntryConnection } from "./activity.types.js";
import { activityLoaders } from "./activity.loaders.js";
// Registers the activity log with the kit's audit subscriber (written in the flush of every change).
import "./activity.recorder.js";

@Resolver(() => ActivityEntry)
export class ActivityEntryResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who made the change; null for background work." })
  actor(@Root() entry: ActivityEntry): User | null {
    return userRef(entry.actorId);
  }
}

/** Task.activity: the task's changes (and its comments' and dependencies'), newest first; batched across tasks. */
@Resolver(() => Task)
export class TaskActivityResolver {
  @FieldResolver(() => ActivityEntryConnection, { description: "Changes to this task, its comments and dependencies, newest first." })
  activity(@Root() task: TaskView, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: PortfolioContext) {
    return activityLoaders(ctx).byTask.load({ key: task.id, page });
  }
}

/** Project.activity: everything that changed in the project, newest first; batched across projects. */
@Resolver(() => Project)
export class ProjectActivityResolver {
  @FieldResolver(() => ActivityEntryConnection, {
    description: "Changes to this project and everything in it (tasks, comments, milestones, dependencies), newest first.",
  })
  activity(
    @Root() project: Project,
    @Arg("filter", () => ActivityFilter, { nullable: true, description: "Only changes that match; omit for all." })
    filter: ActivityFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PortfolioContext,
  ) {
    const conditions = activityConditions(filter);
    return activityLoaders(ctx).byProject.load({
      key: project.id,
      page,
      where: { conditions, signature: JSON.stringify(conditions) },
    });
  }
}
