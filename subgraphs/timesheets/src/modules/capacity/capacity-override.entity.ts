import { ArrayType } from "@mikro-orm/core";
import { Entity, Index, Property } from "@mikro-orm/decorators/legacy";
import { Field, Float, ObjectType } from "type-graphql";
import { LocalDate, TenantEntity } from "@plateau/subgraph-kit";
import type { IsoWeekday } from "./capacity.calc.js";

/**
 * One person's own capacity for a span of days (part-time, a reduced month), instead of the workspace's.
 * Where several cover a day, the one starting latest counts. `workingDays` (ISO weekdays) is exposed as
 * Weekdays by the resolver, the user as `user`.
 */
@ObjectType({ description: "One person's own weekly capacity for a span of days, instead of the workspace's." })
@Entity({ tableName: "capacity_override" })
@Index({ properties: ["workspaceId", "userId", "from"] })
export class CapacityOverride extends TenantEntity {
  @Property({ type: "uuid" })
  userId!: string;

  @Field(() => LocalDate, { description: "The first day it applies." })
  @Property({ type: "date" })
  from!: string;

  @Field(() => LocalDate, { nullable: true, description: "The last day it applies; null: until further notice." })
  @Property({ type: "date", nullable: true })
  to: string | null = null;

  @Field(() => Float, { description: "Hours the person is expected to work in a full week." })
  @Property({ type: "double" })
  hoursPerWeek!: number;

  @Property({ type: new ArrayType<IsoWeekday>((day) => Number(day) as IsoWeekday), columnType: "smallint[]" })
  workingDays!: IsoWeekday[];
}
