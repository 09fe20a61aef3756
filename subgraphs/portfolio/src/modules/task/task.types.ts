import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "@plateau/subgraph-kit";
import { Task } from "./task.entity.js";

@ObjectType({ description: "The task as created or edited." })
export class TaskPayload {
  @Field(() => Task, { description: "The task after the change." }) task!: Task;
}

@ObjectType({ description: "What deleteTask removed." })
export class DeleteTaskPayload {
  @Field(() => ID, { description: "The id of the task that no longer exists (its subtasks are gone too)." }) deletedTaskId!: string;
}

export const TaskConnection = Connection(Task);

@ObjectType({ description: "A task below another one (`Task.descendants`), with how far below." })
export class TaskTreeNode {
  @Field(() => Int, { description: "Levels below the task asked about: 1 for a child, 2 for a grandchild, …" }) depth!: number;
  @Field(() => Task, { description: "The task at that depth." }) task!: Task;
}
