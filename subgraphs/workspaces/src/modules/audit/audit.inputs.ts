import { Field, InputType } from "type-graphql";
import { DateTimeFilter, EnumFilter, IdFilter, StringFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { AuditKind } from "./audit-entry.entity.js";

const AuditKindFilter = EnumFilter(AuditKind, "AuditKind");

@InputType({ description: "Filters audit entries; fields combine with AND." })
export class AuditLogFilter {
  @Field(() => AuditKindFilter, { nullable: true, description: "SECURITY or DATA entries." }) kind?: EnumFilterValue<AuditKind>;
  @Field(() => StringFilter, { nullable: true, description: 'e.g. `{ eq: "member.role_changed" }` or `{ contains: "security" }`.' })
  action?: StringFilter;
  @Field(() => IdFilter, { nullable: true, description: "Entries of what these users did." }) actorId?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Entries about this type of thing, e.g. `{ eq: "Membership" }`.' })
  entityType?: StringFilter;
  @Field(() => IdFilter, { nullable: true, description: "Entries about these things." }) entityId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: "Entries from this time range." }) occurredAt?: DateTimeFilter;
  @Field(() => [AuditLogFilter], { nullable: true, description: "Every one of these filters matches." }) and?: AuditLogFilter[];
  @Field(() => [AuditLogFilter], { nullable: true, description: "At least one of these filters matches." }) or?: AuditLogFilter[];
}
