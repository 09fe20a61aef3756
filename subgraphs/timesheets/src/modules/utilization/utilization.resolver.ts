import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, pageOf } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { CsvFile } from "../export/csv-file.types.js";
import { exportService } from "../export/export.service.js";
import { PersonProductivity, TeamProductivity } from "../productivity/productivity.types.js";
import { productivityService } from "../productivity/productivity.service.js";
import { PeriodInput } from "./period.js";
import { UtilizationFilter, UtilizationGroupBy } from "./utilization.inputs.js";
import { utilizationService } from "./utilization.service.js";
import { UtilizationReport, UtilizationRow } from "./utilization.types.js";

export const UtilizationRowConnection = Connection(UtilizationRow);
export const PersonProductivityConnection = Connection(PersonProductivity);

@Resolver(() => UtilizationReport)
export class UtilizationResolver {
  @Query(() => UtilizationReport, {
    description:
      "Hours logged against capacity over a period, grouped by person, team, project or week. MANAGER and above see everyone; a MEMBER their own figures; a VIEWER aggregates (not by person). Answers from SQL aggregates in a constant number of statements.",
  })
  utilization(
    @Arg("groupBy", () => UtilizationGroupBy, { description: "What the rows are." }) groupBy: UtilizationGroupBy,
    @Arg("period", () => PeriodInput, { description: "The days covered, at most two years." }) period: PeriodInput,
    @Arg("filter", () => UtilizationFilter, { nullable: true, description: "Only these people, team or projects." })
    filter: UtilizationFilter | null,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<UtilizationReport> {
    return utilizationService.report(ctx, groupBy, period, filter);
  }

  @FieldResolver(() => CsvFile, {
    description: "The whole report as CSV: a row per person, team, project or week (with its name), the total last.",
  })
  csv(@Root() report: UtilizationReport, @Ctx() ctx: TimesheetsContext): Promise<CsvFile> {
    return exportService.report(ctx, report);
  }

  @FieldResolver(() => UtilizationRowConnection, {
    description: "The rows: weeks in date order, anything else most utilised first.",
  })
  rows(@Root() report: UtilizationReport, @Args(() => PageArgs) page: PageArgs) {
    return pageOf(report.allRows, page);
  }
}

@Resolver(() => TeamProductivity)
export class ProductivityResolver {
  @Query(() => PersonProductivity, {
    description:
      "Your productivity over a period, compared with the people of your teams (without a team: everyone who logged time or completed a task in the workspace then). Score = TasksCompleted × 0.4 + OnTimeRate × 0.3 + UtilizationRate × 0.3 (docs/api/timesheets.md).",
  })
  myProductivity(
    @Arg("period", () => PeriodInput, { description: "The days covered, at most two years." }) period: PeriodInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<PersonProductivity> {
    return productivityService.mine(ctx, period);
  }

  @Query(() => TeamProductivity, {
    description: "Each member's productivity over a period, compared with the team's median. MANAGER and above.",
  })
  teamProductivity(
    @Arg("teamId", () => ID, { description: "The team (identity's)." }) teamId: string,
    @Arg("period", () => PeriodInput, { description: "The days covered, at most two years." }) period: PeriodInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<TeamProductivity> {
    return productivityService.team(ctx, teamId, period);
  }

  @FieldResolver(() => PersonProductivityConnection, { description: "The members, highest score first." })
  members(@Root() team: TeamProductivity, @Args(() => PageArgs) page: PageArgs) {
    return pageOf(team.allMembers, page);
  }
}
