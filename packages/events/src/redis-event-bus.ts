import { Redis } from "ioredis";
import type { Logger } from "@plateau/kernel";
import { startConsumerLoop, type ConsumerLoop } from "./consumer-loop.js";
import { decodeEvent, encodeEvent, streamFor, type DeliveredEvent, type DomainEvent } from "./envelope.js";
import { toGroupEntry, type RawEntry } from "./redis-entries.js";
import { followRedisStream } from "./redis-follower.js";
import { RedisGroupReader } from "./redis-group-reader.js";
import { compareCursors } from "./cursor.js";
import { BUS_DEFAULTS, type BusOptions, type EventBus, type FollowOptions, type SubscribeOptions, type Subscription } from "./event-bus.js";

/** Settings of a {@link RedisEventBus}. */
export interface RedisEventBusOptions extends BusOptions {
  /** `redis://[user:password@]host:port[/db]`. */
  url: string;
  logger: Logger;
  /** How long connecting may take before a command fails (default 2 s). */
  connectTimeoutMs?: number;
  /** Prefix of the connections' names in `CLIENT LIST` (default `plateau-events`). */
  connectionName?: string;
  /** How long one blocking read waits before the consumer loop looks around again (default 5 s). */
  blockMs?: number;
}

/** The key holding a stream's first cursor since the Redis server started (see `replayFloor`). */
const sinceKey = (stream: string) => `${stream}:since`;

/**
 * The Redis Streams event bus. One stream per producing service (`plateau:events:<service>`), trimmed
 * approximately to `retention` entries on every append; consumer groups with XREADGROUP, XACK after
 * the handler, XAUTOCLAIM to take over what a crashed consumer held.
 *
 * Redis being down must not hang a request or the outbox relay: connections run without an offline
 * queue and without retrying commands, so a command fails at once while disconnected (ioredis would
 * otherwise hold it for ~10 s), and connecting is bounded by `connectTimeoutMs`. Connections reconnect
 * on their own; subscriptions resume where their group left off.
 */
export class RedisEventBus implements EventBus {
  private readonly client: Redis;
  private readonly retention: number;
  private readonly loops = new Set<{ loop: ConsumerLoop; connection: Redis }>();
  private readonly followers = new Set<{ stop(): Promise<void> }>();
  /** The newest cursor this bus stored on each stream: a server whose stream ends before it lost events. */
  private readonly lastPublished = new Map<string, string>();
  /** Whether the server was checked for lost events since the connection was (re)established. */
  private serverChecked = false;
  private readonly resetListeners = new Set<() => void>();
  /** Streams whose `since` key this connection has set since it (re)connected. */
  private readonly sinceMarked = new Set<string>();
  private closed = false;

  constructor(private readonly options: RedisEventBusOptions) {
    this.retention = options.retention ?? BUS_DEFAULTS.retention;
    this.client = this.connect("main");
    // A reconnect may be to a server that lost everything (restarted without persistence).
    this.client.on("ready", () => {
      this.sinceMarked.clear();
      this.serverChecked = false;
    });
  }

