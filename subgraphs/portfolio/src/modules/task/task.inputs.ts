import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
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
import { TaskPriority, TaskStatus } from "./task.entity.js";
import { RequiredSkillInput } from "./task.skills.js";

const TaskStatusFilter = EnumFilter(TaskStatus, "TaskStatus");
const TaskPriorityFilter = EnumFilter(TaskPriority, "TaskPriority");

@InputType({ description: "Filters tasks; fields combine with AND." })
export class TaskFilter {
  @Field(() => IdFilter, { nullable: true, description: "Tasks with these ids." }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Tasks of these projects." }) projectId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "`isNull: true` selects top-level tasks." }) parentId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Tasks assigned to these users (`isNull: true`: unassigned)." })
  assigneeId?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: "Tasks whose title matches." }) title?: StringFilter;
  @Field(() => TaskStatusFilter, { nullable: true, description: "Tasks in these states." }) status?: EnumFilterValue<TaskStatus>;
  @Field(() => TaskPriorityFilter, { nullable: true, description: "Tasks of these priorities." }) priority?: EnumFilterValue<TaskPriority>;
  @Field(() => DateFilter, { nullable: true, description: "Tasks due in this range (`isNull: true`: without a due date)." })
  dueDate?: DateFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: "Tasks last changed in this time range." }) updatedAt?: DateTimeFilter;
  @Field(() => [String], { nullable: true, description: "Tasks with any of these labels (ignoring case and surrounding blanks)." })
  labels?: string[];
  @Field(() => [TaskFilter], { nullable: true, description: "Every one of these filters matches." }) and?: TaskFilter[];
  @Field(() => [TaskFilter], { nullable: true, description: "At least one of these filters matches." }) or?: TaskFilter[];
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
registerEnumType(TaskOrderField, {
  description: "What tasks can be sorted by (ties are broken by id).",
  valuesConfig: {
    TITLE: { description: "The title, alphabetically." },
    DUE_DATE: { description: "The due date." },
    PRIORITY: { description: "The priority, LOW < MEDIUM < HIGH < URGENT." },
    STATUS: { description: "The status, in the order TODO, IN_PROGRESS, BLOCKED, IN_REVIEW, DONE." },
    CREATED_AT: { description: "When the task was created." },
    UPDATED_AT: { description: "When the task was last changed." },
  },
  name: "TaskOrderField",
});

@InputType({ description: "A sort order for tasks." })
export class TaskOrder {
  @Field(() => TaskOrderField, { description: "What to sort by." }) field!: TaskOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending (default) or descending." })
  direction: SortDirection = SortDirection.ASC;
}

const COMPLETED_AT_INPUT =
  "When the task was completed, if earlier than now: for work recorded late or imported. Only for a task that is DONE after " +
  "this change; not in the future, nor more than ten years back. Omitted or null, a task becoming DONE is completed now and a " +
  "DONE task keeps its time.";

@InputType({ description: "A new task in a project of the current workspace." })
export class CreateTaskInput {
  @Field(() => ID, { description: "The project the task belongs to." }) projectId!: string;
  @Field(() => ID, { nullable: true, description: "Makes this a subtask; the parent must be in the same project." }) parentId?:
    string | null;
  @Field(() => String, { description: "What is to be done, in one line (1-300 characters)." }) title!: string;
  @Field(() => String, { nullable: true, description: "The details, as free text." }) description?: string | null;
  @Field(() => TaskStatus, { nullable: true, description: "The column to start in (default TODO); the card goes to the end of it." })
  status?: TaskStatus;
  @Field(() => TaskPriority, { nullable: true, description: "How urgent it is (default MEDIUM)." }) priority?: TaskPriority;
  @Field(() => ID, { nullable: true, description: "Who does it: a member of the workspace; omit to leave it unassigned." }) assigneeId?:
    string | null;
  @Field(() => Float, { nullable: true, description: "Estimated effort in hours, at least 0." }) estimateHours?: number | null;
  @Field(() => LocalDate, { nullable: true, description: "The planned first day." }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "The day it is due; not before `startDate`." }) dueDate?: string | null;
  @Field(() => Int, { nullable: true, description: "0 to 100; a DONE task is always 100." }) completion?: number;
  @Field(() => Date, { nullable: true, description: COMPLETED_AT_INPUT }) completedAt?: Date | null;
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
  @Field(() => ID, { description: "The task to edit." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the task is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true, description: "A new title, 1-300 characters." }) title?: string;
  @Field(() => String, { nullable: true, description: "New details; null clears them." }) description?: string | null;
  @Field(() => TaskStatus, { nullable: true, description: "A new status: the card moves to that column of the board." })
  status?: TaskStatus;
  @Field(() => TaskPriority, { nullable: true, description: "A new priority." }) priority?: TaskPriority;
  @Field(() => ID, { nullable: true, description: "A new assignee from the workspace's members; null unassigns." }) assigneeId?:
    string | null;
  @Field(() => Float, { nullable: true, description: "A new estimate in hours; null clears it." }) estimateHours?: number | null;
  @Field(() => LocalDate, { nullable: true, description: "A new planned first day; null clears it." }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "A new due day, not before the start; null clears it." }) dueDate?: string | null;
  @Field(() => Int, { nullable: true, description: "0 to 100; a DONE task is always 100." }) completion?: number;
  @Field(() => Date, { nullable: true, description: COMPLETED_AT_INPUT }) completedAt?: Date | null;
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

@InputType({ description: "The task to delete, with its subtasks." })
export class DeleteTaskInput {
  @Field(() => ID, { description: "The task to delete." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the task is still at this version." }) expectedVersion?:
    number | null;
}
