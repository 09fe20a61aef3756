import { ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { uuidv7 } from "@plateau/kernel";
import { User } from "../user/user.entity.js";

/**
 * The columns of a single-use, expiring secret handed to a user (password-reset token, MFA challenge):
 * stored only as its SHA-256 digest (`secret-token.ts`), spent once (`usedAt`) under an optimistic lock
 * so two concurrent uses cannot both succeed. Not a GraphQL type.
 */
export abstract class SingleUseToken {
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;

  /** Hex SHA-256 of the token the user holds. */
  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  usedAt: Date | null = null;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  /** Optimistic lock: of two concurrent uses of one token, the second's flush fails. */
  @Property({ type: "integer", version: true })
  version: number = 1;
}
