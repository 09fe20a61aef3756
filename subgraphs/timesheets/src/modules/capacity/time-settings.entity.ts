import { ArrayType } from "@mikro-orm/core";
import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, Float, Int, ObjectType } from "type-graphql";
import type { IsoWeekday } from "./capacity.calc.js";

/** What a workspace without settings works: 40 hours a week, Monday to Friday, in UTC. */
export const DEFAULT_TIME_SETTINGS = { hoursPerWeek: 40, workingDays: [1, 2, 3, 4, 5] as IsoWeekday[], timeZone: "UTC" };

/**
 * A workspace's working time: the default capacity (hours per week over its working days) and its time
 * zone. One row per workspace, written by `updateTimeSettings`; a workspace without one has
 * {@link DEFAULT_TIME_SETTINGS}. `workingDays` (ISO weekdays) is exposed as Weekdays by the resolver.
 */
@ObjectType({ description: "The workspace's working time: its default capacity and time zone." })
@Entity({ tableName: "time_settings" })
export class TimeSettings {
  @PrimaryKey({ type: "uuid" })
  workspaceId!: string;

  @Field(() => Float, { description: "Hours a person is expected to work in a full week, unless their own capacity says otherwise." })
  @Property({ type: "double" })
  hoursPerWeek: number = DEFAULT_TIME_SETTINGS.hoursPerWeek;

  /** ISO weekdays, 1 Monday … 7 Sunday, ascending. */
  @Property({ type: new ArrayType<IsoWeekday>((day) => Number(day) as IsoWeekday), columnType: "smallint[]" })
  workingDays: IsoWeekday[] = [...DEFAULT_TIME_SETTINGS.workingDays];

  @Field(() => String, {
    description:
      "The IANA time zone (e.g. Europe/Paris) the workspace's days are counted in: the current week, and the day a task was completed.",
  })
  @Property({ type: "text" })
  timeZone: string = DEFAULT_TIME_SETTINGS.timeZone;

  @Field(() => Int, { description: "Increases on every change; pass it as `expectedVersion` (0 before the first change)." })
  @Property({ type: "integer", version: true })
  version: number = 1;
}
