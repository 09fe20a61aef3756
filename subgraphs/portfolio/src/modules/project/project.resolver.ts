import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, daysBetween, nullIfNotFound } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { ProjectCategory } from "../category/category.entity.js";
import { User, userRef } from "../user/user.stub.js";
import { Workspace } from "../workspace/workspace.stub.js";
import { formatAmount } from "./project.budget.js";
import { Project } from "./project.entity.js";
import {
  Budget,
  CreateProjectInput,
  DeleteProjectInput,
  DeleteProjectPayload,
  ProjectFilter,
  ProjectOrder,
  ProjectPayload,
  UpdateProjectInput,
} from "./project.inputs.js";
import { projectService } from "./project.service.js";
import { Team, teamRef } from "./team.stub.js";

export const ProjectConnection = Connection(Project);

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: "A project of the current workspace; null when there is none with this id." })
  async project(@Arg("id", () => ID) id: string, @Ctx() ctx: PortfolioContext): Promise<Project | null> {
    return nullIfNotFound(projectService.get(ctx, id));
  }

  @Query(() => ProjectConnection, { description: "The current workspace's projects; archived ones only when the filter asks for them." })
  projects(
    @Arg("filter", () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Arg("orderBy", () => ProjectOrder, { nullable: true }) orderBy: ProjectOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PortfolioContext,
  ) {
    return projectService.list(ctx, filter, orderBy, page);
  }

  @Mutation(() => ProjectPayload)
  async createProject(
    @Arg("input", () => CreateProjectInput) input: CreateProjectInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<ProjectPayload> {
    return { project: await projectService.create(ctx, input) };
  }

  @Mutation(() => ProjectPayload)
  async updateProject(
    @Arg("input", () => UpdateProjectInput) input: UpdateProjectInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<ProjectPayload> {
    return { project: await projectService.update(ctx, input) };
  }

  @Mutation(() => DeleteProjectPayload, { description: "Deletes the project with its tasks and milestones." })
  async deleteProject(
    @Arg("input", () => DeleteProjectInput) input: DeleteProjectInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<DeleteProjectPayload> {
    return { deletedProjectId: await projectService.remove(ctx, input) };
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() project: Project): User | null {
    return userRef(project.ownerId);
  }

  @FieldResolver(() => Team, { nullable: true, description: "The identity Team working on it." })
  team(@Root() project: Project): Team | null {
    return teamRef(project.teamId);
  }

  @FieldResolver(() => ProjectCategory, { nullable: true })
  category(@Root() project: Project, @Ctx() ctx: PortfolioContext): Promise<ProjectCategory | null> | null {
    return project.category ? ctx.loaders.category.load(project.category.id) : null;
  }

  @FieldResolver(() => Budget, { nullable: true })
  budget(@Root() project: Project): Budget | null {
    if (project.budgetAmount === null || project.budgetCurrency === null) return null;
    return { amount: formatAmount(String(project.budgetAmount), project.budgetCurrency), currency: project.budgetCurrency };
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

  @FieldResolver(() => Workspace)
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

  @FieldResolver(() => Int)
  async taskCount(@Root() project: Project, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await ctx.loaders.projectStats.load(project.id)).taskCount;
  }

  @FieldResolver(() => Int)
  async blockedTaskCount(@Root() project: Project, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await ctx.loaders.projectStats.load(project.id)).blockedTaskCount;
  }
}
