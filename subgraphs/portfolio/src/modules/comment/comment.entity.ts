import { Entity, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { VersionedTenantEntity } from "@plateau/subgraph-kit";
import { Project } from "../project/project.entity.js";
import { Task } from "../task/task.entity.js";

/**
 * A comment on a task. Deleting one removes the row (no soft delete: a deleted comment's text is gone;
 * the activity log keeps only that a comment was deleted, by whom and when). `project` is the task's,
 * stored so a project's activity and a task tree's cascade need no join. Deleting the task deletes
 * its comments.
 */
@ObjectType({ description: "A comment on a task; `@[Name](user:<id>)` tokens in the body mention workspace members." })
@Entity({ tableName: "comment" })
@Index({ properties: ["workspaceId", "task", "createdAt", "id"] })
export class Comment extends VersionedTenantEntity {
  @ManyToOne({ entity: () => Task, ref: true, deleteRule: "cascade" })
  task!: Ref<Task>;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  /** A User owned by identity; exposed as `author`. */
  @Property({ type: "uuid" })
  authorId!: string;

  @Field(() => String, { description: "Markdown; mentions are `@[Name](user:<id>)` tokens." })
  @Property({ type: "text" })
  body!: string;

  /** The users the body mentions, in order of first mention; exposed as `mentions`. */
  @Property({ type: "json" })
  mentionIds: string[] = [];

  @Field(() => Date, { nullable: true, description: "When the body was last edited; null if never." })
  @Property({ type: "datetime", nullable: true })
  editedAt: Date | null = null;
}
