import { DecimalType } from "@mikro-orm/core";
import { Check, Entity, Index, Property } from "@mikro-orm/decorators/legacy";
import { Directive, Field, Float, ObjectType } from "type-graphql";
import { LocalDate, VersionedTenantEntity } from "@plateau/subgraph-kit";

/**
 * Hours one user worked on one day, on one portfolio task or in one category of non-project time. The
 * task, its project and the user live in other subgraphs, so they are plain ids here (no foreign keys
 * across schemas) and are exposed as `task`, `project` and `user` references.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "Hours one user worked on one day, on a task or in a category of non-project time." })
@Entity({ tableName: "time_entry" })
@Index({ properties: ["workspaceId", "taskId"] })
@Index({ properties: ["workspaceId", "categoryId"] })
@Index({ properties: ["workspaceId", "projectId"] })
@Index({ properties: ["workspaceId", "userId", "date"] })
// The service validates hours; the constraint keeps a bug or a manual write from storing nonsense.
@Check({ name: "time_entry_hours_range", expression: "hours > 0 and hours <= 24" })
// On a task (with its project) or in a category of non-project time, never both nor neither.
@Check({
  name: "time_entry_task_or_category",
  expression:
    "(task_id is not null and project_id is not null and category_id is null) or (task_id is null and project_id is null and category_id is not null)",
})
export class TimeEntry extends VersionedTenantEntity {
  /** Who worked (a User owned by identity). */
  @Property({ type: "uuid" })
  userId!: string;

  /** The portfolio Task worked on; null for non-project time. */
  @Property({ type: "uuid", nullable: true })
  taskId: string | null = null;

  /** The task's portfolio Project, kept here so project rollups need no call to portfolio; null for non-project time. */
  @Property({ type: "uuid", nullable: true })
  projectId: string | null = null;

  /** The TimeCategory of non-project time; null for time on a task. */
  @Property({ type: "uuid", nullable: true })
  categoryId: string | null = null;

  @Field(() => LocalDate, { description: "The day the work was done." })
  @Property({ type: "date" })
  date!: string;

  // numeric(4,2), not double: sums over many entries must come out exact (0.1 + 0.2 hours is 0.3).
  @Field(() => Float, { description: "Hours worked, more than 0 and at most 24, in steps of 0.01." })
  @Property({ type: new DecimalType("number"), precision: 4, scale: 2 })
  hours!: number;

  @Field(() => String, { nullable: true, description: "What was done, as the user wrote it (at most 2000 characters); null when none." })
  @Property({ type: "text", nullable: true })
  note: string | null = null;

  @Field(() => Boolean, { description: "Whether the hours can be billed to the client." })
  @Property({ type: "boolean", default: true })
  billable: boolean = true;
}
