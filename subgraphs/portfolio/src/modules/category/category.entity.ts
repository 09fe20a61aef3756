import { Entity, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { VersionedTenantEntity } from "@plateau/subgraph-kit";

/** A workspace-defined category of projects (Security, Infrastructure, …). */
@ObjectType({ description: "A workspace-defined category of projects." })
@Entity({ tableName: "project_category" })
@Unique({ properties: ["workspaceId", "nameKey"] })
export class ProjectCategory extends VersionedTenantEntity {
  @Field(() => String, { description: "Unique within the workspace, ignoring case." })
  @Property({ type: "string", length: 80 })
  name!: string;

  /** The lower-cased name: what makes names unique regardless of case. Kept in step by the service. */
  @Property({ type: "string", length: 80, hidden: true })
  nameKey!: string;

  @Field(() => String, { nullable: true, description: "A colour for charts and badges, `#RRGGBB`." })
  @Property({ type: "string", length: 7, nullable: true })
  color: string | null = null;
}
