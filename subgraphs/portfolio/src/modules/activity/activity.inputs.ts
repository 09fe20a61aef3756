import { Field, InputType } from "type-graphql";
import { DateTimeFilter, IdFilter, StringFilter } from "@plateau/subgraph-kit";

/** Narrows a project's activity. */
@InputType({ description: "Narrows an activity log; fields combine with AND." })
export class ActivityFilter {
  @Field(() => StringFilter, { nullable: true, description: 'The changed field, e.g. `{ in: ["status", "assigneeId"] }`.' })
  field?: StringFilter;

  @Field(() => IdFilter, { nullable: true, description: "Who made the change (`isNull: true`: background work)." })
  actorId?: IdFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: "Changes from this time range." })
  occurredAt?: DateTimeFilter;

  @Field(() => [ActivityFilter], { nullable: true, description: "Every one of these filters matches." }) and?: ActivityFilter[];
  @Field(() => [ActivityFilter], { nullable: true, description: "At least one of these filters matches." }) or?: ActivityFilter[];
}
