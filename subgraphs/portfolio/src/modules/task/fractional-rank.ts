/**
 * Fractional ranks: strings that sort (byte-wise, as PostgreSQL's "C" collation does) in card order,
 * so a card moves between two neighbours by writing one new key, never renumbering the column.
 *
 * The scheme is the one of rocicorp/fractional-indexing (CC0): a key is an integer part whose first
 * character says how many base-62 digits follow ('a' → 1, 'b' → 2, … 'z' → 26; 'Z' → 1, 'Y' → 2, …
 * for the keys before 'a0'), then an optional fraction that never ends in '0'. Appending at the end
 * increments the integer part, so keys grow logarithmically with the number of appends; inserting
 * again and again between the same two neighbours grows the fraction by about one character per
 * six inserts, which is what {@link needsRebalance} watches.
 */

/** The base-62 digits in byte order: '0' < '9' < 'A' < 'Z' < 'a' < 'z'. */
export const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Keys longer than this are rewritten (with the rest of their column) by the caller. */
export const MAX_RANK_LENGTH = 32;

/** The smallest integer part: nothing can be placed before a key that starts with it and has no fraction. */
const SMALLEST_INTEGER = "A" + DIGITS[0]!.repeat(26);

/** A malformed key or an impossible request (neighbours out of order). */
export class RankError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RankError";
  }
}

function integerLength(head: string): number {
  if (head >= "a" && head <= "z") return head.charCodeAt(0) - "a".charCodeAt(0) + 2;
  if (head >= "A" && head <= "Z") return "Z".charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new RankError(`invalid rank head "${head}"`);
}

function integerPart(key: string): string {
  const length = integerLength(key.charAt(0));
  if (length > key.length) throw new RankError(`invalid rank "${key}": integer part too short`);
  return key.slice(0, length);
}

/** True when `key` is a well-formed rank. */
export function isValidRank(key: string): boolean {
  try {
    validate(key);
    return true;
  } catch {
    return false;
  }
}

function validate(key: string): void {
  if (key === SMALLEST_INTEGER) throw new RankError(`invalid rank "${key}"`);
  for (const char of key) if (!DIGITS.includes(char)) throw new RankError(`invalid rank "${key}": "${char}" is not a base-62 digit`);
  const integer = integerPart(key);
  if (key.slice(integer.length).endsWith(DIGITS[0]!)) throw new RankError(`invalid rank "${key}": trailing zero`);
}

/** A fraction strictly between fractions `a` and `b` (`b` null: no upper bound). */
function midpoint(a: string, b: string | null): string {
  if (b !== null && a >= b) throw new RankError(`${a} >= ${b}`);
  if (b !== null) {
    // A common prefix is kept as is.
    let n = 0;
    while ((a.charAt(n) || DIGITS[0]) === b.charAt(n)) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? DIGITS.indexOf(a.charAt(0)) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b.charAt(0)) : DIGITS.length;
  if (digitB - digitA > 1) return DIGITS.charAt(Math.round((digitA + digitB) / 2));
  // Adjacent first digits: b's first digit alone is between when b has more after it.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS.charAt(digitA) + midpoint(a.slice(1), null);
}

function increment(integer: string): string | null {
  const [head, ...digits] = integer.split("") as [string, ...string[]];
  for (let i = digits.length - 1; i >= 0; i--) {
    const next = DIGITS.indexOf(digits[i]!) + 1;
    if (next < DIGITS.length) {
      digits[i] = DIGITS.charAt(next);
      return head + digits.join("");
    }
    digits[i] = DIGITS.charAt(0);
  }
  if (head === "Z") return "a" + DIGITS.charAt(0);
  if (head === "z") return null;
  const nextHead = String.fromCharCode(head.charCodeAt(0) + 1);
  if (nextHead > "a") digits.push(DIGITS.charAt(0));
  else digits.pop();
  return nextHead + digits.join("");
}

function decrement(integer: string): string | null {
  const [head, ...digits] = integer.split("") as [string, ...string[]];
  const last = DIGITS.charAt(DIGITS.length - 1);
  for (let i = digits.length - 1; i >= 0; i--) {
    const previous = DIGITS.indexOf(digits[i]!) - 1;
    if (previous >= 0) {
      digits[i] = DIGITS.charAt(previous);
      return head + digits.join("");
    }
    digits[i] = last;
  }
  if (head === "a") return "Z" + last;
  if (head === "A") return null;
  const previousHead = String.fromCharCode(head.charCodeAt(0) - 1);
  if (previousHead < "Z") digits.push(last);
  else digits.pop();
  return previousHead + digits.join("");
}

/**
 * A key strictly between `before` and `after`; null stands for "the start" and "the end" of the
 * column. Throws {@link RankError} when a key is malformed or `before` is not below `after`.
 */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null) validate(before);
  if (after !== null) validate(after);
  if (before !== null && after !== null && before >= after) throw new RankError(`${before} is not below ${after}`);
  if (before === null) {
    if (after === null) return "a" + DIGITS.charAt(0);
    const integer = integerPart(after);
    const fraction = after.slice(integer.length);
    if (integer === SMALLEST_INTEGER) return integer + midpoint("", fraction);
    if (integer < after) return integer;
    const previous = decrement(integer);
    if (previous === null) throw new RankError("cannot rank before the smallest key");
    return previous;
  }
  const integer = integerPart(before);
  const fraction = before.slice(integer.length);
  if (after === null) {
    const next = increment(integer);
    return next === null ? integer + midpoint(fraction, null) : next;
  }
  const afterInteger = integerPart(after);
  if (integer === afterInteger) return integer + midpoint(fraction, after.slice(afterInteger.length));
  const next = increment(integer);
  if (next === null) throw new RankError("cannot rank after the largest key");
  return next < after ? next : integer + midpoint(fraction, null);
}

/**
 * `count` keys in increasing order, strictly between `before` and `after` (null: open ends), spread
 * so none is longer than it must be: what a column is rewritten with when it is rebalanced.
 */
export function ranksBetween(before: string | null, after: string | null, count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [rankBetween(before, after)];
  if (after === null) {
    const keys: string[] = [];
    let key = before;
    for (let i = 0; i < count; i++) keys.push((key = rankBetween(key, null)));
    return keys;
  }
  if (before === null) {
    const keys: string[] = [];
    let key: string | null = after;
    for (let i = 0; i < count; i++) keys.unshift((key = rankBetween(null, key)));
    return keys;
  }
  const middle = Math.floor(count / 2);
  const pivot = rankBetween(before, after);
  return [...ranksBetween(before, pivot, middle), pivot, ...ranksBetween(pivot, after, count - middle - 1)];
}

/** True when a key has grown long enough that its column should be rewritten with fresh keys. */
export const needsRebalance = (key: string): boolean => key.length > MAX_RANK_LENGTH;
