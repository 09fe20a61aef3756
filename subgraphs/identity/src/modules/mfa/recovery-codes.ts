import { createHash, randomBytes } from "node:crypto";
import { sameDigest } from "../auth/secret-token.js";

/** How many recovery codes a user gets at a time. */
export const RECOVERY_CODE_COUNT = 10;

// Crockford's base32: no i, l, o or u, so codes read back unambiguously; 16 characters carry 80 bits.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const CODE_LENGTH = 16;
const CONFUSABLE: Record<string, string> = { i: "1", l: "1", o: "0" };

/** A new recovery code, `xxxx-xxxx-xxxx-xxxx` (80 random bits). */
export function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = CODE_LENGTH - 1; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code.match(/.{4}/g)!.join("-");
}

/** The canonical form of a typed recovery code (case, dashes, spaces and look-alikes forgiven), or null. */
export function normaliseRecoveryCode(input: string): string | null {
  const code = [...input.toLowerCase().replace(/[\s-]/g, "")].map((c) => CONFUSABLE[c] ?? c).join("");
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** What is stored for a code: a fresh salt and SHA-256 over salt and normalised code. */
export function hashRecoveryCode(code: string, salt = randomBytes(16).toString("hex")): { salt: string; codeHash: string } {
  const normalised = normaliseRecoveryCode(code) ?? code;
  return { salt, codeHash: createHash("sha256").update(`${salt}:${normalised}`).digest("hex") };
}

/** True when `input` is the code stored as `stored`. */
export function recoveryCodeMatches(input: string, stored: { salt: string; codeHash: string }): boolean {
  const normalised = normaliseRecoveryCode(input);
  return normalised !== null && sameDigest(hashRecoveryCode(normalised, stored.salt).codeHash, stored.codeHash);
}
