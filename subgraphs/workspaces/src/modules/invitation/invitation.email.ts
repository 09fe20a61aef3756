/** Longest address SMTP can carry (RFC 5321: 254 in a forward path). */
export const EMAIL_MAX_LENGTH = 254;

/** Characters a local part may not hold unquoted (quoted local parts are not accepted). */
const LOCAL_PART = /^[^\s@"(),:;<>[\\\]]{1,64}$/;
/** A domain label: letters, digits and inner hyphens (internationalised domains in their xn-- form). */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * An invitation's address, normalised (trimmed, lower-cased), or undefined when it does not look like
 * an email address: one `@`, a local part of 1-64 characters without spaces, control characters or
 * stray dots, and a domain of at least two labels whose last is not numeric. Deliberately simpler
 * than RFC 5322: only delivery proves an address.
 */
export function normaliseInvitationEmail(raw: string): string | undefined {
  const email = raw.trim().toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (email.length > EMAIL_MAX_LENGTH || /[\u0000-\u001f\u007f]/.test(email)) return undefined;
  const parts = email.split("@");
  if (parts.length !== 2) return undefined;
  const [local, domain] = parts as [string, string];
  if (!LOCAL_PART.test(local) || /^\.|\.$|\.\./.test(local)) return undefined;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels.at(-1)!)) return undefined;
  return email;
}
