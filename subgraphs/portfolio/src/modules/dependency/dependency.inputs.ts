import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DependencyType, TaskDependency } from "./task-dependency.entity.js";

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

@ObjectType({ description: "The dependency as added." })
export class TaskDependencyPayload {
  @Field(() => TaskDependency, { description: "The new dependency." }) dependency!: TaskDependency;
}

@ObjectType({ description: "What removeTaskDependency removed." })
export class RemoveTaskDependencyPayload {
  @Field(() => ID, { description: "The id of the dependency that no longer exists." }) removedDependencyId!: string;
}

@ObjectType({ description: "A task's dependencies, both ways." })
export class TaskDependencies {
  @Field(() => [TaskDependency], { description: "What this task waits for (it is their successor), oldest first." })
  predecessors!: TaskDependency[];

  @Field(() => [TaskDependency], { description: "What waits for this task (it is their predecessor), oldest first." })
  successors!: TaskDependency[];
}
