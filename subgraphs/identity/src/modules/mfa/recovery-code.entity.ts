import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { uuidv7 } from "@plateau/kernel";
import { User } from "../user/user.entity.js";

/**
 * One single-use recovery code, stored as SHA-256 over a per-code salt and the code (80 random bits:
 * beyond guessing, so a slow hash adds nothing). Replaced as a set by confirmMfa and
 * regenerateRecoveryCodes; removed with the factor by disableMfa.
 */
@Entity({ tableName: "recovery_code" })
@Index({ properties: ["user"] })
export class RecoveryCode {
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;

  /** 16 random bytes, hex. */
  @Property({ type: "string", length: 32 })
  salt!: string;

  /** Hex SHA-256 of `<salt>:<normalised code>`. */
  @Property({ type: "string", length: 64 })
  codeHash!: string;

  @Property({ type: "datetime", nullable: true })
  usedAt: Date | null = null;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  /** Optimistic lock: a code presented twice at once is spent once. */
  @Property({ type: "integer", version: true })
  version: number = 1;
}
