import { PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { uuidv7 } from "@plateau/kernel";

/**
 * Columns every persisted type has: a UUIDv7 id and timestamps. Entities that belong to a workspace
 * extend {@link TenantEntity} instead.
 */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID, { description: "The stable, globally unique id (a UUIDv7, so ids sort by creation)." })
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @Field(() => Date, { description: "When it was created (ISO 8601, UTC)." })
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Field(() => Date, { description: "When it was last changed (ISO 8601, UTC)." })
  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A row owned by one workspace (the tenant): scoped by the tenant filter, `workspace_id` leads its indexes. */
@ObjectType()
export abstract class TenantEntity extends BaseEntity {
  @Property({ type: "uuid" })
  workspaceId!: string;
}

/**
 * An aggregate edited concurrently: `version` increases on every change and edits pass
 * `expectedVersion` (docs/clients.md, "Pagination").
 */
@ObjectType()
export abstract class VersionedTenantEntity extends TenantEntity {
  @Field(() => Int, { description: "Increases on every change; pass it as `expectedVersion` when editing." })
  @Property({ type: "integer", version: true })
  version: number = 1;
}
