import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { MilestoneForecast } from "../forecast/milestone-forecast.js";
import type { InsightsContext } from "../../context.js";
import { forecastService } from "../forecast/forecast.service.js";
import { ProjectForecast, VelocityWeek } from "../forecast/forecast.types.js";
import { Project } from "./project.stub.js";

/** Velocity and forecast, the fields insights adds to portfolio's Project beside its risks. */
@Resolver(() => Project)
export class ProjectForecastResolver {
  @FieldResolver(() => [VelocityWeek], {
    description:
      "Tasks completed per ISO week (UTC) over the last complete weeks, oldest first, empty weeks included: the project's throughput, from portfolio's task events.",
  })
  velocity(
    @Root() project: Project,
    @Arg("weeks", () => Int, { defaultValue: 8, description: "How many complete weeks before this one, 1 to 104 (default 8)." })
    weeks: number,
    @Ctx() ctx: InsightsContext,
  ): Promise<VelocityWeek[]> {
    return forecastService.velocity(ctx, project, weeks);
  }

  @FieldResolver(() => ProjectForecast, {
    nullable: true,
    description:
      "When the remaining tasks will be done (P50, P85, P95), from a Monte Carlo simulation over the last 12 complete weeks' throughput; null for a project without tasks, and while tasks remain and none was completed in those weeks.",
  })
  forecast(@Root() project: Project, @Ctx() ctx: InsightsContext): Promise<ProjectForecast | null> {
    return forecastService.forecast(ctx, project);
  }
}

/** The milestones' odds, on a forecast. */
@Resolver(() => ProjectForecast)
export class ProjectForecastMilestonesResolver {
  @FieldResolver(() => [MilestoneForecast], {
    nullable: true,
    description:
      "Each UPCOMING milestone of the project (soonest first) with the chance of meeting its due date, from the same draws as the finish; its remaining tasks are its linked tasks not DONE. Null when portfolio could not be asked for them (the finish dates still stand).",
  })
  milestones(@Root() forecast: ProjectForecast, @Ctx() ctx: InsightsContext): Promise<MilestoneForecast[] | null> {
    return forecastService.milestones(ctx, forecast);
  }
}
