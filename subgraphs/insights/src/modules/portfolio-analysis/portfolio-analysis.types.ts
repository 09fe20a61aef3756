import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { RiskSeverity } from "../risk/risk.enums.js";

/** How a project stands by its open risks. */
export enum RiskHealth {
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
  OFF_TRACK = "OFF_TRACK",
}
registerEnumType(RiskHealth, {
  name: "RiskHealth",
  description: "How a project stands by the rules' open risks (portfolio's `health` is what people set).",
  valuesConfig: {
    ON_TRACK: { description: "No open risk above LOW." },
    AT_RISK: { description: "Its worst open risk is MEDIUM." },
    OFF_TRACK: { description: "An open risk is HIGH or CRITICAL." },
  },
});

/** A project's row of the portfolio analysis, from insights' stored figures. */
@ObjectType({ description: "One project in the portfolio analysis: its figures as insights last evaluated them." })
export class PortfolioProjectAnalysis {
  /** The project's id, as a page's cursor reads it. */
  id!: string;

  @Field(() => ID, { description: "The project's id (also `project`)." })
  projectId!: string;

  @Field(() => RiskHealth, { description: "How it stands by its open risks." })
  riskHealth!: RiskHealth;

  @Field(() => RiskSeverity, { nullable: true, description: "Its worst open risk's severity; null without one." })
  worstSeverity!: RiskSeverity | null;

  @Field(() => Int, { description: "Its open risks." })
  openRiskCount!: number;

  @Field(() => Float, { description: "Percent complete, as portfolio last said." })
  progress!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Where a straight line from its start (0%) to its end (100%) puts it today; null without both dates.",
  })
  expectedProgress!: number | null;

  @Field(() => Int, { description: "Its BLOCKED tasks, as portfolio last said." })
  blockedTaskCount!: number;

  @Field(() => LocalDate, { nullable: true, description: "Its planned start." })
  startDate!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Its planned end." })
  endDate!: string | null;
}

@ObjectType({ description: "How many open risks have a severity." })
export class SeverityCount {
  @Field(() => RiskSeverity, { description: "The severity." }) severity!: RiskSeverity;
  @Field(() => Int, { description: "Open risks of it, across the portfolio." }) count!: number;
}

/** The workspace's portfolio as insights' stored figures show it; `projects` pages the rows. */
@ObjectType({
  description:
    "Health, risks and forecasts across every project of the workspace, from the figures insights stores (no project is evaluated again to answer).",
})
export class PortfolioAnalysis {
  @Field(() => LocalDate, { description: "The day (UTC) it is as of: expected progress and forecasts are for it." })
  asOf!: string;

  @Field(() => Int, { description: "Projects insights has figures of (deleted ones left out)." })
  projectCount!: number;

  @Field(() => Int, { description: "Projects ON_TRACK by their open risks." })
  onTrack!: number;

  @Field(() => Int, { description: "Projects AT_RISK by their open risks." })
  atRisk!: number;

  @Field(() => Int, { description: "Projects OFF_TRACK by their open risks." })
  offTrack!: number;

  @Field(() => [SeverityCount], { description: "Open risks by severity, CRITICAL first; every severity listed." })
  openRisks!: SeverityCount[];

  /** Every project's row, worst first: what `projects` pages. */
  rows!: PortfolioProjectAnalysis[];
}
