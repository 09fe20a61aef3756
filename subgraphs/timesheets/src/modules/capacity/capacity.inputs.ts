import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DateFilter, IdFilter, LocalDate } from "@plateau/subgraph-kit";
import { Weekday } from "./weekday.js";

@InputType({ description: "Only the fields given change." })
export class UpdateTimeSettingsInput {
  @Field(() => Float, { nullable: true, description: "More than 0, at most 168, at most 2 decimals." }) hoursPerWeek?: number | null;
  @Field(() => [Weekday], { nullable: true, description: "At least one day, each once." }) workingDays?: Weekday[] | null;
  @Field(() => String, { nullable: true, description: "An IANA time zone, e.g. Europe/Paris or America/New_York." }) timeZone?:
    string | null;
  @Field(() => Int, {
    nullable: true,
    description: "Fail with CONFLICT unless the settings are still at this version (0 before any change).",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "A person's own weekly capacity for a span of days." })
export class AddCapacityOverrideInput {
  @Field(() => ID, { description: "The member it is for." }) userId!: string;
  @Field(() => LocalDate, { description: "The first day it applies." }) from!: string;
  @Field(() => LocalDate, { nullable: true, description: "The last day it applies, not before `from`; omit for until further notice." })
  to?: string | null;
  @Field(() => Float, { description: "Hours in a full week: 0 (none) to 168, at most 2 decimals." }) hoursPerWeek!: number;
  @Field(() => [Weekday], { description: "The days those hours are spread over: at least one, each once." }) workingDays!: Weekday[];
}

@InputType({ description: "The capacity override to delete." })
export class DeleteCapacityOverrideInput {
  @Field(() => ID, { description: "The CapacityOverride." }) id!: string;
}

@InputType({ description: "A holiday (no user) or a day of a person's leave." })
export class AddNonWorkingDayInput {
  @Field(() => LocalDate, { description: "The day." }) date!: string;
  @Field(() => String, { description: "What it is (1 to 200 characters), e.g. Christmas Day." }) name!: string;
  @Field(() => ID, {
    nullable: true,
    description: "Whose leave: yours, or (MANAGER and above) a member's; omit for a holiday of the workspace (MANAGER and above).",
  })
  userId?: string | null;
}

@InputType({ description: "The non-working day to delete." })
export class DeleteNonWorkingDayInput {
  @Field(() => ID, { description: "The NonWorkingDay." }) id!: string;
}

@InputType({ description: "Filters capacity overrides; fields combine with AND." })
export class CapacityOverrideFilter {
  @Field(() => IdFilter, { nullable: true, description: "Overrides of these users." }) userId?: IdFilter;
  @Field(() => [CapacityOverrideFilter], { nullable: true, description: "Every one of these filters matches." })
  and?: CapacityOverrideFilter[];
  @Field(() => [CapacityOverrideFilter], { nullable: true, description: "At least one of these filters matches." })
  or?: CapacityOverrideFilter[];
}

@InputType({ description: "Filters non-working days; fields combine with AND." })
export class NonWorkingDayFilter {
  @Field(() => IdFilter, { nullable: true, description: "Leave of these users; `isNull: true` for holidays only." }) userId?: IdFilter;
  @Field(() => DateFilter, { nullable: true, description: "Days in this range." }) date?: DateFilter;
  @Field(() => [NonWorkingDayFilter], { nullable: true, description: "Every one of these filters matches." }) and?: NonWorkingDayFilter[];
  @Field(() => [NonWorkingDayFilter], { nullable: true, description: "At least one of these filters matches." }) or?: NonWorkingDayFilter[];
}
