import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DateFilter, IdFilter, LocalDate, SortDirection } from "@plateau/subgraph-kit";

@InputType({ description: "Filters time entries; fields combine with AND." })
export class TimeEntryFilter {
  @Field(() => IdFilter, { nullable: true, description: "Entries of these users (who worked)." }) userId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Entries on these tasks." }) taskId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Entries on these projects' tasks." }) projectId?: IdFilter;
  @Field(() => IdFilter, {
    nullable: true,
    description: "Entries in these categories of non-project time; `isNull: false` for all of them.",
  })
  categoryId?: IdFilter;
  @Field(() => DateFilter, { nullable: true, description: "Entries for days in this range." }) date?: DateFilter;
  @Field(() => Boolean, { nullable: true, description: "true: billable entries only; false: non-billable only." }) billable?:
    boolean | null;
  @Field(() => [TimeEntryFilter], { nullable: true, description: "Every one of these filters matches." }) and?: TimeEntryFilter[];
  @Field(() => [TimeEntryFilter], { nullable: true, description: "At least one of these filters matches." }) or?: TimeEntryFilter[];
}

export enum TimeEntryOrderField {
  DATE = "date",
  HOURS = "hours",
  CREATED_AT = "createdAt",
}

registerEnumType(TimeEntryOrderField, {
  description: "What time entries can be sorted by (ties are broken by id).",
  valuesConfig: {
    DATE: { description: "The day worked." },
    HOURS: { description: "The hours logged." },
    CREATED_AT: { description: "When the entry was logged." },
  },
  name: "TimeEntryOrderField",
});

@InputType({ description: "Without an orderBy, entries come newest day first." })
export class TimeEntryOrder {
  @Field(() => TimeEntryOrderField, { description: "What to sort by." }) field!: TimeEntryOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending (default) or descending." })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: "Hours worked on one day: on a task (taskId and projectId) or in a category of non-project time (categoryId)." })
export class LogTimeInput {
  @Field(() => ID, { nullable: true, description: "The portfolio task worked on (with projectId); omit for non-project time." }) taskId?:
    string | null;
  @Field(() => ID, { nullable: true, description: "The task's project." }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: "A category of non-project time (timeCategories), instead of a task." }) categoryId?:
    string | null;
  @Field(() => LocalDate, { description: "The day worked; at most one day ahead of today (UTC)." }) date!: string;
  @Field(() => Float, { description: "More than 0, at most 24, at most 2 decimals; a user's day may not exceed 24 in total." })
  hours!: number;
  @Field(() => String, { nullable: true, description: "At most 2000 characters." }) note?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Default true on a task, the category's default in a category." }) billable?:
    boolean | null;
  @Field(() => ID, { nullable: true, description: "Who worked; the viewer by default. Another user needs MANAGER or above." }) userId?:
    string | null;
}

@InputType({ description: "Only the fields given are changed; null clears the note." })
export class UpdateTimeEntryInput {
  @Field(() => ID, { description: "The time entry to edit." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the entry is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => LocalDate, { nullable: true, description: "Move the entry to this day; at most one day ahead of today (UTC)." }) date?:
    string | null;
  @Field(() => Float, {
    nullable: true,
    description: "New hours: more than 0, at most 24, at most 2 decimals; the user's day may not exceed 24 in total.",
  })
  hours?: number | null;
  @Field(() => String, { nullable: true, description: "A new note (at most 2000 characters); null clears it." }) note?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the hours can be billed to the client." }) billable?: boolean | null;
}

@InputType({ description: "The time entry to delete." })
export class DeleteTimeEntryInput {
  @Field(() => ID, { description: "The time entry to delete." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the entry is still at this version." }) expectedVersion?:
    number | null;
}
