import { GraphQLError, type ExecutionResult } from "graphql";
import { compareCursors, type DeliveredEvent, type EventBus } from "@plateau/events";
import type { Viewer } from "@plateau/kernel";
import { topicsOfEvent, type SubscriptionSpec } from "./catalogue.js";

/** What a live subscription watches and how its results are made. */
export interface LiveSubscriptionOptions {
  field: string;
  spec: SubscriptionSpec;
  /** The id of what is watched (the topic argument's value). */
  topic: string;
  viewer: Viewer;
  /**
   * Subscribers with the same key get the same result for an event, so it is resolved once for
   * all of them: same operation, variables and workspace, and the same role or user only where the
   * selection has a field that differs by them (FIELDS_VARYING_BY_READER in the kernel).
   */
  shareKey: string;
  /** Resolves one event into this subscriber's result. */
  resolve(event: DeliveredEvent): Promise<ExecutionResult>;
  /** Results waiting to be sent before the subscriber counts as too slow and is ended. */
  maxQueued: number;
  onEnd(subscription: LiveSubscription): void;
}

const END = Symbol("end");
/** Event ids each subscription remembers (about 3 KB each): copies of older events are the feed's to drop. */
const RECENT_PER_SUBSCRIPTION = 32;
type Queued = Promise<ExecutionResult | null> | typeof END;

/**
 * One client subscription: an async iterator graphql-ws sends from. Events arrive from the gateway's
 * event feed (live) and from the stream (replay after `after:`); each is delivered once, in stream
 * order, whatever the order their resolutions finish in. While replay runs, live events wait in a
 * buffer; the cursor decides what is new, so the hand-over neither drops nor repeats an event.
 */
export class LiveSubscription implements AsyncIterableIterator<ExecutionResult> {
  readonly field: string;
  readonly spec: SubscriptionSpec;
  readonly topic: string;
  readonly viewer: Viewer;
  readonly shareKey: string;
  private readonly queue: Queued[] = [];
  private wake: (() => void) | undefined;
  private ended = false;
  private done = false;
  private markFinished!: () => void;
  /** Resolves once the last result has been handed to graphql-ws. */
  readonly finished = new Promise<void>((resolve) => (this.markFinished = resolve));
  /** The last event taken (delivered or on its way), by stream position. */
  private lastCursor: string | null;
  /** The ids of the last events taken, a ring of {@link RECENT_PER_SUBSCRIPTION}. */
  private readonly recentIds: string[] = [];
  private recentIndex = 0;
  /** Live events that arrived while replay was running. */
  private buffered: { event: DeliveredEvent; result: () => Promise<ExecutionResult> }[] | null = null;

  constructor(
    private readonly options: LiveSubscriptionOptions,
    after: string | null,
  ) {
    this.field = options.field;
    this.spec = options.spec;
    this.topic = options.topic;
    this.viewer = options.viewer;
    this.shareKey = options.shareKey;
    this.lastCursor = after;
  }

  /** This subscriber's result for `event` (the feed shares it with subscribers of the same share key). */
  resolve(event: DeliveredEvent): Promise<ExecutionResult> {
    return this.options.resolve(event);
  }

  /**
   * A live event for this subscription's topic; `result` resolves it (shared between subscribers
   * with the same share key). Ignored when already delivered, or when it is another workspace's.
   */
  offer(event: DeliveredEvent, result: () => Promise<ExecutionResult>): void {
    if (this.ended || event.workspaceId !== this.viewer.workspaceId) return;
    if (this.buffered) {
      if (this.buffered.length >= this.options.maxQueued) {
        this.buffered = null;
        this.failTooSlow();
        return;
      }
      this.buffered.push({ event, result });
      return;
    }
    this.take(event, result);
  }

  /**
   * Sends the SUBSCRIBED acknowledgement (`acknowledge: true`) ahead of every event: call it before the
   * subscription is registered with the feed. The position it reports is the one the subscription was
   * made with (`after`, or the stream's end when subscribing), so nothing at or before it is taken.
   */
  acknowledge(result: () => Promise<ExecutionResult>): void {
    if (this.queue.length > 0 || this.lastCursor === null)
      throw new Error("acknowledge a subscription before it takes events, from a position");
    this.push(result().catch((error: unknown) => ({ errors: [asGraphQLError(error)] })));
  }

