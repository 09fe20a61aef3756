import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, parseId, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import { InsightKind } from "../analysis/analysis.enums.js";
import { Insight } from "../analysis/insight.entity.js";
import { Project } from "./project.stub.js";

export const InsightConnection = Connection(Insight);

/** The insights analyses wrote about a project, on portfolio's Project. */
@Resolver(() => Project)
export class ProjectInsightsResolver {
  @FieldResolver(() => InsightConnection, { description: "The insights analyses wrote about this project, newest first." })
  insights(
    @Root() project: Project,
    @Arg("kind", () => InsightKind, { nullable: true, description: "Only insights of this kind; omit for all." }) kind: InsightKind | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: InsightsContext,
  ) {
    requireWorkspaceId(ctx);
    return ctx.loaders.projectInsights.load({
      key: parseId(project.id, "representations.id"),
      page,
      where: kind ? { conditions: [{ sql: "t.kind = ?", params: [kind] }], signature: kind } : undefined,
    });
  }

  @FieldResolver(() => Insight, {
    nullable: true,
    description: "The project's latest EXECUTIVE_SUMMARY (see its `source`: MODEL or RULES); null until an analysis wrote one.",
  })
  latestSummary(@Root() project: Project, @Ctx() ctx: InsightsContext): Promise<Insight | null> {
    requireWorkspaceId(ctx);
    return ctx.loaders.latestSummary.load(parseId(project.id, "representations.id"));
  }
}
