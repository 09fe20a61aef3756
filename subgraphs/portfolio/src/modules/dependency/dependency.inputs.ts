import { Field, ID, InputType, Int } from "type-graphql";
import { DependencyType } from "./task-dependency.entity.js";

@InputType({ description: "Makes `successorId` depend on `predecessorId`; both tasks belong to the same project." })
export class AddTaskDependencyInput {
  @Field(() => ID, { description: "The task that comes first." }) predecessorId!: string;
  @Field(() => ID, { description: "The task that waits for it." }) successorId!: string;
  @Field(() => DependencyType, {
    defaultValue: DependencyType.FINISH_TO_START,
    description: "How they are bound (default FINISH_TO_START).",
  })
  type!: DependencyType;
  @Field(() => Int, { defaultValue: 0, description: "Whole days, -3650 to 3650; negative is a lead (overlap)." }) lagDays!: number;
}

@InputType({ description: "The dependency to remove." })
export class RemoveTaskDependencyInput {
  @Field(() => ID, { description: "The dependency to remove." }) id!: string;
}
