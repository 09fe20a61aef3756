import type { Logger } from "@plateau/kernel";
import type { GroupEntry } from "./consumer-loop.js";
import { decodeEvent } from "./envelope.js";

/** A stream entry as Redis answers it: its id and its fields (null once trimmed away). */
export type RawEntry = [cursor: string, fields: string[] | null];

/** Reads the `event` field of a stream entry; null when the entry is gone or is not an envelope. */
export function toGroupEntry([cursor, fields]: RawEntry, logger: Logger): GroupEntry {
  if (!fields) return { cursor, event: null };
  const index = fields.findIndex((field, i) => i % 2 === 0 && field === "event");
  try {
    return { cursor, event: index >= 0 ? decodeEvent(fields[index + 1]!) : null };
  } catch (error) {
    logger.error("stream entry is not a domain event", { cursor, error });
    return { cursor, event: null };
  }
}

/** The entries of an XREADGROUP reply for one stream (RESP2 shape: `[[stream, entries]]` or null). */
export function entriesOf(reply: unknown): RawEntry[] {
  const streams = reply as [string, RawEntry[]][] | null;
  return streams?.[0]?.[1] ?? [];
}
