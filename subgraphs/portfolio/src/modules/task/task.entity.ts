import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Directive, Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate, SkillLevel, TENANT_FILTER, VersionedTenantEntity } from "@plateau/subgraph-kit";
import { Project } from "../project/project.entity.js";

export enum TaskStatus {
  TODO = "TODO",
  IN_PROGRESS = "IN_PROGRESS",
  BLOCKED = "BLOCKED",
  IN_REVIEW = "IN_REVIEW",
  DONE = "DONE",
}
registerEnumType(TaskStatus, {
  description: "Where a task stands; each status is a column of its project's board.",
  valuesConfig: {
    TODO: { description: "Not started." },
    IN_PROGRESS: { description: "Being worked on." },
    BLOCKED: { description: "Cannot go on until something else happens." },
    IN_REVIEW: { description: "Done, waiting for review." },
    DONE: { description: "Finished: completion is 100." },
  },
  name: "TaskStatus",
});

export enum TaskPriority {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  URGENT = "URGENT",
}
registerEnumType(TaskPriority, {
  description: "How urgent a task is, lowest first.",
  valuesConfig: {
    LOW: { description: "When there is time." },
    MEDIUM: { description: "The default." },
    HIGH: { description: "Before MEDIUM and LOW work." },
    URGENT: { description: "Drop other work for it." },
  },
  name: "TaskPriority",
});

/** A unit of work in a project; tasks nest through `parent`. */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A task of a project; tasks form a tree through `parent`." })
@Entity({ tableName: "task" })
// Cards of a column in board order; deferred, so a column's ranks can be rewritten in one transaction.
@Unique({ name: "task_board_rank_unique", properties: ["workspaceId", "project", "status", "rank"], deferMode: "deferred" })
@Index({ properties: ["workspaceId", "assigneeId"] })
@Index({ properties: ["workspaceId", "parent"] })
@Index({ name: "task_label_keys_gin", expression: `create index "task_label_keys_gin" on "portfolio"."task" using gin ("label_keys")` })
export class Task extends VersionedTenantEntity {
  // The tenant filter is not applied to the project and the parent: they are always in the task's own
  // workspace, so their foreign keys answer as they are. Left on, MikroORM joins both tables to every
  // read of tasks, to null out a reference the filter would hide (`autoJoinRefsForFilters`).
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade", filters: { [TENANT_FILTER]: false } })
  project!: Ref<Project>;

  @ManyToOne({ entity: () => Task, ref: true, nullable: true, deleteRule: "cascade", filters: { [TENANT_FILTER]: false } })
  parent: Ref<Task> | null = null;

  @Field(() => String, { description: "What is to be done, in one line (at most 300 characters)." })
  @Property({ type: "string", length: 300 })
  title!: string;

  @Field(() => String, { nullable: true, description: "The details, as free text; null for none." })
  @Property({ type: "text", nullable: true })
  description: string | null = null;

  @Field(() => TaskStatus, { description: "Where the task stands: the board column it is in." })
  @Enum({ items: () => TaskStatus, nativeEnumName: "task_status" })
  status: TaskStatus = TaskStatus.TODO;

  @Field(() => TaskPriority, { description: "How urgent it is." })
  @Enum({ items: () => TaskPriority, nativeEnumName: "task_priority" })
  priority: TaskPriority = TaskPriority.MEDIUM;

  /** A User owned by identity; exposed as `assignee`. */
  @Property({ type: "uuid", nullable: true })
  assigneeId: string | null = null;

  @Field(() => Float, { nullable: true, description: "Estimated effort in hours." })
  @Property({ type: "double", nullable: true })
  estimateHours: number | null = null;

  @Field(() => LocalDate, { nullable: true, description: "The planned first day; null when unplanned." })
  @Property({ type: "date", nullable: true })
  startDate: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: "The day it is due; null for no deadline." })
  @Property({ type: "date", nullable: true })
  dueDate: string | null = null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "The start date when the project's baseline was last set (`setProjectBaseline`).",
  })
  @Property({ type: "date", nullable: true })
  baselineStartDate: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: "The due date when the project's baseline was last set (`setProjectBaseline`)." })
  @Property({ type: "date", nullable: true })
  baselineDueDate: string | null = null;

  @Field(() => String, {
    description: "Position on the project's board within its status column: cards sort by rank (byte order). Changed by `moveTask`.",
  })
  @Property({ type: "string", length: 64, collation: "C" })
  rank!: string;

  @Field(() => Int, { description: "Completion, 0 to 100; always 100 when the task is DONE." })
  @Property({ type: "smallint" })
  completion: number = 0;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the task was completed: when it became DONE, or the earlier time given with `completedAt` when it was done before " +
      "it was recorded (an import, a card moved late). Null while it is not DONE. Velocity and forecasts count it in that day's week.",
  })
  @Property({ type: "datetime", nullable: true })
  completedAt: Date | null = null;

  @Field(() => [String], {
    description: "Free-form labels: trimmed, unique ignoring case (the first spelling is kept), at most 20 of 50 characters each.",
  })
  @Property({ type: "text[]", defaultRaw: `'{}'` })
  labels: string[] = [];

  /** The labels in lower case, which the `labels` filters match (GIN-indexed). */
  @Property({ type: "text[]", defaultRaw: `'{}'` })
  labelKeys: string[] = [];

  /** identity Skills the work needs, each with an optional minimum level; exposed as `requiredSkills` and `skillRequirements`. */
  @Property({ type: "jsonb", defaultRaw: `'[]'` })
  requiredSkills: StoredSkillRequirement[] = [];
}

export { SkillLevel };

/** A required skill as a task stores it: identity's Skill id, and the level needed (null: any). */
export interface StoredSkillRequirement {
  skillId: string;
  minLevel: SkillLevel | null;
}
