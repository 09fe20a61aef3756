import { Field, InputType } from "type-graphql";
import { DateTimeFilter, EnumFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { SecurityEventType } from "./security-event.entity.js";

const SecurityEventTypeFilter = EnumFilter(SecurityEventType, "SecurityEventType");

@InputType({ description: "Filters security events; fields combine with AND." })
export class SecurityEventFilter {
  @Field(() => SecurityEventTypeFilter, { nullable: true, description: "Events of these types." })
  type?: EnumFilterValue<SecurityEventType>;
  @Field(() => DateTimeFilter, { nullable: true, description: "Events from this time range." }) occurredAt?: DateTimeFilter;
}
