import { COMMON_PASSWORDS } from "./common-passwords.data.js";

/** Password length bounds, in characters (code points). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// Built once at module load: a Set makes each check a single lookup.
const COMMON = new Set(COMMON_PASSWORDS);

/**
 * The rule a password breaks, or undefined when it is acceptable. Length is what matters most (NIST
 * SP 800-63B); the upper bound keeps hashing cost bounded. A password equal to the account's own email
 * or name is the first thing an attacker tries, and so are the passwords that top leaked-password lists
 * (compared case-insensitively, since guessing tools try case variants first).
 */
export function passwordProblem(password: string, account: { email: string; name: string }): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lowered = password.trim().toLowerCase();
  if (lowered === account.email.trim().toLowerCase()) return "must not be your email address";
  if (lowered === account.name.trim().toLowerCase()) return "must not be your name";
  if (COMMON.has(lowered)) return "is one of the most commonly used passwords";
  return undefined;
}
