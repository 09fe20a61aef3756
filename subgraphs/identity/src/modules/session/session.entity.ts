import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { uuidv7 } from "@plateau/kernel";
import { User } from "../user/user.entity.js";

/**
 * A signed-in device: created at sign-up and login; its id is the `sid` claim of every access token
 * minted for it. Not exposed in GraphQL yet (the sessions UI and revocation come later).
 */
@Entity({ tableName: "session" })
@Index({ properties: ["user", "createdAt"] })
export class Session {
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;

  @Property({ type: "string", length: 512, nullable: true })
  userAgent: string | null = null;

  @Property({ type: "string", length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", defaultRaw: "now()" })
  lastSeenAt: Date = new Date();

  @Property({ type: "datetime", nullable: true })
  revokedAt: Date | null = null;
}
