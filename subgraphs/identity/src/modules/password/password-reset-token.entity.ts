import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { uuidv7 } from "@plateau/kernel";
import { User } from "../user/user.entity.js";

/**
 * A password-reset token, stored only as its SHA-256 hash: a database leak must not hand out resets.
 * Single use (`usedAt`), expiring (`expiresAt`); a newer request deletes the user's unused ones. Not a
 * tenant row and not exposed in GraphQL.
 */
@Entity({ tableName: "password_reset_token" })
@Index({ properties: ["user", "createdAt"] })
export class PasswordResetToken {
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;

  /** Hex SHA-256 of the token the user received. */
  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  usedAt: Date | null = null;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  /** Optimistic lock: of two concurrent resets with one token, the second's flush fails. */
  @Property({ type: "integer", version: true })
  version: number = 1;
}
