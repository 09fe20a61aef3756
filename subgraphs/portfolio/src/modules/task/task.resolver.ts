import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, nullIfNotFound } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Project } from "../project/project.entity.js";
import { User, userRef } from "../user/user.stub.js";
import { Task } from "./task.entity.js";
import { CreateTaskInput, DeleteTaskInput, DeleteTaskPayload, TaskFilter, TaskOrder, TaskPayload, UpdateTaskInput } from "./task.inputs.js";
import { taskService } from "./task.service.js";

export const TaskConnection = Connection(Task);

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => Task, { nullable: true, description: "A task of the current workspace; null when there is none with this id." })
  async task(@Arg("id", () => ID) id: string, @Ctx() ctx: PortfolioContext): Promise<Task | null> {
    return nullIfNotFound(taskService.get(ctx, id));
  }

  @Query(() => TaskConnection, { description: "Tasks of the current workspace, across projects." })
  tasks(
    @Arg("filter", () => TaskFilter, { nullable: true }) filter: TaskFilter | undefined,
    @Arg("orderBy", () => TaskOrder, { nullable: true }) orderBy: TaskOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PortfolioContext,
  ) {
    return taskService.list(ctx, filter, orderBy, page);
  }

  @Mutation(() => TaskPayload)
  async createTask(@Arg("input", () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: PortfolioContext): Promise<TaskPayload> {
    return { task: await taskService.create(ctx, input) };
  }

  @Mutation(() => TaskPayload)
  async updateTask(@Arg("input", () => UpdateTaskInput) input: UpdateTaskInput, @Ctx() ctx: PortfolioContext): Promise<TaskPayload> {
    return { task: await taskService.update(ctx, input) };
  }

  @Mutation(() => DeleteTaskPayload, { description: "Deletes the task and its subtasks." })
  async deleteTask(@Arg("input", () => DeleteTaskInput) input: DeleteTaskInput, @Ctx() ctx: PortfolioContext): Promise<DeleteTaskPayload> {
    return { deletedTaskId: await taskService.remove(ctx, input) };
  }

  @FieldResolver(() => Project)
  async project(@Root() task: Task, @Ctx() ctx: PortfolioContext): Promise<Project> {
    return (await ctx.loaders.project.load(task.project.id))!;
  }

  @FieldResolver(() => Task, { nullable: true })
  parent(@Root() task: Task, @Ctx() ctx: PortfolioContext): Promise<Task | null> | null {
    return task.parent ? ctx.loaders.task.load(task.parent.id) : null;
  }

  @FieldResolver(() => [Task], { description: "Direct subtasks, oldest first." })
  children(@Root() task: Task, @Ctx() ctx: PortfolioContext): Promise<Task[]> {
    return ctx.loaders.childrenByParent.load(task.id);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() task: Task): User | null {
    return userRef(task.assigneeId);
  }
}

/** Project.tasks: the project's tasks, paginated and filterable. */
@Resolver(() => Project)
export class ProjectTasksResolver {
  @FieldResolver(() => TaskConnection)
  tasks(
    @Root() project: Project,
    @Arg("filter", () => TaskFilter, { nullable: true }) filter: TaskFilter | undefined,
    @Arg("orderBy", () => TaskOrder, { nullable: true }) orderBy: TaskOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PortfolioContext,
  ) {
    return taskService.list(ctx, filter, orderBy, page, { project: project.id });
  }
}
