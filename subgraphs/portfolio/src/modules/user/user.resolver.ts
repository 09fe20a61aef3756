import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { TaskFilter, TaskOrder } from "../task/task.inputs.js";
import { TaskConnection } from "../task/task.resolver.js";
import { taskService } from "../task/task.service.js";
import { User } from "./user.stub.js";

/** The fields portfolio adds to identity's User. */
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
    return taskService.list(ctx, filter, orderBy, page, { assigneeId: user.id });
  }
}

/** User references need no lookup: portfolio only adds fields keyed by the id. */
export const userReference = {
  __resolveReference: (reference: { id: string }): User => ({ id: reference.id }),
};
