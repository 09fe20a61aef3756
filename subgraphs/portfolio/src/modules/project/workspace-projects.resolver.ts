import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Workspace } from "../workspace/workspace.stub.js";
import { ProjectFilter, ProjectOrder } from "./project.inputs.js";
import { projectService } from "./project.service.js";
import { ProjectConnection } from "./project.types.js";

/**
 * `Workspace.projects`: the project module adds it to workspaces' Workspace (workspace.stub.ts), which
 * sits below project and so knows no projects (src/modules/module-order.test.ts).
 */
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
