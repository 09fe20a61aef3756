import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { User } from "../user/user.stub.js";
import { Project } from "./project.entity.js";
import { PostProjectStatusUpdateInput, ProjectActionInput } from "./project.inputs.js";
import { PostProjectStatusUpdatePayload, ProjectPayload, ProjectStatusUpdateConnection } from "./project.types.js";
import { projectLifecycleService } from "./project-lifecycle.service.js";
import { ProjectStatusUpdate } from "./project-status-update.entity.js";

/** Status reports, archiving and restoring. */
@Resolver(() => Project)
export class ProjectLifecycleResolver {
  @Mutation(() => PostProjectStatusUpdatePayload, { description: "Reports on a project; its health becomes the project's." })
  async postProjectStatusUpdate(
    @Arg("input", () => PostProjectStatusUpdateInput, { description: "The project, its health and the report." })
    input: PostProjectStatusUpdateInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<PostProjectStatusUpdatePayload> {
    return projectLifecycleService.postStatusUpdate(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: "Archives a project: read-only, and left out of `projects` unless asked for." })
  async archiveProject(
    @Arg("input", () => ProjectActionInput, { description: "The project to archive." }) input: ProjectActionInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<ProjectPayload> {
    return { project: await projectLifecycleService.archive(ctx, input) };
  }

  @Mutation(() => ProjectPayload, { description: "Restores an archived project." })
  async restoreProject(
    @Arg("input", () => ProjectActionInput, { description: "The project to restore." }) input: ProjectActionInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<ProjectPayload> {
    return { project: await projectLifecycleService.restore(ctx, input) };
  }

  @FieldResolver(() => ProjectStatusUpdateConnection, { description: "Status updates, newest first." })
  statusUpdates(@Root() project: Project, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: PortfolioContext) {
    return projectLifecycleService.statusUpdates(ctx, project, page);
  }
}

/** ProjectStatusUpdate's references. */
@Resolver(() => ProjectStatusUpdate)
export class ProjectStatusUpdateResolver {
  @FieldResolver(() => User, { description: "Who posted it." })
  author(@Root() update: ProjectStatusUpdate): User {
    return { id: update.authorId };
  }

  @FieldResolver(() => Project, { description: "The project it reports on." })
  async project(@Root() update: ProjectStatusUpdate, @Ctx() ctx: PortfolioContext): Promise<Project> {
    return (await ctx.loaders.project.load(update.project.id))!;
  }
}
