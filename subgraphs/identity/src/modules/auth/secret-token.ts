import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Random bytes in every opaque token identity hands out (reset, refresh, MFA challenge): 256 bits. */
export const SECRET_TOKEN_BYTES = 32;

/** A freshly generated opaque token and the digest that is stored in its place. */
export interface SecretToken {
  /** What the client receives: `prefix` + 43 base64url characters. */
  token: string;
  /** Hex SHA-256 of `token`, the only form the database holds. */
  hash: string;
}

/**
 * Hex SHA-256 of a token. Enough for high-entropy random tokens (no dictionary to try), and it lets
 * the token be found by its digest; passwords get argon2id instead.
 */
export function secretTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new random token; the prefix (e.g. `prt_`) makes it recognisable in logs and secret scanners. */
export function newSecretToken(prefix = ""): SecretToken {
  const token = `${prefix}${randomBytes(SECRET_TOKEN_BYTES).toString("base64url")}`;
  return { token, hash: secretTokenHash(token) };
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
