import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  DateFilter,
  DateTimeFilter,
  EnumFilter,
  IdFilter,
  LocalDate,
  SortDirection,
  StringFilter,
  type EnumFilterValue,
} from "@plateau/subgraph-kit";
import { Task, TaskPriority, TaskStatus } from "./task.entity.js";
import { RequiredSkillInput } from "./task.skills.js";

const TaskStatusFilter = EnumFilter(TaskStatus, "TaskStatus");
const TaskPriorityFilter = EnumFilter(TaskPriority, "TaskPriority");

@InputType({ description: "Filters tasks; fields combine with AND." })
export class TaskFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) projectId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "`isNull: true` selects top-level tasks." }) parentId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) assigneeId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) title?: StringFilter;
  @Field(() => TaskStatusFilter, { nullable: true }) status?: EnumFilterValue<TaskStatus>;
  @Field(() => TaskPriorityFilter, { nullable: true }) priority?: EnumFilterValue<TaskPriority>;
  @Field(() => DateFilter, { nullable: true }) dueDate?: DateFilter;
  @Field(() => DateTimeFilter, { nullable: true }) updatedAt?: DateTimeFilter;
  @Field(() => [String], { nullable: true, description: "Tasks with any of these labels (ignoring case and surrounding blanks)." })
  labels?: string[];
  @Field(() => [TaskFilter], { nullable: true }) and?: TaskFilter[];
  @Field(() => [TaskFilter], { nullable: true }) or?: TaskFilter[];
}

/** GraphQL filter fields that name relation columns. */
export const TASK_FILTER_FIELDS = { projectId: "project", parentId: "parent" };

export enum TaskOrderField {
  TITLE = "title",
  DUE_DATE = "dueDate",
  PRIORITY = "priority",
  STATUS = "status",
  CREATED_AT = "createdAt",
  UPDATED_AT = "updatedAt",
}
registerEnumType(TaskOrderField, { name: "TaskOrderField" });

@InputType()
export class TaskOrder {
  @Field(() => TaskOrderField) field!: TaskOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class CreateTaskInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ID, { nullable: true, description: "Makes this a subtask; the parent must be in the same project." }) parentId?:
    string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => TaskStatus, { nullable: true }) status?: TaskStatus;
  @Field(() => TaskPriority, { nullable: true }) priority?: TaskPriority;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Float, { nullable: true }) estimateHours?: number | null;
  @Field(() => LocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true }) dueDate?: string | null;
  @Field(() => Int, { nullable: true, description: "0 to 100; a DONE task is always 100." }) completion?: number;
  @Field(() => [String], {
    nullable: true,
    description: "Replaces the labels: trimmed, unique ignoring case, at most 20 of 50 characters.",
  })
  labels?: string[] | null;
  @Field(() => [RequiredSkillInput], { nullable: true, description: "Replaces the required skills: identity skills of the workspace." })
  requiredSkills?: RequiredSkillInput[] | null;
}

@InputType({ description: "Only the fields given are changed; null clears an optional field." })
export class UpdateTaskInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the task is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => TaskStatus, { nullable: true }) status?: TaskStatus;
  @Field(() => TaskPriority, { nullable: true }) priority?: TaskPriority;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Float, { nullable: true }) estimateHours?: number | null;
  @Field(() => LocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true }) dueDate?: string | null;
  @Field(() => Int, { nullable: true, description: "0 to 100; a DONE task is always 100." }) completion?: number;
  @Field(() => ID, {
    nullable: true,
    description:
      "Moves the task with its whole subtree under another task of the same project; null makes it top-level. " +
      "A task cannot become its own ancestor, and trees are at most 50 levels deep.",
  })
  parentId?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: "Replaces the labels: trimmed, unique ignoring case, at most 20 of 50 characters.",
  })
  labels?: string[] | null;
  @Field(() => [RequiredSkillInput], { nullable: true, description: "Replaces the required skills: identity skills of the workspace." })
  requiredSkills?: RequiredSkillInput[] | null;
}

@InputType()
export class DeleteTaskInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@ObjectType()
export class TaskPayload {
  @Field(() => Task) task!: Task;
}

@ObjectType()
export class DeleteTaskPayload {
  @Field(() => ID) deletedTaskId!: string;
}
