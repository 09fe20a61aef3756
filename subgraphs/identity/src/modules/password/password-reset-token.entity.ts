import { Entity, Index } from "@mikro-orm/decorators/legacy";
import { SingleUseToken } from "../auth/single-use-token.entity.js";

/**
 * A password-reset token, stored only as its SHA-256 hash: a database leak must not hand out resets.
 * Single use, expiring (PASSWORD_RESET_TTL_MS); a newer request deletes the user's unused ones. Not a
 * tenant row and not exposed in GraphQL.
 */
@Entity({ tableName: "password_reset_token" })
@Index({ properties: ["user", "createdAt"] })
export class PasswordResetToken extends SingleUseToken {}
