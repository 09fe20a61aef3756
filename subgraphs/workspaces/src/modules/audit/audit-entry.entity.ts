import { Entity, Enum, Index, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { uuidv7 } from "@plateau/kernel";

/** What an audit entry is about: who may do what (SECURITY), or what was changed (DATA). */
export const AuditKind = {
  SECURITY: "SECURITY",
  DATA: "DATA",
} as const;
export type AuditKind = (typeof AuditKind)[keyof typeof AuditKind];

registerEnumType(AuditKind, {
  name: "AuditKind",
  description: "SECURITY: sign-ins, sessions, memberships, roles, invitations. DATA: changes to the workspace's data.",
  valuesConfig: {
    SECURITY: { description: "Who may do what: sign-ins, sessions, memberships, roles and invitations." },
    DATA: { description: "A change to the workspace's data: projects, tasks, time entries and the like." },
  },
});

/** Before/after snapshot of the changed fields: plain JSON, never secrets. */
export type AuditSnapshot = Record<string, unknown>;

/**
 * One entry of a workspace's audit log: appended in the same flush as the change it records (this
 * subgraph's changes), or by the audit consumer from other services' events (`eventId` set, unique per
 * workspace, so a redelivered event is stored once). Never updated.
 */
@ObjectType({ description: "One entry of the workspace's audit log: who did what, when, from where." })
@Entity({ tableName: "audit_entry" })
@Index({ properties: ["workspaceId", "occurredAt"] })
@Index({ properties: ["workspaceId", "entityType", "entityId"] })
@Unique({ properties: ["workspaceId", "eventId"] })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's id." })
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @Property({ type: "uuid" })
  workspaceId!: string;

  @Field(() => Date, { description: "When the change happened (ISO 8601, UTC)." })
  @Property({ type: "datetime" })
  occurredAt!: Date;

  /** Who did it (a User owned by identity); exposed as `actor`. Null for the system or an unknown caller. */
  @Property({ type: "uuid", nullable: true })
  actorId: string | null = null;

  @Field(() => AuditKind, { description: "Whether the entry is about security or data." })
  @Enum({ items: () => AuditKind, nativeEnumName: "audit_kind" })
  kind!: AuditKind;

  @Field(() => String, { description: "What happened, e.g. `member.role_changed` or `identity.security.login_failed`." })
  @Property({ type: "string", length: 200 })
  action!: string;

  @Field(() => String, { description: "The type of what it happened to, e.g. `Membership`." })
  @Property({ type: "string", length: 100 })
  entityType!: string;

  @Field(() => ID, { description: "The id of what it happened to." })
  @Property({ type: "string", length: 100 })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The changed fields before the change; null for a creation." })
  @Property({ type: "json", nullable: true })
  before: AuditSnapshot | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The changed fields after the change; null for a removal." })
  @Property({ type: "json", nullable: true })
  after: AuditSnapshot | null = null;

  @Field(() => String, { nullable: true, description: "The client's address, as far as the service could tell." })
  @Property({ type: "string", length: 64, nullable: true })
  ip: string | null = null;

  @Field(() => String, { nullable: true, description: "The client's User-Agent header, cut at 512 characters; null when it sent none." })
  @Property({ type: "string", length: 512, nullable: true })
  userAgent: string | null = null;

  @Field(() => String, { nullable: true, description: "The request that made the change (`x-request-id`), to match logs." })
  @Property({ type: "string", length: 128, nullable: true })
  requestId: string | null = null;

  /** The domain event this entry was stored from; null for this subgraph's own changes. */
  @Property({ type: "uuid", nullable: true })
  eventId: string | null = null;
}
