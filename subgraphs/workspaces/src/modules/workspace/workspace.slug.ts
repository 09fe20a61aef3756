import { randomBytes } from "node:crypto";

/** What a slug may look like: 3-48 lower-case letters, digits and dashes. */
export const SLUG_PATTERN = /^[a-z0-9-]{3,48}$/;
export const SLUG_MAX = 48;

const SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * The slug a name suggests: accents dropped, lower-cased, every run of other characters turned into one
 * dash, trimmed to {@link SLUG_MAX}. Names with too few usable characters still yield a valid slug.
 */
export function slugFromName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
  if (base.length === 0) return "workspace";
  return base.length < 3 ? `${base}-workspace` : base;
}

/** A short random suffix (4 characters of [a-z0-9]) to tell colliding slugs apart. */
export function randomSuffix(random: (size: number) => Uint8Array = randomBytes): string {
  return [...random(4)].map((byte) => SUFFIX_ALPHABET[byte % SUFFIX_ALPHABET.length]).join("");
}

/** `base` with `-suffix` appended, shortening `base` so the result stays within {@link SLUG_MAX}. */
export function withSuffix(base: string, suffix: string): string {
  const head = base.slice(0, SLUG_MAX - suffix.length - 1).replace(/-+$/, "");
  return `${head}-${suffix}`;
}

/** The slugs to try for a derived slug, in order: the plain one, then a few suffixed variants. */
export function slugCandidates(base: string, count = 4, suffix: () => string = randomSuffix): string[] {
  return [base, ...Array.from({ length: count - 1 }, () => withSuffix(base, suffix()))];
}
