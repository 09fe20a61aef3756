import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DependencyType, TaskDependency } from "./task-dependency.entity.js";

@InputType({ description: "Makes `successorId` depend on `predecessorId`; both tasks belong to the same project." })
export class AddTaskDependencyInput {
  @Field(() => ID) predecessorId!: string;
  @Field(() => ID) successorId!: string;
  @Field(() => DependencyType, { defaultValue: DependencyType.FINISH_TO_START }) type!: DependencyType;
  @Field(() => Int, { defaultValue: 0, description: "Whole days, -3650 to 3650; negative is a lead (overlap)." }) lagDays!: number;
}

@InputType()
export class RemoveTaskDependencyInput {
  @Field(() => ID) id!: string;
}

@ObjectType()
export class TaskDependencyPayload {
  @Field(() => TaskDependency) dependency!: TaskDependency;
}

@ObjectType()
export class RemoveTaskDependencyPayload {
  @Field(() => ID) removedDependencyId!: string;
}

@ObjectType({ description: "A task's dependencies, both ways." })
export class TaskDependencies {
  @Field(() => [TaskDependency], { description: "What this task waits for (it is their successor), oldest first." })
  predecessors!: TaskDependency[];

  @Field(() => [TaskDependency], { description: "What waits for this task (it is their predecessor), oldest first." })
  successors!: TaskDependency[];
}
