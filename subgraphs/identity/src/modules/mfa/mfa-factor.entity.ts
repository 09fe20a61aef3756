import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { uuidv7 } from "@plateau/kernel";
import { User } from "../user/user.entity.js";

/** PENDING from enrollMfa until confirmMfa proves the authenticator works; then ACTIVE. */
export enum MfaFactorStatus {
  PENDING = "PENDING",
  ACTIVE = "ACTIVE",
}

/**
 * A user's TOTP authenticator (at most one). The secret is stored sealed with the SecretBox (AES-256-GCM,
 * bound to the user), never in the clear: the server must read it back to check codes, so it cannot be
 * hashed. Not a GraphQL type: `User.mfaEnabled` says whether it is active.
 */
@Entity({ tableName: "mfa_factor" })
@Unique({ properties: ["user"] })
export class MfaFactor {
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;

  @Enum({ items: () => MfaFactorStatus, nativeEnumName: "mfa_factor_status" })
  status: MfaFactorStatus = MfaFactorStatus.PENDING;

  /** The base32 TOTP secret, sealed (`v1.<kid>.…`) with the context {@link totpSecretContext}. */
  @Property({ type: "text" })
  sealedSecret!: string;

  /**
   * The time step of the last accepted code: only codes of later steps are accepted, so a code cannot
   * be used twice within its window.
   */
  @Property({ type: "integer", nullable: true })
  lastUsedStep: number | null = null;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", nullable: true })
  confirmedAt: Date | null = null;

  /** Optimistic lock: two requests accepting a code at once cannot both move `lastUsedStep`. */
  @Property({ type: "integer", version: true })
  version: number = 1;
}

/** What a user's TOTP secret is sealed with: a sealed value copied to another account will not open. */
export const totpSecretContext = (userId: string) => `totp:${userId}`;
