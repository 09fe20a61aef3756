/** Failed logins recorded under one key within the window. */
export interface FailureTally {
  /** Failures within the window. */
  count: number;
  /** When the latest happened (ms since the epoch); 0 when there is none. */
  lastAt: number;
}

/**
 * Where failed logins are counted, per key, in a sliding window. Two implementations: Redis (shared by
 * every identity process) and memory (one process: embedded mode and tests without Redis).
 */
export interface FailureLog {
  /** The tallies of `keys`, in order, after forgetting failures older than `now - windowMs`. */
  read(keys: readonly string[], now: number, windowMs: number): Promise<FailureTally[]>;
  /** Records one failure at `now` under each key and returns the tallies that result. */
  add(keys: readonly string[], now: number, windowMs: number): Promise<FailureTally[]>;
  /** Forgets every failure under `key`. */
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Beyond this many keys the memory log sweeps out expired ones, then the oldest: a spray of logins to
 * ever new addresses must not grow the process without bound.
 */
const MEMORY_MAX_KEYS = 50_000;

/** The in-process {@link FailureLog}: same behaviour as the Redis one, within one process. */
export function createMemoryFailureLog(): FailureLog {
  const failures = new Map<string, number[]>();
  const tally = (key: string, now: number, windowMs: number): FailureTally => {
    const kept = (failures.get(key) ?? []).filter((at) => at > now - windowMs);
    if (kept.length > 0) failures.set(key, kept);
    else failures.delete(key);
    return { count: kept.length, lastAt: kept.at(-1) ?? 0 };
  };
  const sweep = (now: number, windowMs: number) => {
    for (const key of failures.keys()) tally(key, now, windowMs);
    // Map iteration follows insertion order, so what remains first is what was written longest ago.
    for (const key of failures.keys()) {
      if (failures.size <= MEMORY_MAX_KEYS) break;
      failures.delete(key);
    }
  };
  return {
    read: async (keys, now, windowMs) => keys.map((key) => tally(key, now, windowMs)),
    async add(keys, now, windowMs) {
      if (failures.size >= MEMORY_MAX_KEYS) sweep(now, windowMs);
      return keys.map((key) => {
        const list = failures.get(key) ?? [];
        failures.delete(key);
        failures.set(key, [...list, now]);
        return tally(key, now, windowMs);
      });
    },
    async clear(key) {
      failures.delete(key);
    },
    async close() {
      failures.clear();
    },
  };
}
