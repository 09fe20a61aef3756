/**
 * Keeps a label's values bounded: clients choose operation names, and every distinct value is a new
 * time series. The first `limit` well-formed values are kept as they are; anything else counts as
 * `overflow`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly pattern: RegExp,
    private readonly overflow: string,
  ) {}

  /** The label value for `value`. */
  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (!this.pattern.test(value) || this.seen.size >= this.limit) return this.overflow;
    this.seen.add(value);
    return value;
  }
}

/** At most this many distinct operation names per service; later ones count as `other`. */
export const OPERATION_NAME_LIMIT = 200;
/** At most this many distinct error codes per service; later (or malformed) ones count as `OTHER`. */
export const ERROR_CODE_LIMIT = 50;

/** Operation names: GraphQL names up to 100 characters; an anonymous operation is `anonymous`. */
export function operationNames(): { of(name: string | null | undefined): string } {
  const bounded = new BoundedLabel(OPERATION_NAME_LIMIT, /^[_A-Za-z][_0-9A-Za-z]{0,99}$/, "other");
  return { of: (name) => (name ? bounded.of(name) : "anonymous") };
}

/** Error codes (`extensions.code`): upper-case words; an error without one is `NONE`, one that is not a string `OTHER`. */
export function errorCodes(): { of(code: unknown): string } {
  const bounded = new BoundedLabel(ERROR_CODE_LIMIT, /^[A-Z][A-Z0-9_]{0,63}$/, "OTHER");
  return {
    of: (code) => (code === undefined || code === null || code === "" ? "NONE" : typeof code === "string" ? bounded.of(code) : "OTHER"),
  };
}
