import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { MilestoneStatus } from "./milestone.entity.js";

@InputType({ description: "A new milestone of a project." })
export class CreateMilestoneInput {
  @Field(() => ID, { description: "The project it belongs to." }) projectId!: string;
  @Field(() => String, { description: "Its name, 1-200 characters." }) name!: string;
  @Field(() => String, { nullable: true, description: "What reaching it means, as free text." }) description?: string | null;
  @Field(() => LocalDate, { description: "The day it is due." }) dueDate!: string;
}

@InputType({ description: "Only the fields given are changed." })
export class UpdateMilestoneInput {
  @Field(() => ID, { description: "The milestone to edit." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the milestone is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true, description: "A new name, 1-200 characters." }) name?: string;
  @Field(() => String, { nullable: true, description: "A new description; null clears it." }) description?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "A new due day." }) dueDate?: string;
  @Field(() => MilestoneStatus, { nullable: true, description: "ACHIEVED records that it was reached now; UPCOMING undoes that." })
  status?: MilestoneStatus;
}

@InputType({ description: "The milestone to delete; its tasks stay." })
export class DeleteMilestoneInput {
  @Field(() => ID, { description: "The milestone to delete." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the milestone is still at this version." }) expectedVersion?:
    number | null;
}

@InputType({ description: "Tasks of the milestone's project to link to it, or unlink from it (at most 100 at once)." })
export class MilestoneTasksInput {
  @Field(() => ID, { description: "The milestone." }) milestoneId!: string;
  @Field(() => [ID], { description: "The tasks, of the milestone's project." }) taskIds!: string[];
}
