import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, pageOf } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import { Insight } from "../analysis/insight.entity.js";
import { ProjectForecast } from "../forecast/forecast.types.js";
import { Project, projectRef } from "../project/project.stub.js";
import { RiskAssessment } from "../risk/risk.entity.js";
import { portfolioAnalysisService } from "./portfolio-analysis.service.js";
import { PortfolioAnalysis, PortfolioProjectAnalysis } from "./portfolio-analysis.types.js";

export const PortfolioProjectAnalysisConnection = Connection(PortfolioProjectAnalysis);

@Resolver(() => PortfolioAnalysis)
export class PortfolioAnalysisResolver {
  @Query(() => PortfolioAnalysis, {
    description:
      "Health, risks and forecasts across every project of the workspace, answered from the figures insights stores: the same statements for 5 projects as for 500.",
  })
  portfolioAnalysis(@Ctx() ctx: InsightsContext): Promise<PortfolioAnalysis> {
    return portfolioAnalysisService.analyse(ctx);
  }

  @FieldResolver(() => PortfolioProjectAnalysisConnection, {
    description:
      "Every project's figures, worst first: by its worst open risk, then by how far it is behind a straight line to its end date.",
  })
  projects(@Root() analysis: PortfolioAnalysis, @Args(() => PageArgs) page: PageArgs) {
    return pageOf(analysis.rows, page);
  }
}

@Resolver(() => PortfolioProjectAnalysis)
export class PortfolioProjectAnalysisResolver {
  @FieldResolver(() => Project, {
    nullable: true,
    description: "The project (resolved by portfolio); null for one portfolio no longer has, until insights hears it was deleted.",
  })
  project(@Root() row: PortfolioProjectAnalysis): Project {
    return projectRef(row.projectId);
  }

  @FieldResolver(() => [RiskAssessment], { description: "Its OPEN risks, in rule order." })
  openRisks(@Root() row: PortfolioProjectAnalysis, @Ctx() ctx: InsightsContext): Promise<RiskAssessment[]> {
    return ctx.loaders.openRisks.load(row.projectId);
  }

  @FieldResolver(() => ProjectForecast, { nullable: true, description: "Its forecast, as `Project.forecast`." })
  forecast(@Root() row: PortfolioProjectAnalysis, @Ctx() ctx: InsightsContext): Promise<ProjectForecast | null> {
    return ctx.loaders.projectForecast.load(row.projectId);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "True when its forecast's P85 falls after its end date; null without a forecast or an end date.",
  })
  async finishesAfterEndDate(@Root() row: PortfolioProjectAnalysis, @Ctx() ctx: InsightsContext): Promise<boolean | null> {
    const forecast = await ctx.loaders.projectForecast.load(row.projectId);
    if (!forecast || !row.endDate) return null;
    return forecast.p85 === null || forecast.p85.date > row.endDate;
  }

  @FieldResolver(() => Insight, { nullable: true, description: "Its latest EXECUTIVE_SUMMARY; null until an analysis wrote one." })
  latestSummary(@Root() row: PortfolioProjectAnalysis, @Ctx() ctx: InsightsContext): Promise<Insight | null> {
    return ctx.loaders.latestSummary.load(row.projectId);
  }
}
