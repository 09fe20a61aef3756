import { Entity, Index, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { LocalDate, TenantEntity } from "@plateau/subgraph-kit";

/**
 * A day nobody is expected to work (a holiday: no user) or one person is not (leave): capacity leaves it
 * out. The user is exposed as `user`.
 */
@ObjectType({ description: "A holiday of the workspace, or a day of one person's leave: no capacity that day." })
@Entity({ tableName: "non_working_day" })
@Index({ properties: ["workspaceId", "date"] })
// One holiday per day, and one day of leave per person and day: a second is CONFLICT (capacity.service.ts).
@Unique({ name: "non_working_day_one_holiday", properties: ["workspaceId", "date"], where: { userId: null } })
@Unique({ name: "non_working_day_one_leave", properties: ["workspaceId", "userId", "date"], where: { userId: { $ne: null } } })
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
