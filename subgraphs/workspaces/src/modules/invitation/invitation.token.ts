import { createHash, randomBytes } from "node:crypto";

/** Marks invitation tokens, so a token pasted into the wrong place is recognisable (and scannable). */
export const INVITATION_TOKEN_PREFIX = "inv_";

/** Random bytes in a token: 256 bits, beyond guessing. */
const TOKEN_BYTES = 32;

/** A new invitation token: the prefix and 32 random bytes in base64url. */
export function newInvitationToken(random: (size: number) => Buffer = randomBytes): string {
  return `${INVITATION_TOKEN_PREFIX}${random(TOKEN_BYTES).toString("base64url")}`;
}

/** What is stored and looked up instead of the token: its hex SHA-256, so a database leak accepts nothing. */
export function invitationTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether `value` can be an invitation token at all (checked before any lookup). */
export function looksLikeInvitationToken(value: string): boolean {
  return new RegExp(`^${INVITATION_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`).test(value);
}
