import { Entity, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { VersionedTenantEntity } from "@plateau/subgraph-kit";

/**
 * A kind of non-project time in a workspace's catalogue (meetings, support, training…): time entries
 * name one instead of a task. Archived categories stay on their entries but take no new time.
 */
@ObjectType({ description: "A kind of non-project time (meetings, support, training…) time can be logged on instead of a task." })
@Entity({ tableName: "time_category" })
@Unique({ properties: ["workspaceId", "name"] })
export class TimeCategory extends VersionedTenantEntity {
  @Field(() => String, { description: "Unique within the workspace." })
  @Property({ type: "string", length: 120 })
  name!: string;

  @Field(() => Boolean, { description: "Whether time in it is billable unless an entry says otherwise." })
  @Property({ type: "boolean", default: false })
  billable: boolean = false;

  @Field(() => Boolean, { description: "True once archived: kept on its entries, no new time can be logged in it." })
  @Property({ type: "boolean", default: false })
  archived: boolean = false;
}
