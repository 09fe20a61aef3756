/**
 * Stream positions. Both buses use Redis stream ids, `<milliseconds>-<sequence>`, so a cursor a client
 * holds means the same thing whichever bus runs, and cursors compare the same way everywhere.
 */

const CURSOR_PATTERN = /^(\d+)-(\d+)$/;

/** True for a well-formed cursor. */
export function isCursor(value: unknown): value is string {
  return typeof value === "string" && CURSOR_PATTERN.test(value);
}

function parts(cursor: string): [bigint, bigint] {
  const match = CURSOR_PATTERN.exec(cursor);
  if (!match) throw new Error(`"${cursor}" is not a stream cursor`);
  return [BigInt(match[1]!), BigInt(match[2]!)];
}

/** Negative when `a` comes before `b` in a stream, zero when equal, positive after. */
export function compareCursors(a: string, b: string): number {
  const [aMs, aSeq] = parts(a);
  const [bMs, bSeq] = parts(b);
  if (aMs !== bMs) return aMs < bMs ? -1 : 1;
  return aSeq === bSeq ? 0 : aSeq < bSeq ? -1 : 1;
}
