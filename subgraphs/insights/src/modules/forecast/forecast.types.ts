import { Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import type { MilestoneForecast } from "./milestone-forecast.js";

@ObjectType({ description: "What a project completed in one ISO week (Monday to Sunday, UTC)." })
export class VelocityWeek {
  @Field(() => LocalDate, { description: "The week's Monday." }) weekStart!: string;
  @Field(() => Int, { description: "Tasks completed that week (and still DONE)." }) completedTasks!: number;
  @Field(() => Float, { description: "The estimates of those tasks, in hours (a task without one counts 0)." })
  completedEstimateHours!: number;
}

@ObjectType({ description: "A projected finish: how many weeks from this one, and the Sunday that ends the last of them." })
export class FinishEstimate {
  @Field(() => Int, { description: "Weeks counting this one (1: done by this Sunday; 0: nothing remains)." }) weeks!: number;
  @Field(() => LocalDate, { description: "The Sunday ending the last of those weeks (for 0, the Sunday before this week)." })
  date!: string;
}

@ObjectType({
  description:
    "When the project's remaining tasks will be done, from a Monte Carlo simulation over its weekly throughput: each trial draws, for every week from this one (the tasks completed since Monday counted as still to do in it), the number of tasks completed in a random one of the last 12 complete weeks, until nothing remains. P50 is the date half the trials finish by; P85 and P95 likewise.",
})
export class ProjectForecast {
  @Field(() => Int, { description: "Tasks not DONE now." }) remainingTasks!: number;
  @Field(() => Int, { description: "The complete weeks the throughput is drawn from (the last 12)." }) throughputWeeks!: number;
  @Field(() => FinishEstimate, { nullable: true, description: "Half the trials finish by then; null beyond 10 years." })
  p50!: FinishEstimate | null;
  @Field(() => FinishEstimate, { nullable: true, description: "85% of the trials finish by then; null beyond 10 years." })
  p85!: FinishEstimate | null;
  @Field(() => FinishEstimate, { nullable: true, description: "95% of the trials finish by then; null beyond 10 years." })
  p95!: FinishEstimate | null;
  @Field(() => Int, { description: "Trials run; seeded by the project and the day, so the same day and tasks give the same forecast." })
  trials!: number;
  @Field(() => Float, { description: "Share of trials not done within 10 years (0 to 1)." }) shareBeyondHorizon!: number;
  @Field(() => LocalDate, { description: "The day (UTC) the forecast was made for: its first week is that day's." }) asOf!: string;
  /** The project forecast (for `milestones`). */
  projectId!: string;
  /** The milestones' odds when the forecast was worked out with them. */
  milestoneOutlooks!: MilestoneForecast[];
}
