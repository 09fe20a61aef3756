import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { uuidv7 } from "@plateau/kernel";
import { Session } from "./session.entity.js";

/**
 * One generation of a session's refresh token, stored only as its SHA-256 digest. The session is the
 * token family: every use spends the token (`usedAt`) and issues generation + 1, so at most one token of
 * a session is live. A spent token presented again means two parties hold the family: the session is
 * revoked. Not a GraphQL type.
 */
@Entity({ tableName: "refresh_token" })
@Index({ properties: ["session", "generation"] })
export class RefreshToken {
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @ManyToOne({ entity: () => Session, ref: true, deleteRule: "cascade" })
  session!: Ref<Session>;

  /** Hex SHA-256 of the token the client holds. */
  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  /** 1 for the token issued with the session, then one more per rotation. */
  @Property({ type: "integer" })
  generation!: number;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  /** Sliding: each rotation's token lives REFRESH_TOKEN_TTL_MS, never beyond the session's `expiresAt`. */
  @Property({ type: "datetime" })
  expiresAt!: Date;

  /** When it was spent: exchanged by a refresh, or replaced when the session switched workspace. */
  @Property({ type: "datetime", nullable: true })
  usedAt: Date | null = null;

  /** When its session was revoked while it was live. */
  @Property({ type: "datetime", nullable: true })
  revokedAt: Date | null = null;

  /** Optimistic lock: of two concurrent uses of one token, the second's flush fails. */
  @Property({ type: "integer", version: true })
  version: number = 1;
}
