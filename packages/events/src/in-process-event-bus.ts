import type { Logger } from "@plateau/kernel";
import { startConsumerLoop, type ConsumerLoop, type GroupEntry, type GroupReader } from "./consumer-loop.js";
import { compareCursors } from "./cursor.js";
import { decodeEvent, encodeEvent, streamFor, type DeliveredEvent, type DomainEvent } from "./envelope.js";
import { BUS_DEFAULTS, type BusOptions, type EventBus, type FollowOptions, type SubscribeOptions, type Subscription } from "./event-bus.js";

interface Entry {
  seq: number;
  cursor: string;
  event: DomainEvent;
}

interface PendingEntry {
  cursor: string;
  consumer: string;
  deliveredAt: number;
}

interface GroupState {
  /** Sequence number of the last entry handed to a consumer. */
  lastDelivered: number;
  pending: Map<number, PendingEntry>;
}

/** One stream: entries in order (the oldest trimmed past retention), its groups, and waiting readers. */
class MemoryStream {
  readonly entries: Entry[] = [];
  readonly groups = new Map<string, GroupState>();
  private nextSeq = 1;
  private lastMs = 0;
  private lastMsSeq = 0;
  private waiters = new Set<() => void>();
  /** The first cursor ever appended, and the last one retention trimmed: what replay can trust. */
  firstCursor: string | null = null;
  trimmedThrough: string | null = null;

  append(event: DomainEvent, retention: number): string {
    // Redis-style ids: milliseconds, then a sequence within the millisecond; never going backwards.
    const now = Date.now();
    if (now > this.lastMs) {
      this.lastMs = now;
      this.lastMsSeq = 0;
    } else {
      this.lastMsSeq += 1;
    }
    const cursor = `${this.lastMs}-${this.lastMsSeq}`;
    this.entries.push({ seq: this.nextSeq++, cursor, event });
    this.firstCursor ??= cursor;
    if (this.entries.length > retention) {
      const trimmed = this.entries.splice(0, this.entries.length - retention);
      this.trimmedThrough = trimmed.at(-1)!.cursor;
    }
    return cursor;
  }

  /** The entry with sequence number `seq`, or undefined once trimmed. */
  entry(seq: number): Entry | undefined {
    const first = this.entries[0];
    return first ? this.entries[seq - first.seq] : undefined;
  }

  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  /** Wakes every reader waiting for new entries. */
  notify(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next append or after `ms`; returns a function that resolves it early. */
  wait(ms: number): { promise: Promise<void>; cancel: () => void } {
    let cancel!: () => void;
    const promise = new Promise<void>((resolve) => {
      const timer = setTimeout(finish, ms);
      const waiters = this.waiters;
      function finish() {
        clearTimeout(timer);
        waiters.delete(finish);
        resolve();
      }
      this.waiters.add(finish);
      cancel = finish;
    });
    return { promise, cancel };
  }
}

/** What a consumer gets for a pending entry: the event, or null once retention trimmed it. */
const toGroupEntry = (stream: MemoryStream, seq: number, cursor: string): GroupEntry => {
  const entry = stream.entry(seq);
  return { cursor, event: entry ? structuredClone(entry.event) : null };
};

/** One consumer's view of a group of a {@link MemoryStream}. */
class MemoryGroupReader implements GroupReader {
  private waiting: { cancel: () => void } | undefined;

  constructor(
    private readonly stream: MemoryStream,
    private readonly group: string,
    private readonly consumer: string,
    private readonly startAt: "earliest" | "latest",
  ) {}

  private get state(): GroupState {
    const state = this.stream.groups.get(this.group);
    if (!state) throw new Error(`NOGROUP no group ${this.group}`);
    return state;
  }

  async ensureGroup(): Promise<void> {
    if (this.stream.groups.has(this.group)) return;
    const first = this.stream.entries[0];
    const lastDelivered = this.startAt === "latest" ? this.stream.lastSeq : first ? first.seq - 1 : this.stream.lastSeq;
    this.stream.groups.set(this.group, { lastDelivered, pending: new Map() });
  }

