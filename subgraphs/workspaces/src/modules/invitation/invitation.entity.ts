import { Entity, Enum, Index, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { WorkspaceRole } from "@plateau/kernel";
import { TenantEntity } from "@plateau/subgraph-kit";

/** Where an invitation stands; derived from its timestamps (see {@link Invitation.statusAt}). */
export const InvitationStatus = {
  PENDING: "PENDING",
  ACCEPTED: "ACCEPTED",
  REVOKED: "REVOKED",
  EXPIRED: "EXPIRED",
} as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

registerEnumType(InvitationStatus, {
  name: "InvitationStatus",
  description: "PENDING: can still be accepted. ACCEPTED, REVOKED, EXPIRED: can no longer be.",
  valuesConfig: {
    PENDING: { description: "Sent, not yet accepted, revoked or expired: its token still works." },
    ACCEPTED: { description: "Someone joined with it (`acceptedBy`, `acceptedAt`)." },
    REVOKED: { description: "A member withdrew it before it was accepted (`revokedAt`)." },
    EXPIRED: { description: "It was not accepted before `expiresAt`." },
  },
});

/**
 * An invitation to join a workspace with a role, sent to an email address. The secret token that
 * accepts it is delivered to that address and stored only as its SHA-256 hash; it is never exposed.
 * Single use (`acceptedAt`), expiring (`expiresAt`), revocable (`revokedAt`).
 */
@ObjectType({ description: "An invitation to join the workspace, sent to an email address." })
@Entity({ tableName: "invitation" })
@Index({ properties: ["workspaceId", "createdAt"] })
@Index({ properties: ["workspaceId", "email"] })
export class Invitation extends TenantEntity {
  @Field(() => String, { description: "Trimmed and lower-cased." })
  @Property({ type: "string", length: 254 })
  email!: string;

  @Field(() => WorkspaceRole, { description: "The role the invitee gets on accepting." })
  @Enum({ items: () => WorkspaceRole, nativeEnumName: "workspace_role" })
  role!: WorkspaceRole;

  /** The member who sent it (a User owned by identity); exposed as `invitedBy`. */
  @Property({ type: "uuid" })
  invitedById!: string;

  /** Hex SHA-256 of the token; accepting looks the invitation up by it (see subgraph.ts, its policy). */
  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  @Field(() => Date, { description: "After this it can no longer be accepted." })
  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: "When it was accepted; null while it is not." })
  @Property({ type: "datetime", nullable: true })
  acceptedAt: Date | null = null;

  /** Who accepted it; exposed as `acceptedBy`. */
  @Property({ type: "uuid", nullable: true })
  acceptedById: string | null = null;

  @Field(() => Date, { nullable: true, description: "When it was revoked; null while it is not." })
  @Property({ type: "datetime", nullable: true })
  revokedAt: Date | null = null;

  /** Where it stands at `now`. */
  statusAt(now: Date = new Date()): InvitationStatus {
    if (this.acceptedAt) return InvitationStatus.ACCEPTED;
    if (this.revokedAt) return InvitationStatus.REVOKED;
    return this.expiresAt.getTime() <= now.getTime() ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
  }
}
