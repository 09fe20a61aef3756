import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { parseId, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import { Project, projectRef } from "../project/project.stub.js";
import { User, userRef } from "../user/user.stub.js";
import { AnalysisRequest } from "./analysis-request.entity.js";
import { Insight } from "./insight.entity.js";
import { InsightCitation, InsightRecommendation, InsightRisk } from "./insight.types.js";

@Resolver(() => Insight)
export class InsightResolver {
  @Query(() => Insight, { nullable: true, description: "An insight of the current workspace; null when there is none with this id." })
  insight(@Arg("id", () => ID, { description: "The insight's id." }) id: string, @Ctx() ctx: InsightsContext): Promise<Insight | null> {
    requireWorkspaceId(ctx);
    return ctx.loaders.insight.load(parseId(id, "id"));
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project it is about (resolved by portfolio); null for the portfolio." })
  project(@Root() insight: Insight): Project | null {
    return insight.projectId ? projectRef(insight.projectId) : null;
  }

  @FieldResolver(() => AnalysisRequest, { description: "The analysis request that wrote it." })
  async request(@Root() insight: Insight, @Ctx() ctx: InsightsContext): Promise<AnalysisRequest> {
    return (await ctx.loaders.analysisRequest.load(insight.requestId))!;
  }

  @FieldResolver(() => User, { description: "Who asked for the analysis that wrote it (resolved by identity)." })
  createdBy(@Root() insight: Insight): User {
    return userRef(insight.createdById);
  }

  @FieldResolver(() => [InsightRisk], { description: "RISK_ASSESSMENT: the risks, worst first; empty for the other kinds." })
  risks(@Root() insight: Insight): InsightRisk[] {
    return insight.risks;
  }

  @FieldResolver(() => [InsightRecommendation], {
    description: "RECOMMENDATIONS: the actions, most urgent first; empty for the other kinds.",
  })
  recommendations(@Root() insight: Insight): InsightRecommendation[] {
    return insight.recommendations;
  }

  @FieldResolver(() => [InsightCitation], { description: "The facts it relies on, among those the analysis gathered." })
  citations(@Root() insight: Insight): InsightCitation[] {
    return insight.citations;
  }
}
