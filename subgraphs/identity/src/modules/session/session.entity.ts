import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { uuidv7 } from "@plateau/kernel";
import { User } from "../user/user.entity.js";

/**
 * A signed-in device: opened at sign-up, login and password reset; its id is the `sid` claim of every
 * access token minted for it, and its refresh tokens rotate within it. It lives until it is revoked
 * (logout, revocation, password change or reset, refresh-token reuse) or reaches `expiresAt`, however
 * often it is refreshed. Its refresh tokens never appear in GraphQL, not even as digests.
 */
@ObjectType({ description: "A signed-in device of yours." })
@Entity({ tableName: "session" })
@Index({ properties: ["user", "createdAt"] })
export class Session {
  @Field(() => ID, { description: "The session's id (the `sid` in its access tokens)." })
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;

  @Field(() => String, { nullable: true, description: "The device's browser or client, as it last identified itself." })
  @Property({ type: "string", length: 512, nullable: true })
  userAgent: string | null = null;

  @Field(() => String, { nullable: true, description: "The address the device was last seen from." })
  @Property({ type: "string", length: 64, nullable: true })
  ip: string | null = null;

  @Field(() => Date, { description: "When you signed in on the device." })
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Field(() => Date, { description: "When the device last refreshed its token or switched workspace." })
  @Property({ type: "datetime", defaultRaw: "now()" })
  lastSeenAt: Date = new Date();

  @Field(() => Date, { description: "When the session ends at the latest, however often it is refreshed." })
  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  revokedAt: Date | null = null;

  /**
   * The workspace the session's tokens are scoped to (set at login and switchWorkspace), so a refresh
   * stays in it. Deliberately not named `workspace_id`: a column of that name makes a table tenant
   * data under Row-Level Security, and sessions belong to users.
   */
  @Property({ type: "uuid", nullable: true })
  currentWorkspaceId: string | null = null;

  /** Whether tokens of this session may still be used at `now`. */
  isActive(now = new Date()): boolean {
    return this.revokedAt === null && this.expiresAt > now;
  }
}