  private connect(role: string): Redis {
    const connection = new Redis(this.options.url, {
      // RESP2 replies: stream replies as arrays of [key, entries] (RESP3 maps flatten differently).
      protocol: 2,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // A blocking read lost with its connection must not be replayed behind the loop's back: the loop
      // reads again itself, starting from what the lost read may have delivered.
      autoResendUnfulfilledCommands: false,
      connectTimeout: this.options.connectTimeoutMs ?? 2_000,
      retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 5), 2_000),
      connectionName: `${this.options.connectionName ?? "plateau-events"}:${role}`,
    });
    let failures = 0;
    connection.on("error", (error: Error) => {
      failures += 1;
      // One line when Redis goes away, then a reminder now and then rather than one per retry.
      if (failures === 1 || failures % 50 === 0) this.options.logger.warn("redis connection error", { role, error, failures });
    });
    connection.on("ready", () => {
      if (failures > 0) this.options.logger.info("redis connection restored", { role });
      failures = 0;
    });
    return connection;
  }

  /** Waits for a connection that is still being established; fails at once when it is down. */
  private async whenReady(connection: Redis): Promise<void> {
    if (this.closed) throw new Error("the event bus is closed");
    if (connection.status === "ready") return;
    if (connection.status !== "connecting" && connection.status !== "connect" && connection.status !== "wait") {
      throw new Error(`Redis is not reachable (connection ${connection.status})`);
    }
    await new Promise<void>((resolve, reject) => {
      const cleanup = () => {
        connection.off("ready", onReady);
        connection.off("close", onClose);
        clearTimeout(timer);
      };
      const onReady = () => {
        cleanup();
        resolve();
      };
      const onClose = () => {
        cleanup();
        reject(new Error("Redis is not reachable (connection closed)"));
      };
      const timer = setTimeout(onClose, (this.options.connectTimeoutMs ?? 2_000) + 500);
      connection.once("ready", onReady);
      connection.once("close", onClose);
    });
  }

  async publish(events: DomainEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    // Checked before anything is sent: an entry that is not an envelope would be skipped by every consumer.
    const payloads = events.map((event) => {
      const payload = encodeEvent(event);
      decodeEvent(payload);
      return { stream: streamFor(event), type: event.type, payload };
    });
    await this.whenReady(this.client);
    await this.checkServer(payloads.map(({ stream }) => stream));
    const pipeline = this.client.pipeline();
    for (const { stream, type, payload } of payloads) {
      pipeline.xadd(stream, "MAXLEN", "~", this.retention, "*", "type", type, "event", payload);
    }
    const results = (await pipeline.exec()) ?? [];
    const cursors = results.map(([error, cursor]) => {
      if (error) throw error;
      return cursor as string;
    });
    payloads.forEach(({ stream }, i) => this.lastPublished.set(stream, cursors[i]!));
    await this.markSince(payloads.map(({ stream }, i) => [stream, cursors[i]!] as const));
    return cursors;
  }

  /**
   * After each (re)connect, before the first publish (when someone listens for resets): has the
   * server lost events? It has when a stream has no `since` marker (it was emptied: a restart without
   * persistence, or a flush) or ends before the newest cursor this bus stored on it (a restart from an
   * older snapshot). Then the listeners republish, and this publish is refused so that they do so
   * before anything newer and the stream keeps its order. A restart that kept everything is no reset.
   */
  private async checkServer(streams: readonly string[]): Promise<void> {
    if (this.serverChecked || this.resetListeners.size === 0) return;
    const targets = [...new Set([...streams, ...this.lastPublished.keys()])];
    const pipeline = this.client.pipeline();
    for (const stream of targets) pipeline.exists(sinceKey(stream)).xrevrange(stream, "+", "-", "COUNT", 1);
    const replies = (await pipeline.exec()) ?? [];
    const lost = targets.filter((stream, i) => {
      const [[markerError, marker], [newestError, newest]] = [replies[2 * i]!, replies[2 * i + 1]!];
      if (markerError || newestError) throw markerError ?? newestError;
      const ours = this.lastPublished.get(stream);
      const end = (newest as RawEntry[])[0]?.[0];
      return marker === 0 || (ours !== undefined && (end === undefined || compareCursors(end, ours) < 0));
    });
    this.serverChecked = true;
    if (lost.length === 0) return;
    this.options.logger.warn(
      "the Redis server does not hold the events published before (a new server, or one that restarted or was flushed): republishing recent ones",
      { streams: lost },
    );
    for (const listener of this.resetListeners) listener();
    throw new Error("the Redis server does not hold the events published before: publish again once they are republished");
  }

  onServerReset(listener: () => void): () => void {
    this.resetListeners.add(listener);
    return () => this.resetListeners.delete(listener);
  }

  /**
   * Records, once per stream and server, the first cursor the server stored: replay from before it
   * cannot be trusted (the server lost what came before). SET NX, so only the very first one counts.
   */
  private async markSince(published: readonly (readonly [stream: string, cursor: string])[]): Promise<void> {
    const first = new Map<string, string>();
    for (const [stream, cursor] of published) if (!this.sinceMarked.has(stream) && !first.has(stream)) first.set(stream, cursor);
    if (first.size === 0) return;
    const pipeline = this.client.pipeline();
    for (const [stream, cursor] of first) pipeline.set(sinceKey(stream), cursor, "NX");
    await pipeline.exec();
    for (const stream of first.keys()) this.sinceMarked.add(stream);
  }

  follow(options: FollowOptions): Subscription {
    if (this.closed) throw new Error("the event bus is closed");
    const connection = this.connect(`follow:${options.stream}`);
    const logger = this.options.logger.child({ stream: options.stream, component: "follower" });
    const batchSize = options.batchSize ?? BUS_DEFAULTS.followBatchSize;
    const blockMs = this.options.blockMs ?? 5_000;
    const follower = followRedisStream(connection, options, { batchSize, blockMs, logger, whenReady: (c) => this.whenReady(c) });
    this.followers.add(follower);
    let closing: Promise<void> | undefined;
    return {
      ready: follower.ready,
      close: () =>
        (closing ??= follower.stop().then(() => {
          this.followers.delete(follower);
        })),
    };
  }

  async replayFloor(stream: string): Promise<string | null> {
    await this.whenReady(this.client);
    const [[sinceError, since], [infoError, info]] = (await this.client
      .pipeline()
      .get(sinceKey(stream))
      .call("XINFO", "STREAM", stream)
      .exec()) as [[Error | null, string | null], [Error | null, unknown[] | null]];
    if (sinceError) throw sinceError;
    if (!since) return null;
    // No such stream: nothing retained either (an error only because the key is missing).
    if (infoError || !info) return since;
    const field = (name: string) => {
      const index = info.findIndex((value, i) => i % 2 === 0 && value === name);
      return index >= 0 ? info[index + 1] : undefined;
    };
    const candidates = [since, String(field("max-deleted-entry-id") ?? "0-0")];
    // Trimming does not move max-deleted-entry-id (Redis 7.0): once entries were dropped, trust only
    // from the oldest one kept. (A client whose cursor is the very last trimmed event is sent to refetch.)
    const first = field("first-entry") as [string, unknown] | null | undefined;
    if (Number(field("entries-added")) > Number(field("length")) && first) candidates.push(first[0]);
    return candidates.reduce((floor, cursor) => (compareCursors(cursor, floor) > 0 ? cursor : floor));
  }

  subscribe(options: SubscribeOptions): Subscription {
    if (this.closed) throw new Error("the event bus is closed");
    // Blocking reads hold their connection: every subscription gets its own.
    const connection = this.connect(`${options.group}:${options.consumer}`);
    const logger = this.options.logger.child({ stream: options.stream, group: options.group, consumer: options.consumer });
    const reader = new RedisGroupReader(connection, options, logger, (c) => this.whenReady(c));
    let resolveReady!: () => void;
    const ready = new Promise<void>((resolve) => (resolveReady = resolve));
    const loop = startConsumerLoop(reader, {
      handler: options.handler,
      logger,
      batchSize: options.batchSize ?? BUS_DEFAULTS.batchSize,
      claimIdleMs: options.claimIdleMs ?? this.options.claimIdleMs ?? BUS_DEFAULTS.claimIdleMs,
      retryDelayMs: options.retryDelayMs ?? this.options.retryDelayMs ?? BUS_DEFAULTS.retryDelayMs,
      blockMs: this.options.blockMs ?? 5_000,
      onReady: resolveReady,
    });
    const entry = { loop, connection };
    this.loops.add(entry);
    let closing: Promise<void> | undefined;
    return {
      ready,
      close: () =>
        (closing ??= (async () => {
          await loop.stop();
          connection.disconnect();
          this.loops.delete(entry);
          resolveReady();
        })()),
    };
  }

  async streamEnd(stream: string): Promise<string | null> {
    await this.whenReady(this.client);
    const newest = (await this.client.xrevrange(stream, "+", "-", "COUNT", 1)) as RawEntry[];
    return newest[0]?.[0] ?? null;
  }

  async read(stream: string, after: string | null, count: number): Promise<DeliveredEvent[]> {
    await this.whenReady(this.client);
    const entries = (await this.client.xrange(stream, after === null ? "-" : `(${after}`, "+", "COUNT", count)) as RawEntry[];
    return entries.flatMap((raw) => {
      const { cursor, event } = toGroupEntry(raw, this.options.logger);
      return event ? [{ ...event, cursor }] : [];
    });
  }

  async ping(): Promise<void> {
    await this.whenReady(this.client);
    await this.client.ping();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([
      ...[...this.loops].map(async ({ loop, connection }) => {
        await loop.stop();
        connection.disconnect();
      }),
      ...[...this.followers].map((follower) => follower.stop()),
    ]);
    this.loops.clear();
    this.followers.clear();
    if (this.client.status === "ready") await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
  }
}
