import { Field, Float, ObjectType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { WeeklyTimesheet } from "./weekly-timesheet.entity.js";

@ObjectType({ description: "The hours of one day of a week." })
export class TimesheetDay {
  @Field(() => LocalDate, { description: "The day." }) date!: string;
  @Field(() => Float, { description: "Hours logged that day." }) hours!: number;
  @Field(() => Float, { description: "Of which billable." }) billableHours!: number;
}

/** What a week's entries add up to (weekly-timesheet.loaders.ts). */
export interface WeekTotals {
  totalHours: number;
  billableHours: number;
  entryCount: number;
  days: TimesheetDay[];
}

@ObjectType({ description: "The week after the change." })
export class TimesheetPayload {
  @Field(() => WeeklyTimesheet, { description: "The week, with its new status and version." }) timesheet!: WeeklyTimesheet;
}
