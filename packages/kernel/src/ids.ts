import { createHash, randomBytes } from "node:crypto";

let lastMs = -1;
let counter = 0;

/**
 * A new UUIDv7 (RFC 9562): time-ordered, so primary-key indexes stay append-mostly. Within one
 * millisecond the 12 bits after the version are a counter (RFC 9562, 6.2 method 1) starting at a
 * random value, so ids made one after another in a process sort in the order they were made: the
 * outbox relays events in id order, and two events of one change often share a millisecond.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  if (now === lastMs && counter < 0xfff) {
    counter += 1;
  } else {
    // Half the range at most, leaving room to count up; past 4096 ids in a millisecond order is lost.
    counter = ((bytes[6]! << 8) | bytes[7]!) & 0x7ff;
    lastMs = now;
  }
  bytes[0] = (now / 2 ** 40) & 0xff;
  bytes[1] = (now / 2 ** 32) & 0xff;
  bytes[2] = (now >>> 24) & 0xff;
  bytes[3] = (now >>> 16) & 0xff;
  bytes[4] = (now >>> 8) & 0xff;
  bytes[5] = now & 0xff;
  bytes[6] = 0x70 | (counter >>> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return formatUuid(bytes);
}

/**
 * A name-based UUIDv8 (RFC 9562, section 5.8): the first 128 bits of SHA-256 of `name`, with the version
 * and variant bits set. The same name always gives the same id, so a row can have its id before it is
 * stored (a week nobody submitted yet has the id it will keep).
 */
export function uuidv8(name: string): string {
  const bytes = createHash("sha256").update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return formatUuid(bytes);
}

/** 16 bytes as a UUID's text: 8-4-4-4-12 lower-case hex digits. */
function formatUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid UUID (any version). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID_PATTERN.test(value);
}
