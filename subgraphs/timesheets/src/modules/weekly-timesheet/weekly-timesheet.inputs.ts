import { Field, ID, InputType, Int } from "type-graphql";
import { DateFilter, EnumFilter, IdFilter, LocalDate } from "@plateau/subgraph-kit";
import { TimesheetStatus } from "./weekly-timesheet.entity.js";

const TimesheetStatusFilter = EnumFilter(TimesheetStatus, "TimesheetStatus");

@InputType({ description: "Filters weekly timesheets; fields combine with AND." })
export class WeeklyTimesheetFilter {
  @Field(() => IdFilter, { nullable: true, description: "Weeks of these users (MEMBER and VIEWER see only their own)." }) userId?: IdFilter;
  @Field(() => TimesheetStatusFilter, { nullable: true, description: "Weeks in these statuses." }) status?: InstanceType<
    typeof TimesheetStatusFilter
  >;
  @Field(() => DateFilter, { nullable: true, description: "Weeks whose Monday is in this range." }) weekStart?: DateFilter;
  @Field(() => [WeeklyTimesheetFilter], { nullable: true, description: "Every one of these filters matches." })
  and?: WeeklyTimesheetFilter[];
  @Field(() => [WeeklyTimesheetFilter], { nullable: true, description: "At least one of these filters matches." })
  or?: WeeklyTimesheetFilter[];
}

@InputType({ description: "The week to submit: yours." })
export class SubmitTimesheetInput {
  @Field(() => LocalDate, { description: "Any day of the ISO week (Monday to Sunday) to submit." }) week!: string;
  @Field(() => Boolean, {
    defaultValue: false,
    description: "Submit a week without any time entry (e.g. a week of leave); without it, an empty week is BAD_USER_INPUT.",
  })
  allowEmpty: boolean = false;
  @Field(() => Int, {
    nullable: true,
    description: "Fail with CONFLICT unless the week is still at this version (0 for one never submitted).",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "The submitted week to approve." })
export class ApproveTimesheetInput {
  @Field(() => ID, { description: "The WeeklyTimesheet." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the week is still at this version." }) expectedVersion?:
    number | null;
}

@InputType({ description: "The submitted week to send back, and why." })
export class RejectTimesheetInput {
  @Field(() => ID, { description: "The WeeklyTimesheet." }) id!: string;
  @Field(() => String, { description: "What to correct (1 to 2000 characters); the week's owner sees it." }) reason!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the week is still at this version." }) expectedVersion?:
    number | null;
}

@InputType({ description: "The submitted or approved week to open again for changes." })
export class ReopenTimesheetInput {
  @Field(() => ID, { description: "The WeeklyTimesheet." }) id!: string;
  @Field(() => String, { nullable: true, description: "Why (at most 2000 characters); kept in the week's history." }) reason?:
    string | null;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the week is still at this version." }) expectedVersion?:
    number | null;
}