  private take(event: DeliveredEvent, result: () => Promise<ExecutionResult>): void {
    if (this.lastCursor !== null && compareCursors(event.cursor, this.lastCursor) <= 0) return;
    // A copy (republished after a Redis restart) has a new cursor but its id: the feed drops the ids it
    // has seen, and this remembers the last few this subscriber got, in case a copy reaches it anyway
    // (seen in CI after a Redis restart, not explained yet: docs/api/live-updates.md).
    if (this.recentIds.includes(event.id)) return;
    this.recentIds[this.recentIndex] = event.id;
    this.recentIndex = (this.recentIndex + 1) % RECENT_PER_SUBSCRIPTION;
    this.lastCursor = event.cursor;
    if (this.queue.length >= this.options.maxQueued) {
      this.failTooSlow();
      return;
    }
    // A resolution that failed still reaches the subscriber, as an error result (masked and logged on
    // the way out), so a gap is never silent.
    this.push(result().catch((error: unknown) => ({ errors: [asGraphQLError(error)] })));
  }

  /**
   * Sends what the stream holds after the subscriber's cursor (only this topic's events), then
   * switches to live events. Must be called right after the subscription was registered with the feed.
   */
  async replay(bus: EventBus, pageSize = 200): Promise<void> {
    if (this.lastCursor === null) return;
    this.buffered = [];
    // The outbox relays at least once: a copy of an event (republished after a Redis restart) may sit
    // further down the stream under another cursor. Each id is delivered once.
    const seen = new Set<string>();
    try {
      let after = this.lastCursor;
      for (;;) {
        const page = await bus.read(this.spec.stream, after, pageSize);
        for (const event of page) {
          if (this.ended) return;
          if (
            event.workspaceId !== this.viewer.workspaceId ||
            !topicsOfEvent(this.spec, event).includes(this.topic) ||
            seen.has(event.id)
          ) {
            continue;
          }
          seen.add(event.id);
          this.take(event, () => this.options.resolve(event));
        }
        if (page.length < pageSize) break;
        after = page.at(-1)!.cursor;
      }
    } catch (error) {
      // What arrived live meanwhile must not be sent: the client would resume after it, past the gap.
      this.buffered = null;
      throw error;
    }
    const waiting = this.buffered ?? [];
    this.buffered = null;
    for (const { event, result } of waiting) if (!seen.has(event.id)) this.take(event, result);
  }

  private failTooSlow(): void {
    this.fail({
      message: `Events arrived faster than this connection took them (${this.options.maxQueued} waiting): subscribe again with \`after\` set to the last cursor you received`,
      extensions: { code: "RATE_LIMITED", retryAfter: 1 },
    });
  }

  /** Ends the subscription with an error result (token expired, session revoked, too slow). */
  fail(error: { message: string; extensions: Record<string, unknown> }): void {
    if (this.ended) return;
    this.push(Promise.resolve({ errors: [error] } as unknown as ExecutionResult));
    this.end();
  }

  /** Ends the subscription once what is queued has been sent. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.push(END);
    this.options.onEnd(this);
  }

  private push(item: Queued): void {
    this.queue.push(item);
    this.wake?.();
    this.wake = undefined;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    while (!this.done) {
      const head = this.queue.shift();
      if (head === undefined) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      if (head === END) break;
      const result = await head;
      if (result) return { value: result, done: false };
    }
    this.finish();
    return { value: undefined, done: true };
  }

  private finish(): void {
    this.done = true;
    this.markFinished();
  }

  /** The client completed, or the socket closed. */
  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.finish();
    this.queue.length = 0;
    this.wake?.();
    if (!this.ended) {
      this.ended = true;
      this.options.onEnd(this);
    }
    return { value: undefined, done: true };
  }

  async throw(): Promise<IteratorResult<ExecutionResult>> {
    return this.return();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return new GraphQLError(error instanceof Error ? error.message : String(error), {
    originalError: error instanceof Error ? error : undefined,
  });
}
