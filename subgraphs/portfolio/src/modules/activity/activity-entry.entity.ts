import { Entity, Enum, Index, Property } from "@mikro-orm/decorators/legacy";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "@plateau/subgraph-kit";

/** What happened to the entity an activity entry is about. */
export enum ActivityAction {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  DELETED = "DELETED",
}
registerEnumType(ActivityAction, {
  description: "What happened to the entity an activity entry is about.",
  valuesConfig: {
    CREATED: { description: "It was created; `after` holds its initial state." },
    UPDATED: { description: "One of its fields changed (`field`, `before`, `after`)." },
    DELETED: { description: "It was deleted; `before` holds its last state." },
  },
  name: "ActivityAction",
});

/**
 * One row of the activity log: one changed field of a task, project, comment, milestone or
 * dependency (or the creation or deletion of one), written in the same flush as the change
 * (activity.recorder.ts). Never updated. `projectId`/`taskId` are plain ids, no foreign keys: the
 * history outlives what it talks about.
 */
@ObjectType({ description: "One change in the activity log: who changed which field of what, from what to what, when." })
@Entity({ tableName: "activity_entry" })
@Index({ properties: ["workspaceId", "taskId", "occurredAt", "id"] })
@Index({ properties: ["workspaceId", "projectId", "occurredAt", "id"] })
export class ActivityEntry extends TenantEntity {
  /** The user who made the change; null for background work (e.g. the milestone sweep). Exposed as `actor`. */
  @Property({ type: "uuid", nullable: true })
  actorId: string | null = null;

  @Field(() => String, { description: "The changed entity's type: Task, Project, Comment, Milestone, TaskDependency." })
  @Property({ type: "string", length: 64 })
  entityType!: string;

  @Field(() => ID, { description: "The changed entity's id (it may no longer exist)." })
  @Property({ type: "uuid" })
  entityId!: string;

  @Field(() => ActivityAction, { description: "Whether the entity was created, updated or deleted." })
  @Enum({ items: () => ActivityAction, nativeEnumName: "activity_action" })
  action!: ActivityAction;

  @Field(() => ID, { nullable: true, description: "The project the change belongs to." })
  @Property({ type: "uuid", nullable: true })
  projectId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: "The task the change belongs to (the task itself, or the task of a comment or dependency).",
  })
  @Property({ type: "uuid", nullable: true })
  taskId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The changed field (`position`: reordered within its board column); null for a creation or deletion.",
  })
  @Property({ type: "string", length: 64, nullable: true })
  field: string | null = null;

  @Field(() => GraphQLJSON, { nullable: true, description: "The value before (a deletion: the last state)." })
  @Property({ type: "json", nullable: true })
  before: unknown = null;

  @Field(() => GraphQLJSON, { nullable: true, description: "The value after (a creation: the initial state)." })
  @Property({ type: "json", nullable: true })
  after: unknown = null;

  @Field(() => Date, { description: "When the change was committed." })
  @Property({ type: "datetime" })
  occurredAt: Date = new Date();
}
