import { Entity, Index, Property } from "@mikro-orm/decorators/legacy";
import { SingleUseToken } from "../auth/single-use-token.entity.js";

/**
 * What login hands out instead of tokens when the account has MFA: proof that the password was right,
 * bound to the user and the workspace they asked for, redeemed once with a code by completeMfaLogin.
 * Stored only as its SHA-256 digest; short-lived (MFA_CHALLENGE_TTL_MS).
 */
@Entity({ tableName: "mfa_challenge" })
@Index({ properties: ["user"] })
export class MfaChallenge extends SingleUseToken {
  /**
   * The `workspaceId` of the login, if any. Not named `workspace_id`: that column name makes a table
   * tenant data under Row-Level Security, and a challenge belongs to a user.
   */
  @Property({ type: "uuid", nullable: true })
  requestedWorkspaceId: string | null = null;
}
