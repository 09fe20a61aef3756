import type { DeliveredEvent, DomainEvent } from "./envelope.js";

/** Handles one event; the event is acknowledged only once the returned promise resolves. */
export type EventHandler = (event: DeliveredEvent) => Promise<void>;

/** How a consumer joins a stream. */
export interface SubscribeOptions {
  /** The stream's name (`streamName("portfolio")`). */
  stream: string;
  /**
   * The consumer group. Every group receives every event; within a group each event goes to one
   * consumer. A service's replicas share one group (load sharing); different services use their own.
   */
  group: string;
  /** This consumer's name within the group: stable across restarts of the same instance. */
  consumer: string;
  handler: EventHandler;
  /** Events fetched at once (default 50). */
  batchSize?: number;
  /**
   * Where a group that does not exist yet starts: `earliest` (default: every event the stream still
   * retains, so nothing published before the consumer's first start is missed) or `latest`.
   */
  startAt?: "earliest" | "latest";
  /** How long an unacknowledged event waits before another consumer of the group takes it over. */
  claimIdleMs?: number;
  /** Pause before a failed event is retried. */
  retryDelayMs?: number;
}

/** How a follower reads a stream (see {@link EventBus.follow}). */
export interface FollowOptions {
  stream: string;
  /**
   * Receives each batch of new events, in stream order; the next batch is read once it resolves. A
   * handler that throws is logged and its batch is not read again: followers serve live fan-out, where
   * a later event must not wait behind a broken one.
   */
  handler: (events: DeliveredEvent[]) => Promise<void> | void;
  /** Events read at once (default 100). */
  batchSize?: number;
}

/** A running consumer. */
export interface Subscription {
  /** Resolves once the group exists: events published from then on reach it. */
  readonly ready: Promise<void>;
  /** Stops fetching, lets the running handler finish (and its event be acknowledged), then resolves. */
  close(): Promise<void>;
}

/**
 * The event bus (docs/architecture.md, "Events and the outbox"): one ordered stream per producing service, consumer
 * groups, at-least-once delivery. Redis Streams in services, an in-process bus in the embedded mode
 * and unit tests; both keep the same semantics and the same cursor format.
 */
export interface EventBus {
  /**
   * Appends events to their streams (`streamFor(event)`), in the given order; resolves with each
   * event's cursor once all are stored. Rejects quickly when the bus cannot be reached.
   */
  publish(events: DomainEvent[]): Promise<string[]>;
  /**
   * Joins a consumer group. The handler is awaited; an event is acknowledged only after it resolves.
   * A handler that throws leaves its event pending: it is retried (before later events of the same
   * consumer, so one stream's events arrive in order) and, if its consumer goes away, taken over by
   * another consumer of the group after `claimIdleMs`.
   */
  subscribe(options: SubscribeOptions): Subscription;
  /**
   * Follows a stream from its current end without a consumer group: every follower sees every event
   * published after it became ready (each gateway instance fans out to its own subscribers). Survives
   * the bus going away: reading resumes after the last event it delivered.
   */
  follow(options: FollowOptions): Subscription;
  /**
   * The oldest cursor replay can start after without a gap: `read(stream, after)` misses nothing when
   * `after` is at or past it (before it, events may be gone). It moves when retention trims events, and when the bus lost its events
   * (a Redis restart without persistence, a new process for the in-process bus); null when the stream
   * has had no event since the bus (or its server) started, so no earlier cursor can be trusted.
   */
  replayFloor(stream: string): Promise<string | null>;
  /** The cursor of the newest event the stream holds; null when it holds none. */
  streamEnd(stream: string): Promise<string | null>;
  /** Up to `count` events after `after` (from the oldest retained when null): replay for reconnecting clients. */
  read(stream: string, after: string | null, count: number): Promise<DeliveredEvent[]>;
  /**
   * Registers a listener called when the bus finds that its server lost events it had stored (Redis
   * restarted without persistence, from an older snapshot, or was flushed): publishers send what they
   * published recently again (consumers drop what they already had by event id). The first publish
   * after the discovery rejects, so that a publisher republishes before it sends anything newer.
   * Returns the unregister function. The in-process bus never loses events under its publishers and
   * never calls it.
   */
  onServerReset(listener: () => void): () => void;
  /** Resolves when the bus is reachable; the health check. */
  ping(): Promise<void>;
  /** Closes every subscription, then the connections. */
  close(): Promise<void>;
}

/** Defaults both implementations share. */
export const BUS_DEFAULTS = {
  /** Events kept per stream; older ones are trimmed. */
  retention: 100_000,
  batchSize: 50,
  followBatchSize: 100,
  claimIdleMs: 30_000,
  retryDelayMs: 1_000,
} as const;

/** Settings common to both implementations. */
export interface BusOptions {
  /** Events kept per stream (approximately, for Redis). */
  retention?: number;
  /** Defaults for subscriptions that do not set their own. */
  claimIdleMs?: number;
  retryDelayMs?: number;
}
