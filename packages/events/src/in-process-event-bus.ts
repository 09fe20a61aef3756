import type { Logger } from "@plateau/kernel";
import { startConsumerLoop, type ConsumerLoop } from "./consumer-loop.js";
import { followMemoryStream } from "./memory-follower.js";
import { MemoryGroupReader } from "./memory-group-reader.js";
import { MemoryStream } from "./memory-stream.js";
import { compareCursors } from "./cursor.js";
import { decodeEvent, encodeEvent, streamFor, type DeliveredEvent, type DomainEvent } from "./envelope.js";
import { BUS_DEFAULTS, type BusOptions, type EventBus, type FollowOptions, type SubscribeOptions, type Subscription } from "./event-bus.js";

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
    const follower = followMemoryStream(stream, options.handler, { batchSize, logger });
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
