import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { User } from "../user/user.stub.js";
import { TaskFilter, TaskOrder } from "./task.inputs.js";
import { TaskConnection } from "./task.types.js";
import { taskService } from "./task.service.js";

/**
 * `User.assignedTasks`: the task module adds it to identity's User (user.stub.ts), which sits below
 * every module that points at a user and so knows no tasks (src/modules/module-order.test.ts).
 */
@Resolver(() => User)
export class UserTasksResolver {
  @FieldResolver(() => TaskConnection, { description: "Tasks assigned to this user in the current workspace." })
  assignedTasks(
    @Root() user: User,
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Only tasks that match; omit for all of the user's." })
    filter: TaskFilter | undefined,
    @Arg("orderBy", () => TaskOrder, { nullable: true, description: "The order (default: oldest first)." }) orderBy: TaskOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PortfolioContext,
  ) {
    return taskService.list(ctx, filter, orderBy, page, { scope: "assigneeId", key: user.id });
  }
}
