import { Field, ID, InputType, Int } from "type-graphql";
import { EnumFilter, IdFilter, StringFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { TaskPriority, TaskStatus } from "../task/task.entity.js";
import { WorkflowCategory } from "../task/workflow.entity.js";

const TaskPriorityFilter = EnumFilter(TaskPriority, "TaskPriority");

@InputType({ description: "Which cards a board shows; fields combine with AND. Columns and their task counts stay whole." })
export class BoardFilter {
  @Field(() => IdFilter, { nullable: true, description: "`isNull: true`: unassigned cards." }) assigneeId?: IdFilter;
  @Field(() => TaskPriorityFilter, { nullable: true, description: "Cards of these priorities." }) priority?: EnumFilterValue<TaskPriority>;
  @Field(() => StringFilter, { nullable: true, description: "Cards whose title matches." }) title?: StringFilter;
  @Field(() => [String], { nullable: true, description: "Cards with any of these labels (ignoring case and surrounding blanks)." })
  labels?: string[];
  @Field(() => [BoardFilter], { nullable: true, description: "Every one of these filters matches." }) and?: BoardFilter[];
  @Field(() => [BoardFilter], { nullable: true, description: "At least one of these filters matches." }) or?: BoardFilter[];
}

@InputType({ description: "One column of a workflow." })
export class WorkflowColumnInput {
  @Field(() => TaskStatus, { description: "The status whose tasks the column shows; each status at most once." }) status!: TaskStatus;
  @Field(() => String, { description: 'The column\'s heading, e.g. "In review".' }) name!: string;
  @Field(() => WorkflowCategory, { description: "What the column means for progress; tasks in a DONE column count as complete." })
  category!: WorkflowCategory;
  @Field(() => Int, { nullable: true, description: "At least 1; null: no limit." }) wipLimit?: number | null;
}

@InputType({ description: "Replaces a project's workflow: its columns, in board order." })
export class UpdateWorkflowInput {
  @Field(() => ID, { description: "The project whose workflow to replace." }) projectId!: string;
  @Field(() => [WorkflowColumnInput], { description: "Every status that has tasks keeps a column." }) columns!: WorkflowColumnInput[];
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the workflow is still at this version (`Board.version`)." })
  expectedVersion?: number | null;
}

@InputType({
  description:
    "Moves a card to a column (`toStatus`) and a place in it: right after `afterTaskId`, right before `beforeTaskId`, between both " +
    "(which must be next to each other), or, with neither, at the end. When the board changed since the client read it (an anchor " +
    "left the column or was deleted, the anchors are no longer neighbours, a stale `expectedVersion`, a full column), the move " +
    "changes nothing and fails with CONFLICT: `extensions.reason` says what changed, `extensions.currentPlacement` where the card " +
    "(with its version) and its anchors are now.",
})
export class MoveTaskInput {
  @Field(() => ID, { description: "The task (card) to move." }) taskId!: string;
  @Field(() => TaskStatus, { description: "The column to move it to: a status with a column in the workflow." }) toStatus!: TaskStatus;
  @Field(() => ID, { nullable: true, description: "A card of the target column the task goes right after." }) afterTaskId?: string | null;
  @Field(() => ID, { nullable: true, description: "A card of the target column the task goes right before." }) beforeTaskId?: string | null;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the task is still at this version." }) expectedVersion?:
    number | null;
}
