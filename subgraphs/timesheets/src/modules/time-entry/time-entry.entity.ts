import { DecimalType } from "@mikro-orm/core";
import { Check, Entity, Index, Property } from "@mikro-orm/decorators/legacy";
import { Directive, Field, Float, ObjectType } from "type-graphql";
import { LocalDate, VersionedTenantEntity } from "@plateau/subgraph-kit";

/**
 * Hours one user worked on one portfolio task on one day. The task, its project and the user live in
 * other subgraphs, so they are plain ids here (no foreign keys across schemas) and are exposed as
 * `task`, `project` and `user` references.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "Hours one user worked on one task on one day." })
@Entity({ tableName: "time_entry" })
@Index({ properties: ["workspaceId", "taskId"] })
@Index({ properties: ["workspaceId", "projectId"] })
@Index({ properties: ["workspaceId", "userId", "date"] })
// The service validates hours; the constraint keeps a bug or a manual write from storing nonsense.
@Check({ name: "time_entry_hours_range", expression: "hours > 0 and hours <= 24" })
export class TimeEntry extends VersionedTenantEntity {
  /** Who worked (a User owned by identity). */
  @Property({ type: "uuid" })
  userId!: string;

  /** The portfolio Task worked on. */
  @Property({ type: "uuid" })
  taskId!: string;

  /** The task's portfolio Project, kept here so project rollups need no call to portfolio. */
  @Property({ type: "uuid" })
  projectId!: string;

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
