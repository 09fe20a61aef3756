import { generateSecret, generateURI, verify } from "otplib";

/** The issuer authenticator apps show next to the account. */
export const TOTP_ISSUER = "Plateau";

/** Codes of the step before and after the current 30-second one are accepted too: clock drift, typing time. */
const TOLERANCE_SECONDS = 30;

const TOTP_CODE = /^\d{6}$/;

/** RFC 6238 TOTP as authenticator apps do it (SHA-1, 6 digits, 30 s), through otplib 13. */
export const totp = {
  /** A new random secret (160 bits), base32 as authenticator apps expect it. */
  newSecret(): string {
    return generateSecret();
  },

  /** The `otpauth://totp/…` URI a QR code carries: issuer Plateau, labelled with the account's email. */
  uri(secret: string, email: string): string {
    return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
  },

  /** True when `code` has the shape of a TOTP code (six digits; spaces ignored by {@link totp.match}). */
  looksLikeCode(code: string): boolean {
    return TOTP_CODE.test(code.replace(/\s+/g, ""));
  },

  /**
   * The time step `code` belongs to when it is valid now (± one step) and later than `afterStep` (the
   * last step accepted: no code is accepted twice); null otherwise.
   */
  async match(secret: string, code: string, afterStep: number | null): Promise<number | null> {
    const token = code.replace(/\s+/g, "");
    if (!TOTP_CODE.test(token)) return null;
    const result = await verify({ secret, token, epochTolerance: TOLERANCE_SECONDS, afterTimeStep: afterStep ?? undefined });
    // The functional API types HOTP and TOTP results together; a TOTP match carries its time step.
    return result.valid && "timeStep" in result ? result.timeStep : null;
  },
};
