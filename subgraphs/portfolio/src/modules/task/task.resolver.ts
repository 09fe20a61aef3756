import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, nullIfNotFound, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Project } from "../project/project.entity.js";
import { User, userRef } from "../user/user.stub.js";
import { Task } from "./task.entity.js";
import type { TaskView } from "./task.rows.js";
import { CreateTaskInput, DeleteTaskInput, TaskFilter, TaskOrder, UpdateTaskInput } from "./task.inputs.js";
import { DeleteTaskPayload, TaskConnection, TaskPayload, TaskTreeNode } from "./task.types.js";
import { taskService } from "./task.service.js";
import { AssigneeSuggestion, Skill, TaskSkillRequirement } from "./task.skills.js";
import { rankAssignees } from "./task.suggestions.js";
import { treeLoaders } from "./task.tree.js";

/** Loads tasks by id, dropping any that vanished between two statements of the request. */
async function tasksByIds(ctx: PortfolioContext, ids: string[]): Promise<Task[]> {
  return (await ctx.loaders.task.loadMany(ids)).filter((task): task is Task => task instanceof Object && !(task instanceof Error));
}

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => Task, { nullable: true, description: "A task of the current workspace; null when there is none with this id." })
  async task(@Arg("id", () => ID, { description: "The task's id." }) id: string, @Ctx() ctx: PortfolioContext): Promise<Task | null> {
    return nullIfNotFound(taskService.get(ctx, id));
  }

  @Query(() => TaskConnection, { description: "Tasks of the current workspace, across projects." })
  tasks(
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Only tasks that match; omit for all." })
    filter: TaskFilter | undefined,
    @Arg("orderBy", () => TaskOrder, { nullable: true, description: "The order (default: oldest first)." }) orderBy: TaskOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PortfolioContext,
  ) {
    return taskService.list(ctx, filter, orderBy, page, { scope: "workspaceId", key: requireWorkspaceId(ctx) });
  }

  @Mutation(() => TaskPayload, {
    description: "Creates a task (or, with `parentId`, a subtask) at the end of its board column. Needs MEMBER or above.",
  })
  async createTask(
    @Arg("input", () => CreateTaskInput, { description: "The new task's fields." }) input: CreateTaskInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<TaskPayload> {
    return { task: await taskService.create(ctx, input) };
  }

  @Mutation(() => TaskPayload, {
    description: "Edits a task; a new status moves its card to that column, a new `parentId` moves its subtree. Needs MEMBER or above.",
  })
  async updateTask(
    @Arg("input", () => UpdateTaskInput, { description: "The task and the fields to change." }) input: UpdateTaskInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<TaskPayload> {
    return { task: await taskService.update(ctx, input) };
  }

  @Mutation(() => DeleteTaskPayload, { description: "Deletes the task and its subtasks." })
  async deleteTask(
    @Arg("input", () => DeleteTaskInput, { description: "The task to delete." }) input: DeleteTaskInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<DeleteTaskPayload> {
    return { deletedTaskId: await taskService.remove(ctx, input) };
  }

  @FieldResolver(() => Project, { description: "The project the task belongs to." })
  async project(@Root() task: TaskView, @Ctx() ctx: PortfolioContext): Promise<Project> {
    return (await ctx.loaders.project.load(task.project.id))!;
  }

  @FieldResolver(() => Task, { nullable: true, description: "The task this one is a subtask of; null for a top-level task." })
  parent(@Root() task: TaskView, @Ctx() ctx: PortfolioContext): Promise<Task | null> | null {
    return task.parent ? ctx.loaders.task.load(task.parent.id) : null;
  }

  @FieldResolver(() => [Task], { description: "Direct subtasks, oldest first." })
  children(@Root() task: TaskView, @Ctx() ctx: PortfolioContext): Promise<TaskView[]> {
    return ctx.loaders.childrenByParent.load(task.id);
  }

  @FieldResolver(() => [Task], { description: "The tasks above this one, the top-level task first and the parent last." })
  async ancestors(@Root() task: TaskView, @Ctx() ctx: PortfolioContext): Promise<Task[]> {
    const ids = await treeLoaders(ctx, requireWorkspaceId(ctx)).ancestorIds.load(task.id);
    return tasksByIds(ctx, [...ids].reverse());
  }

  @FieldResolver(() => Int, { description: "How deep the task sits: 0 for a top-level task, 1 for its subtasks, …" })
  async depth(@Root() task: TaskView, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await treeLoaders(ctx, requireWorkspaceId(ctx)).ancestorIds.load(task.id)).length;
  }

  @FieldResolver(() => [TaskTreeNode], {
    description: "Every task below this one, depth first (each task followed by its subtree; siblings oldest first).",
  })
  async descendants(@Root() task: TaskView, @Ctx() ctx: PortfolioContext): Promise<TaskTreeNode[]> {
    const nodes = await treeLoaders(ctx, requireWorkspaceId(ctx)).descendants.load(task.id);
    const tasks = new Map(
      (
        await tasksByIds(
          ctx,
          nodes.map((node) => node.id),
        )
      ).map((found) => [found.id, found]),
    );
    return nodes.flatMap((node) => (tasks.has(node.id) ? [{ depth: node.depth, task: tasks.get(node.id)! }] : []));
  }

  @FieldResolver(() => Int, { description: "How many tasks are below this one, at any depth." })
  async descendantCount(@Root() task: TaskView, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await treeLoaders(ctx, requireWorkspaceId(ctx)).counts.load(task.id)).descendantCount;
  }

  @FieldResolver(() => Int, { description: "How many tasks below this one, at any depth, are not DONE." })
  async openDescendantCount(@Root() task: TaskView, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await treeLoaders(ctx, requireWorkspaceId(ctx)).counts.load(task.id)).openDescendantCount;
  }

  @FieldResolver(() => [Skill], { description: "The identity skills the work needs (see `skillRequirements` for the levels)." })
  requiredSkills(@Root() task: TaskView): Skill[] {
    return task.requiredSkills.map((requirement) => ({ id: requirement.skillId }));
  }

  @FieldResolver(() => [TaskSkillRequirement], { description: "The required skills with the lowest level that will do." })
  skillRequirements(@Root() task: TaskView): TaskSkillRequirement[] {
    return task.requiredSkills.map((requirement) => ({ skill: { id: requirement.skillId }, minLevel: requirement.minLevel }));
  }

  @FieldResolver(() => [AssigneeSuggestion], {
    description:
      "Workspace members (not VIEWERs; the first 100 members) best suited to the task, best first. score = 100 × share of the " +
      "required skills held at the level needed (0 when none are required) + 5 × levels above the minimum summed over those " +
      "skills − 5 × open tasks assigned − 1 × open remaining estimate in hours. Ties: fewer open hours, fewer open tasks, user id.",
  })
  suggestedAssignees(
    @Root() task: TaskView,
    @Arg("first", () => Int, { defaultValue: 5, description: "How many, 1 to 100." }) first: number,
    @Ctx() ctx: PortfolioContext,
  ): Promise<AssigneeSuggestion[]> {
    return rankAssignees(ctx, task, first);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who does the task; null when unassigned." })
  assignee(@Root() task: TaskView): User | null {
    return userRef(task.assigneeId);
  }
}

/** Project.tasks: the project's tasks, paginated and filterable. */
@Resolver(() => Project)
export class ProjectTasksResolver {
  @FieldResolver(() => TaskConnection, { description: "The project's tasks, subtasks included, a page at a time." })
  tasks(
    @Root() project: Project,
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Only tasks that match; omit for all of the project's." })
    filter: TaskFilter | undefined,
    @Arg("orderBy", () => TaskOrder, { nullable: true, description: "The order (default: oldest first)." }) orderBy: TaskOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PortfolioContext,
  ) {
    return taskService.list(ctx, filter, orderBy, page, { scope: "project", key: project.id });
  }
}
