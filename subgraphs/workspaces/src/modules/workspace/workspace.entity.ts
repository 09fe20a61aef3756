import { Entity, Property } from "@mikro-orm/decorators/legacy";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "@plateau/subgraph-kit";

/**
 * A workspace: the tenant every other subgraph's rows belong to. It is not itself tenant-filtered (it
 * *is* the tenant), so every read of it decides visibility explicitly (see workspace.access.ts).
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A workspace: the tenant that owns projects, tasks and members." })
@Entity({ tableName: "workspace" })
export class Workspace extends BaseEntity {
  @Field(() => String, { description: "Its display name, 1-120 characters." })
  @Property({ type: "string", length: 120 })
  name!: string;

  @Field(() => String, { description: "Unique URL name: 3-48 lower-case letters, digits and dashes." })
  @Property({ type: "string", length: 48, unique: true })
  slug!: string;

  @Field(() => Int, { description: "Increases on every change; pass it as `expectedVersion` when editing." })
  @Property({ type: "integer", version: true })
  version: number = 1;

  /** Set when the workspace is deleted; a deleted workspace reads as not found everywhere. */
  @Property({ type: "datetime", nullable: true })
  deletedAt: Date | null = null;
}
