import { Field, InputType } from "type-graphql";
import { Connection, DateTimeFilter, IdFilter, StringFilter } from "@plateau/subgraph-kit";
import { ActivityEntry } from "./activity-entry.entity.js";

export const ActivityEntryConnection = Connection(ActivityEntry);

/** Narrows a project's activity. */
@InputType()
export class ActivityFilter {
  @Field(() => StringFilter, { nullable: true, description: 'The changed field, e.g. `{ in: ["status", "assigneeId"] }`.' })
  field?: StringFilter;

  @Field(() => IdFilter, { nullable: true, description: "Who made the change (`isNull: true`: background work)." })
  actorId?: IdFilter;

  @Field(() => DateTimeFilter, { nullable: true })
  occurredAt?: DateTimeFilter;

  @Field(() => [ActivityFilter], { nullable: true }) and?: ActivityFilter[];
  @Field(() => [ActivityFilter], { nullable: true }) or?: ActivityFilter[];
}
