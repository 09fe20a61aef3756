import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { PortfolioContext } from "../../context.js";
import { Task } from "../task/task.entity.js";
import type { TaskView } from "../task/task.rows.js";
import { dependencyLoaders } from "./dependency.loaders.js";
import { AddTaskDependencyInput, RemoveTaskDependencyInput } from "./dependency.inputs.js";
import { RemoveTaskDependencyPayload, TaskDependencies, TaskDependencyPayload } from "./dependency.types.js";
import { dependencyService } from "./dependency.service.js";
import { TaskDependency } from "./task-dependency.entity.js";

@Resolver(() => TaskDependency)
export class TaskDependencyResolver {
  @Mutation(() => TaskDependencyPayload, {
    description: "Makes a task depend on another of its project; refused when it would close a cycle (the cycle is named).",
  })
  async addTaskDependency(
    @Arg("input", () => AddTaskDependencyInput, { description: "The two tasks, the type and the lag." }) input: AddTaskDependencyInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<TaskDependencyPayload> {
    return { dependency: await dependencyService.add(ctx, input) };
  }

  @Mutation(() => RemoveTaskDependencyPayload, { description: "Removes a dependency between two tasks. Needs MEMBER or above." })
  async removeTaskDependency(
    @Arg("input", () => RemoveTaskDependencyInput, { description: "The dependency to remove." }) input: RemoveTaskDependencyInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<RemoveTaskDependencyPayload> {
    return { removedDependencyId: await dependencyService.remove(ctx, input) };
  }

  @FieldResolver(() => Task, { description: "The task that comes first." })
  async predecessor(@Root() dependency: TaskDependency, @Ctx() ctx: PortfolioContext): Promise<Task> {
    return (await ctx.loaders.task.load(dependency.predecessor.id))!;
  }

  @FieldResolver(() => Task, { description: "The task that waits for it." })
  async successor(@Root() dependency: TaskDependency, @Ctx() ctx: PortfolioContext): Promise<Task> {
    return (await ctx.loaders.task.load(dependency.successor.id))!;
  }
}

/** Task.dependencies: batched over every task of a response (two statements whatever the number of tasks). */
@Resolver(() => Task)
export class TaskDependenciesResolver {
  @FieldResolver(() => TaskDependencies, { description: "The tasks this one waits for, and those that wait for it." })
  async dependencies(@Root() task: TaskView, @Ctx() ctx: PortfolioContext): Promise<TaskDependencies> {
    const loaders = dependencyLoaders(ctx);
    const [predecessors, successors] = await Promise.all([loaders.bySuccessor.load(task.id), loaders.byPredecessor.load(task.id)]);
    return { predecessors, successors };
  }
}