  async readPending(count: number): Promise<GroupEntry[]> {
    const now = Date.now();
    return [...this.state.pending]
      .filter(([, pending]) => pending.consumer === this.consumer)
      .sort(([a], [b]) => a - b)
      .slice(0, count)
      .map(([seq, pending]) => {
        // Like XREADGROUP with an id: a re-delivery restarts the idle clock.
        pending.deliveredAt = now;
        return toGroupEntry(this.stream, seq, pending.cursor);
      });
  }

  async claimStale(minIdleMs: number, count: number): Promise<GroupEntry[]> {
    const now = Date.now();
    const stale = [...this.state.pending]
      .filter(([, pending]) => now - pending.deliveredAt >= minIdleMs)
      .sort(([a], [b]) => a - b)
      .slice(0, count);
    const claimed: GroupEntry[] = [];
    for (const [seq, pending] of stale) {
      // Like XAUTOCLAIM: entries trimmed away leave the pending list instead of being delivered.
      if (!this.stream.entry(seq)) {
        this.state.pending.delete(seq);
        continue;
      }
      Object.assign(pending, { consumer: this.consumer, deliveredAt: now });
      claimed.push(toGroupEntry(this.stream, seq, pending.cursor));
    }
    return claimed;
  }

  async readNew(count: number, blockMs: number): Promise<GroupEntry[]> {
    let taken = this.takeNew(count);
    if (taken.length > 0) return taken;
    const wait = this.stream.wait(blockMs);
    this.waiting = wait;
    await wait.promise;
    this.waiting = undefined;
    taken = this.takeNew(count);
    return taken;
  }

  private takeNew(count: number): GroupEntry[] {
    const state = this.state;
    const first = this.stream.entries[0];
    if (first && state.lastDelivered < first.seq - 1) state.lastDelivered = first.seq - 1;
    const now = Date.now();
    const taken: GroupEntry[] = [];
    while (taken.length < count && state.lastDelivered < this.stream.lastSeq) {
      state.lastDelivered += 1;
      const cursor = this.stream.entry(state.lastDelivered)!.cursor;
      state.pending.set(state.lastDelivered, { cursor, consumer: this.consumer, deliveredAt: now });
      taken.push(toGroupEntry(this.stream, state.lastDelivered, cursor));
    }
    return taken;
  }

  async ack(cursors: string[]): Promise<void> {
    const state = this.stream.groups.get(this.group);
    if (!state) return;
    const acked = new Set(cursors);
    for (const [seq, pending] of state.pending) if (acked.has(pending.cursor)) state.pending.delete(seq);
  }

  interrupt(): void {
    this.waiting?.cancel();
  }
}

/** Settings of an {@link InProcessEventBus}. */
export interface InProcessEventBusOptions extends BusOptions {
  logger: Logger;
}

/**
 * The event bus within one process (`npm start` on a bare machine, unit tests): the same semantics as
 * {@link RedisEventBus} (per-stream order, consumer groups, acknowledgement after the handler,
 * redelivery, retention, Redis-style cursors) without a server. Events live in memory only.
 */
export class InProcessEventBus implements EventBus {
  private readonly streams = new Map<string, MemoryStream>();
  private readonly loops = new Set<ConsumerLoop>();
  private readonly followers = new Set<{ stop(): Promise<void> }>();
  private readonly retention: number;
  private closed = false;

  constructor(private readonly options: InProcessEventBusOptions) {
    this.retention = options.retention ?? BUS_DEFAULTS.retention;
  }

  private stream(name: string): MemoryStream {
    let stream = this.streams.get(name);
    if (!stream) {
      stream = new MemoryStream();
      this.streams.set(name, stream);
    }
    return stream;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("the event bus is closed");
  }

  async publish(events: DomainEvent[]): Promise<string[]> {
    this.assertOpen();
    // Stored as they would travel through Redis (JSON), and refused if they are not envelopes.
    const stored = events.map((event) => decodeEvent(encodeEvent(event)));
    const touched = new Set<MemoryStream>();
    const cursors = stored.map((event) => {
      const stream = this.stream(streamFor(event));
      touched.add(stream);
      return stream.append(event, this.retention);
    });
    for (const stream of touched) stream.notify();
    return cursors;
  }

