import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Budget, budgetOf, PageArgs, daysBetween, nullIfNotFound } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { ProjectCategory } from "../category/category.entity.js";
import { User, userRef } from "../user/user.stub.js";
import { Workspace } from "../workspace/workspace.stub.js";
import { Project } from "./project.entity.js";
import { CreateProjectInput, DeleteProjectInput, ProjectFilter, ProjectOrder, UpdateProjectInput } from "./project.inputs.js";
import { DeleteProjectPayload, ProjectConnection, ProjectPayload } from "./project.types.js";
import { projectService } from "./project.service.js";
import { Team, teamRef } from "./team.stub.js";

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: "A project of the current workspace; null when there is none with this id." })
  async project(
    @Arg("id", () => ID, { description: "The project's id." }) id: string,
    @Ctx() ctx: PortfolioContext,
  ): Promise<Project | null> {
    return nullIfNotFound(projectService.get(ctx, id));
  }

  @Query(() => ProjectConnection, { description: "The current workspace's projects; archived ones only when the filter asks for them." })
  projects(
    @Arg("filter", () => ProjectFilter, { nullable: true, description: "Only projects that match; omit for all unarchived ones." })
    filter: ProjectFilter | undefined,
    @Arg("orderBy", () => ProjectOrder, { nullable: true, description: "The order (default: oldest first)." })
    orderBy: ProjectOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PortfolioContext,
  ) {
    return projectService.list(ctx, filter, orderBy, page);
  }

  @Mutation(() => ProjectPayload, {
    description:
      "Creates a project in the current workspace, owned by the caller unless `ownerId` says otherwise. Needs MANAGER or above; CONFLICT when the key is taken.",
  })
  async createProject(
    @Arg("input", () => CreateProjectInput, { description: "The new project's fields." }) input: CreateProjectInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<ProjectPayload> {
    return { project: await projectService.create(ctx, input) };
  }

  @Mutation(() => ProjectPayload, { description: "Edits a project's details, dates, budget, owner or team. Needs MANAGER or above." })
  async updateProject(
    @Arg("input", () => UpdateProjectInput, { description: "The project and the fields to change." }) input: UpdateProjectInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<ProjectPayload> {
    return { project: await projectService.update(ctx, input) };
  }

  @Mutation(() => DeleteProjectPayload, { description: "Deletes the project with its tasks and milestones." })
  async deleteProject(
    @Arg("input", () => DeleteProjectInput, { description: "The project to delete." }) input: DeleteProjectInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<DeleteProjectPayload> {
    return { deletedProjectId: await projectService.remove(ctx, input) };
  }

  @FieldResolver(() => User, { nullable: true, description: "Who is accountable for the project; null when nobody is." })
  owner(@Root() project: Project): User | null {
    return userRef(project.ownerId);
  }

  @FieldResolver(() => Team, { nullable: true, description: "The identity Team working on it." })
  team(@Root() project: Project): Team | null {
    return teamRef(project.teamId);
  }

  @FieldResolver(() => ProjectCategory, {
    nullable: true,
    description: "The workspace category the project is filed under; null for none.",
  })
  category(@Root() project: Project, @Ctx() ctx: PortfolioContext): Promise<ProjectCategory | null> | null {
    return project.category ? ctx.loaders.category.load(project.category.id) : null;
  }

  @FieldResolver(() => Budget, { nullable: true, description: "Its budget; null when none was set." })
  budget(@Root() project: Project): Budget | null {
    return budgetOf(project.budgetAmount === null ? null : String(project.budgetAmount), project.budgetCurrency);
  }

  @FieldResolver(() => Boolean, { description: "Archived projects are read-only and left out of `projects` unless asked for." })
  archived(@Root() project: Project): boolean {
    return project.archivedAt !== null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Days the planned end lies after the baseline end (negative: ahead); null without both dates.",
  })
  scheduleSlipDays(@Root() project: Project): number | null {
    return project.endDate && project.baselineEndDate ? daysBetween(project.baselineEndDate, project.endDate) : null;
  }

  @FieldResolver(() => Workspace, { description: "The workspace the project belongs to." })
  workspace(@Root() project: Project): Workspace {
    return { id: project.workspaceId };
  }

  @FieldResolver(() => Float, {
    description:
      "0-100: the completion of its leaf tasks (DONE counts 100), weighted by estimated hours; a task without an estimate weighs 1 hour.",
  })
  async progress(@Root() project: Project, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await ctx.loaders.projectStats.load(project.id)).progress;
  }

  @FieldResolver(() => Int, { description: "How many tasks the project has, subtasks included." })
  async taskCount(@Root() project: Project, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await ctx.loaders.projectStats.load(project.id)).taskCount;
  }

  @FieldResolver(() => Int, { description: "How many of its tasks are BLOCKED." })
  async blockedTaskCount(@Root() project: Project, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await ctx.loaders.projectStats.load(project.id)).blockedTaskCount;
  }
}
