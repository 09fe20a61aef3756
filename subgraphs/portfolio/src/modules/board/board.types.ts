import { Field, ID, Int, ObjectType } from "type-graphql";
import { Task, TaskStatus } from "../task/task.entity.js";
import type { TaskView } from "../task/task.rows.js";
import type { BoardFilter } from "./board.inputs.js";
import { WorkflowCategory, type WorkflowColumn } from "../task/workflow.entity.js";

/** A column of a board with its cards. */
@ObjectType({ description: "A column of a project's board: the tasks of one status, in rank order." })
export class BoardColumn {
  @Field(() => TaskStatus, { description: "The status whose tasks the column shows." }) status!: TaskStatus;
  @Field(() => String, { description: "The column's heading." }) name!: string;
  @Field(() => WorkflowCategory, { description: "What the column means for progress." }) category!: WorkflowCategory;
  @Field(() => Int, { nullable: true, description: "At most this many tasks may be moved into the column; null: no limit." })
  wipLimit!: number | null;
  @Field(() => Int, { description: "Tasks in the column whatever the filter: what the WIP limit counts." })
  taskCount!: number;
  @Field(() => [Task], { description: "The column's tasks that match the board's filter, in rank order." })
  cards!: TaskView[];
}

/** A project's Kanban board: the project's workflow and, per column, its cards. */
@ObjectType({ description: "A project's Kanban board: its workflow's columns in order, each with its cards in order." })
export class Board {
  @Field(() => ID, { description: "The project's id: a project has one board." })
  id!: string;

  @Field(() => Int, { description: "The workflow's version; pass it as `expectedVersion` to `updateWorkflow`." })
  version!: number;

  /** The workflow's columns, in order. */
  workflowColumns!: WorkflowColumn[];

  /** The filter the cards are shown with. */
  filter?: BoardFilter;
}

@ObjectType({ description: "The board with its new workflow." })
export class UpdateWorkflowPayload {
  @Field(() => Board, { description: "The board after the change." }) board!: Board;
}

@ObjectType({ description: "The task where it landed." })
export class MoveTaskPayload {
  @Field(() => Task, { description: "The moved task, with its new status, rank and version." }) task!: Task;
}
