/** Longest address SMTP can carry (RFC 5321: 254 in a forward path). */
export const EMAIL_MAX_LENGTH = 254;

// Deliberately simpler than RFC 5322: one @, no spaces or control characters, a local part of at most
// 64 characters and a domain of dot-separated labels (letters, digits, hyphens; not at a label's edge)
// with at least one dot (internationalised domains in their xn-- form). Addresses that pass can still bounce; only verification proves them.
const LOCAL_PART = /^[^\s@"(),:;<>[\\\]]{1,64}$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The stored, compared form of an email address: trimmed and lower-cased. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The normalised address, or undefined when it does not look like an email address. */
export function parseEmail(raw: string): string | undefined {
  const email = normaliseEmail(raw);
  if (email.length > EMAIL_MAX_LENGTH) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(email)) return undefined;
  const at = email.lastIndexOf("@");
  if (at < 1 || email.indexOf("@") !== at) return undefined;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split(".");
  if (!LOCAL_PART.test(local) || local.startsWith(".") || local.endsWith(".") || local.includes("..")) return undefined;
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return undefined;
  if (/^\d+$/.test(labels.at(-1)!)) return undefined;
  return email;
}
