import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { Milestone, MilestoneStatus } from "./milestone.entity.js";

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => LocalDate) dueDate!: string;
}

@InputType({ description: "Only the fields given are changed." })
export class UpdateMilestoneInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => LocalDate, { nullable: true }) dueDate?: string;
  @Field(() => MilestoneStatus, { nullable: true }) status?: MilestoneStatus;
}

@InputType()
export class DeleteMilestoneInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@ObjectType()
export class MilestonePayload {
  @Field(() => Milestone) milestone!: Milestone;
}

@ObjectType()
export class DeleteMilestonePayload {
  @Field(() => ID) deletedMilestoneId!: string;
}

@InputType({ description: "Tasks of the milestone's project to link to it, or unlink from it (at most 100 at once)." })
export class MilestoneTasksInput {
  @Field(() => ID) milestoneId!: string;
  @Field(() => [ID]) taskIds!: string[];
}
