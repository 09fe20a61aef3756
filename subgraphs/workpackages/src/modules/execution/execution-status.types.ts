import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";

/** Which variance passed its threshold. */
export enum ThresholdKind {
  SCHEDULE = "SCHEDULE",
  COST = "COST",
  EFFORT = "EFFORT",
}
registerEnumType(ThresholdKind, {
  name: "ThresholdKind",
  description: "A performance threshold of a work package.",
  valuesConfig: {
    SCHEDULE: { description: "Schedule variance: behind plan by more than the threshold (SV% = (EV − PV) ÷ PV)." },
    COST: { description: "Cost variance: over budget by more than the threshold (CV% = (EV − AC) ÷ EV)." },
    EFFORT: { description: "Effort variance: more hours than the progress made should have taken, by more than the threshold." },
  },
});

@ObjectType({ description: "A variance past its threshold, with its figures." })
export class ThresholdBreach {
  @Field(() => ThresholdKind, { description: "Which threshold." })
  kind!: ThresholdKind;

  @Field(() => Float, {
    description: "The variance in percent: negative when behind schedule or over budget, positive for an effort overrun.",
  })
  variancePercent!: number;

  @Field(() => Float, { description: "The threshold it passed, in percent." })
  thresholdPercent!: number;
}

@ObjectType({
  description:
    "How a work package executes on a day, by earned value management: planned against actual progress, schedule and cost " +
    "performance indices, variances, the finish SPI forecasts, and the thresholds passed. A figure whose inputs are missing " +
    "(no schedule, no budget, nothing planned yet) is null.",
})
export class ExecutionStatus {
  @Field(() => LocalDate, { description: "The day (UTC) it was computed for: today." })
  asOf!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Percent of the scheduled days (startDate to endDate) elapsed: a straight-line plan.",
  })
  plannedProgress!: number | null;

  @Field(() => Float, { description: "Percent complete: the package's progress." })
  actualProgress!: number;

  @Field(() => Float, { nullable: true, description: "PV: the budget at completion × planned progress; null without a budget." })
  plannedValue!: number | null;

  @Field(() => Float, { nullable: true, description: "EV: the budget at completion × actual progress; null without a budget." })
  earnedValue!: number | null;

  @Field(() => Float, { nullable: true, description: "AC: the budget spent; null without one." })
  actualCost!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Schedule performance index EV ÷ PV (progress ÷ planned progress): below 1 is behind.",
  })
  spi!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Cost performance index EV ÷ AC: below 1 is over budget; null without a budget spent.",
  })
  cpi!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Schedule variance in days, by earned schedule: the days of plan the progress is worth minus the days elapsed (negative: behind).",
  })
  scheduleVarianceDays!: number | null;

  @Field(() => Float, { nullable: true, description: "Schedule variance in percent of the planned value: (EV − PV) ÷ PV." })
  scheduleVariancePercent!: number | null;

  @Field(() => Float, { nullable: true, description: "Cost variance EV − AC, in the budget's currency (negative: over budget)." })
  costVariance!: number | null;

  @Field(() => Float, { nullable: true, description: "Cost variance in percent of the earned value: (EV − AC) ÷ EV." })
  costVariancePercent!: number | null;

  @Field(() => Float, { nullable: true, description: "Estimate at completion: the budget ÷ CPI." })
  estimateAtCompletion!: number | null;

  @Field(() => Float, { nullable: true, description: "Effort burn: actual ÷ estimated hours (1 is the whole estimate spent)." })
  effortBurn!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Effort variance in percent: actual hours against the hours the progress made should have taken (estimate × progress).",
  })
  effortVariancePercent!: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "The forecast finish: the actual end once finished, else the start plus the scheduled days ÷ SPI; null without SPI.",
  })
  forecastFinish!: string | null;

  @Field(() => [ThresholdBreach], { description: "The variances past their thresholds, schedule then cost then effort." })
  breaches!: ThresholdBreach[];
}