  subscribe(options: SubscribeOptions): Subscription {
    this.assertOpen();
    const reader = new MemoryGroupReader(this.stream(options.stream), options.group, options.consumer, options.startAt ?? "earliest");
    let resolveReady!: () => void;
    const ready = new Promise<void>((resolve) => (resolveReady = resolve));
    const loop = startConsumerLoop(reader, {
      handler: options.handler,
      logger: this.options.logger.child({ stream: options.stream, group: options.group, consumer: options.consumer }),
      batchSize: options.batchSize ?? BUS_DEFAULTS.batchSize,
      claimIdleMs: options.claimIdleMs ?? this.options.claimIdleMs ?? BUS_DEFAULTS.claimIdleMs,
      retryDelayMs: options.retryDelayMs ?? this.options.retryDelayMs ?? BUS_DEFAULTS.retryDelayMs,
      blockMs: 5_000,
      onReady: resolveReady,
    });
    this.loops.add(loop);
    let closing: Promise<void> | undefined;
    return {
      ready,
      close: () =>
        (closing ??= (async () => {
          await loop.stop();
          this.loops.delete(loop);
          resolveReady();
        })()),
    };
  }

  follow(options: FollowOptions): Subscription {
    this.assertOpen();
    const stream = this.stream(options.stream);
    const batchSize = options.batchSize ?? BUS_DEFAULTS.followBatchSize;
    const logger = this.options.logger.child({ stream: options.stream, component: "follower" });
    // Sequence numbers survive trimming: the follower resumes after the last one it delivered.
    let next = stream.lastSeq + 1;
    let stopped = false;
    let waiting: { cancel: () => void } | undefined;
    const run = (async () => {
      while (!stopped) {
        const first = stream.entries[0];
        if (first && next < first.seq) next = first.seq;
        const batch: DeliveredEvent[] = [];
        while (batch.length < batchSize && next <= stream.lastSeq) {
          const entry = stream.entry(next++)!;
          batch.push({ ...structuredClone(entry.event), cursor: entry.cursor });
        }
        if (batch.length > 0) {
          try {
            await options.handler(batch);
          } catch (error) {
            logger.error("follower handler failed", { error });
          }
          continue;
        }
        const wait = stream.wait(5_000);
        waiting = wait;
        await wait.promise;
        waiting = undefined;
      }
    })();
    const follower = {
      stop: async () => {
        stopped = true;
        waiting?.cancel();
        await run;
      },
    };
    this.followers.add(follower);
    let closing: Promise<void> | undefined;
    return {
      ready: Promise.resolve(),
      close: () =>
        (closing ??= follower.stop().then(() => {
          this.followers.delete(follower);
        })),
    };
  }

  async replayFloor(stream: string): Promise<string | null> {
    this.assertOpen();
    const state = this.streams.get(stream);
    if (!state?.firstCursor) return null;
    const { firstCursor, trimmedThrough } = state;
    return trimmedThrough && compareCursors(trimmedThrough, firstCursor) > 0 ? trimmedThrough : firstCursor;
  }

  async streamEnd(stream: string): Promise<string | null> {
    this.assertOpen();
    return this.streams.get(stream)?.entries.at(-1)?.cursor ?? null;
  }

  async read(stream: string, after: string | null, count: number): Promise<DeliveredEvent[]> {
    this.assertOpen();
    const entries = this.streams.get(stream)?.entries ?? [];
    const start = after === null ? 0 : entries.findIndex((entry) => compareCursors(entry.cursor, after) > 0);
    if (start < 0) return [];
    return entries.slice(start, start + count).map((entry) => ({ ...structuredClone(entry.event), cursor: entry.cursor }));
  }

  onServerReset(): () => void {
    // Events live as long as this process and its publishers: nothing to republish, ever.
    return () => {};
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.loops].map((loop) => loop.stop()));
    await Promise.all([...this.followers].map((follower) => follower.stop()));
    this.loops.clear();
    this.followers.clear();
  }
}
