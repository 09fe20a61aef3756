import { Field, InputType } from "type-graphql";
import { DateTimeFilter, EnumFilter, IdFilter, StringFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { AuditKind } from "./audit-entry.entity.js";

const AuditKindFilter = EnumFilter(AuditKind, "AuditKind");

@InputType({ description: "Filters audit entries; fields combine with AND." })
export class AuditLogFilter {
  @Field(() => AuditKindFilter, { nullable: true }) kind?: EnumFilterValue<AuditKind>;
  @Field(() => StringFilter, { nullable: true, description: 'e.g. `{ eq: "member.role_changed" }` or `{ contains: "security" }`.' })
  action?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) actorId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) entityType?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) entityId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) occurredAt?: DateTimeFilter;
  @Field(() => [AuditLogFilter], { nullable: true }) and?: AuditLogFilter[];
  @Field(() => [AuditLogFilter], { nullable: true }) or?: AuditLogFilter[];
}
