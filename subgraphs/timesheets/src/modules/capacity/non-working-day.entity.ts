import { Entity, Index, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { LocalDate, TenantEntity } from "@plateau/subgraph-kit";

/**
 * A day nobody is expected to work (a holiday: no user) or one person is not (leave): capacity leaves it
 * out. The user is exposed as `user`.
 */
@ObjectType({ description: "A holiday of the workspace, or a day of one person's leave: no capacity that day." })
@Entity({ tableName: "non_working_day" })
@Index({ properties: ["workspaceId", "date"] })
export class NonWorkingDay extends TenantEntity {
  @Field(() => LocalDate, { description: "The day." })
  @Property({ type: "date" })
  date!: string;

  @Field(() => String, { description: "What it is, e.g. New Year's Day, or Annual leave." })
  @Property({ type: "text" })
  name!: string;

  /** Whose leave; null for a holiday of everyone. */
  @Property({ type: "uuid", nullable: true })
  userId: string | null = null;
}
