import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";

/**
 * The timer a user has running in a workspace: at most one (the primary key), on one task, from
 * `startedAt`. `stopTimer` turns it into a time entry and deletes it; `discardTimer` deletes it. The
 * task, its project and the user are exposed as `task`, `project` and `user`.
 */
@ObjectType({ description: "A running timer: time being tracked on a task, logged as an entry when stopped." })
@Entity({ tableName: "running_timer" })
export class RunningTimer {
  @PrimaryKey({ type: "uuid" })
  workspaceId!: string;

  @PrimaryKey({ type: "uuid" })
  userId!: string;

  @Property({ type: "uuid" })
  taskId!: string;

  @Property({ type: "uuid" })
  projectId!: string;

  @Field(() => Date, { description: "When it was started." })
  @Property({ type: "datetime" })
  startedAt!: Date;

  @Field(() => String, { nullable: true, description: "The note the entry will get; null for none." })
  @Property({ type: "text", nullable: true })
  note: string | null = null;

  @Field(() => Boolean, { description: "Whether the entry will be billable." })
  @Property({ type: "boolean" })
  billable: boolean = true;
}
