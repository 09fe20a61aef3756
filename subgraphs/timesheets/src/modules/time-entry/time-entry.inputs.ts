import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateFilter, IdFilter, LocalDate, SortDirection } from "@plateau/subgraph-kit";
import { TimeEntry } from "./time-entry.entity.js";

@InputType({ description: "Filters time entries; fields combine with AND." })
export class TimeEntryFilter {
  @Field(() => IdFilter, { nullable: true }) userId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) taskId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) projectId?: IdFilter;
  @Field(() => DateFilter, { nullable: true }) date?: DateFilter;
  @Field(() => Boolean, { nullable: true }) billable?: boolean | null;
  @Field(() => [TimeEntryFilter], { nullable: true }) and?: TimeEntryFilter[];
  @Field(() => [TimeEntryFilter], { nullable: true }) or?: TimeEntryFilter[];
}

export enum TimeEntryOrderField {
  DATE = "date",
  HOURS = "hours",
  CREATED_AT = "createdAt",
}
registerEnumType(TimeEntryOrderField, { name: "TimeEntryOrderField" });

@InputType({ description: "Without an orderBy, entries come newest day first." })
export class TimeEntryOrder {
  @Field(() => TimeEntryOrderField) field!: TimeEntryOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class LogTimeInput {
  @Field(() => ID, { description: "The portfolio task worked on." }) taskId!: string;
  @Field(() => ID, { description: "The task's project." }) projectId!: string;
  @Field(() => LocalDate, { description: "The day worked; at most one day ahead of today (UTC)." }) date!: string;
  @Field(() => Float, { description: "More than 0, at most 24, at most 2 decimals; a user's day may not exceed 24 in total." })
  hours!: number;
  @Field(() => String, { nullable: true, description: "At most 2000 characters." }) note?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Default true." }) billable?: boolean | null;
  @Field(() => ID, { nullable: true, description: "Who worked; the viewer by default. Another user needs MANAGER or above." }) userId?:
    string | null;
}

@InputType({ description: "Only the fields given are changed; null clears the note." })
export class UpdateTimeEntryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the entry is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => LocalDate, { nullable: true }) date?: string | null;
  @Field(() => Float, { nullable: true }) hours?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Boolean, { nullable: true }) billable?: boolean | null;
}

@InputType()
export class DeleteTimeEntryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@ObjectType()
export class TimeEntryPayload {
  @Field(() => TimeEntry) timeEntry!: TimeEntry;
}

@ObjectType()
export class DeleteTimeEntryPayload {
  @Field(() => ID) deletedTimeEntryId!: string;
}
