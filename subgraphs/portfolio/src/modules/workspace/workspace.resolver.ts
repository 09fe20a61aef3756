import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { ProjectFilter, ProjectOrder } from "../project/project.inputs.js";
import { ProjectConnection } from "../project/project.resolver.js";
import { projectService } from "../project/project.service.js";
import { Workspace } from "./workspace.stub.js";

/** The fields portfolio adds to Workspace. */
@Resolver(() => Workspace)
export class WorkspaceProjectsResolver {
  @FieldResolver(() => ProjectConnection, { description: "The workspace's projects (only the viewer's own workspace has any)." })
  projects(
    @Root() workspace: Workspace,
    @Arg("filter", () => ProjectFilter, { nullable: true, description: "Only projects that match; omit for all unarchived ones." })
    filter: ProjectFilter | undefined,
    @Arg("orderBy", () => ProjectOrder, { nullable: true, description: "The order (default: oldest first)." })
    orderBy: ProjectOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PortfolioContext,
  ) {
    return projectService.list(ctx, filter, orderBy, page, { workspaceId: workspace.id });
  }
}

export const workspaceReference = {
  __resolveReference: (reference: { id: string }): Workspace => ({ id: reference.id }),
};
