import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { uuidv7 } from "@plateau/kernel";
import { User } from "../user/user.entity.js";

/** What happened to an account's security. */
export enum SecurityEventType {
  LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED",
  LOGIN_FAILED = "LOGIN_FAILED",
  LOGIN_THROTTLED = "LOGIN_THROTTLED",
  LOGOUT = "LOGOUT",
  SESSION_REVOKED = "SESSION_REVOKED",
  REFRESH_TOKEN_REUSE = "REFRESH_TOKEN_REUSE",
  PASSWORD_CHANGED = "PASSWORD_CHANGED",
  PASSWORD_RESET_REQUESTED = "PASSWORD_RESET_REQUESTED",
  PASSWORD_RESET = "PASSWORD_RESET",
  MFA_ENABLED = "MFA_ENABLED",
  MFA_DISABLED = "MFA_DISABLED",
  MFA_CHALLENGE_FAILED = "MFA_CHALLENGE_FAILED",
  RECOVERY_CODE_USED = "RECOVERY_CODE_USED",
}
registerEnumType(SecurityEventType, {
  valuesConfig: {
    LOGIN_SUCCEEDED: { description: "Signed in (after the second factor, when the account has MFA)." },
    LOGIN_FAILED: { description: "A sign-in with a wrong password or code." },
    LOGIN_THROTTLED: { description: "A sign-in refused because of too many recent failures." },
    LOGOUT: { description: "Signed out of a session." },
    SESSION_REVOKED: { description: "A session was ended from another one (revokeSession, revokeAllSessions)." },
    REFRESH_TOKEN_REUSE: {
      description: "A spent refresh token was presented again, so its session was ended: the token may have been stolen.",
    },
    PASSWORD_CHANGED: { description: "The password was changed while signed in." },
    PASSWORD_RESET_REQUESTED: { description: "A password-reset message was asked for." },
    PASSWORD_RESET: { description: "The password was reset with a token from such a message." },
    MFA_ENABLED: { description: "MFA was turned on." },
    MFA_DISABLED: { description: "MFA was turned off." },
    MFA_CHALLENGE_FAILED: { description: "A wrong code was given for the second factor." },
    RECOVERY_CODE_USED: { description: "A recovery code was spent in place of an authenticator code." },
  },
  name: "SecurityEventType",
  description: "What happened to an account's security.",
});

/**
 * A security-relevant moment of an account, appended in the same flush as what it records (failures,
 * which change nothing else, in a flush of their own before the error is answered). User-scoped, not
 * tenant data: it has no `workspace_id` (which would put it under Row-Level Security); workspaces learn
 * of it through the outbox event `identity.security.<type>`. `user` is null for attempts on addresses
 * without an account. Never updated.
 */
@ObjectType({ description: "A security-relevant moment of your account: sign-ins, failures, sessions, password and MFA changes." })
@Entity({ tableName: "security_event" })
@Index({ properties: ["user", "occurredAt"] })
export class SecurityEvent {
  @Field(() => ID, { description: "The event's id." })
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "cascade" })
  user: Ref<User> | null = null;

  @Field(() => SecurityEventType, { description: "What happened." })
  @Enum({ items: () => SecurityEventType, nativeEnumName: "security_event_type" })
  type!: SecurityEventType;

  @Field(() => String, { nullable: true, description: "The client's address, as far as identity could tell." })
  @Property({ type: "string", length: 64, nullable: true })
  ip: string | null = null;

  @Field(() => String, { nullable: true, description: "The client's User-Agent header, cut at 512 characters; null when it sent none." })
  @Property({ type: "string", length: 512, nullable: true })
  userAgent: string | null = null;

  /** A plain id, not a reference: the event outlives nothing but its user, and names sessions of any state. */
  @Field(() => ID, { nullable: true, description: "The session it concerns: opened, ended, revoked, or acting." })
  @Property({ type: "uuid", nullable: true })
  sessionId: string | null = null;

  @Field(() => GraphQLJSONObject, { description: "Type-specific facts, e.g. `{ revokedSessions: 2 }`; never secrets." })
  @Property({ type: "json" })
  details: Record<string, unknown> = {};

  @Field(() => Date, { description: "When it happened (ISO 8601, UTC)." })
  @Property({ type: "datetime", defaultRaw: "now()" })
  occurredAt: Date = new Date();
}
