import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, nullIfNotFound } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Milestone } from "../milestone/milestone.entity.js";
import { User, userRef } from "../user/user.stub.js";
import { Workspace } from "../workspace/workspace.stub.js";
import { Project } from "./project.entity.js";
import {
  CreateProjectInput,
  DeleteProjectInput,
  DeleteProjectPayload,
  ProjectFilter,
  ProjectOrder,
  ProjectPayload,
  UpdateProjectInput,
} from "./project.inputs.js";
import { projectService } from "./project.service.js";

export const ProjectConnection = Connection(Project);

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: "A project of the current workspace; null when there is none with this id." })
  async project(@Arg("id", () => ID) id: string, @Ctx() ctx: PortfolioContext): Promise<Project | null> {
    return nullIfNotFound(projectService.get(ctx, id));
  }

  @Query(() => ProjectConnection, { description: "The current workspace's projects." })
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

  @FieldResolver(() => Workspace)
  workspace(@Root() project: Project): Workspace {
    return { id: project.workspaceId };
  }

  @FieldResolver(() => [Milestone], { description: "Milestones by due date." })
  milestones(@Root() project: Project, @Ctx() ctx: PortfolioContext): Promise<Milestone[]> {
    return ctx.loaders.milestonesByProject.load(project.id);
  }

  @FieldResolver(() => Float, { description: "0-100: leaf tasks' completion weighted by estimate." })
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
