import type { ExecutionResult } from "graphql";

export interface SharedResolutionsOptions {
  /** Resolutions kept at most; the oldest go first. */
  maxEntries?: number;
  /** How long a resolution is given to later subscribers, in ms. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * Resolutions of events shared across time, by share key and event id: subscribers that replay the
 * same events (a reconnect storm: thousands resuming after one gateway restart, each from its own
 * cursor) get one resolution of each event per share key, as live subscribers already do per event,
 * instead of one gateway query per subscriber per event. A resolution is kept for `ttlMs` (its entity
 * fields show the data as it was then, as a live delivery of that moment would), at most `maxEntries`
 * of them; one that failed or carries errors is forgotten once it settles, so the next subscriber
 * asks again.
 */
export class SharedResolutions {
  private readonly entries = new Map<string, { result: Promise<ExecutionResult>; at: number }>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: SharedResolutionsOptions = {}) {
    this.maxEntries = options.maxEntries ?? 5_000;
    this.ttlMs = options.ttlMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** The resolution of `eventId` for subscribers of `shareKey`: `resolve`'s, or one made within `ttlMs`. */
  resolve(shareKey: string, eventId: string, resolve: () => Promise<ExecutionResult>): Promise<ExecutionResult> {
    const key = `${shareKey}\n${eventId}`;
    const now = this.now();
    const found = this.entries.get(key);
    if (found && now - found.at < this.ttlMs) return found.result;
    if (found) this.entries.delete(key);
    const result = resolve();
    const entry = { result, at: now };
    this.entries.set(key, entry);
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    result.then((settled) => (settled.errors?.length ? forget() : undefined), forget);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return result;
  }

  /** Resolutions held now (for tests and metrics). */
  get size(): number {
    return this.entries.size;
  }
}
