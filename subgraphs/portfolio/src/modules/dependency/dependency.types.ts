import { Field, ID, ObjectType } from "type-graphql";
import { TaskDependency } from "./task-dependency.entity.js";

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
