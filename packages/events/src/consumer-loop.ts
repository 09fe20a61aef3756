import type { Logger } from "@plateau/kernel";
import type { DeliveredEvent, DomainEvent } from "./envelope.js";
import type { EventHandler } from "./event-bus.js";

/** One entry read for a consumer; `event` is null when it was trimmed away or is not an envelope. */
export interface GroupEntry {
  cursor: string;
  event: DomainEvent | null;
}

/**
 * What a bus offers one consumer of one group. Both buses implement it, and {@link runConsumer} on
 * top gives them the same delivery semantics.
 */
export interface GroupReader {
  /** Creates the group if it does not exist. */
  ensureGroup(): Promise<void>;
  /** Entries delivered to this consumer and not acknowledged yet, oldest first. */
  readPending(count: number): Promise<GroupEntry[]>;
  /** Takes over entries pending (for any consumer of the group) longer than `minIdleMs`. */
  claimStale(minIdleMs: number, count: number): Promise<GroupEntry[]>;
  /** Entries no consumer of the group has seen yet, waiting up to `blockMs` for some. */
  readNew(count: number, blockMs: number): Promise<GroupEntry[]>;
  ack(cursors: string[]): Promise<void>;
  /** Ends a `readNew` that is waiting (on close); it then resolves empty or rejects. */
  interrupt(): void;
}

export interface ConsumerLoopOptions {
  handler: EventHandler;
  logger: Logger;
  batchSize: number;
  claimIdleMs: number;
  retryDelayMs: number;
  blockMs: number;
  onReady: () => void;
}

/** A running loop: `stop()` lets the current handler finish, then resolves. */
export interface ConsumerLoop {
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 2_000;

/**
 * Delivers a group's events to one consumer, in order: first what this consumer already holds
 * (left from a failed handler or a previous run under the same name), then, every so often, what other
 * consumers left unacknowledged for `claimIdleMs` (a consumer that crashed), then new events.
 * An event is acknowledged right after its handler resolves. When a handler throws, the rest of the
 * batch waits: after `retryDelayMs` the loop starts again from this consumer's pending entries, so the
 * failed event is retried before anything after it. Errors of the bus itself (connection lost) are
 * retried with backoff, so a subscription outlives an outage.
 */
export function startConsumerLoop(reader: GroupReader, options: ConsumerLoopOptions): ConsumerLoop {
  let stopped = false;
  let reading = false;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });
  const claimEveryMs = Math.max(50, Math.min(options.claimIdleMs / 2, 10_000));

  /** Runs the handler over `entries` in order; false when one failed (the rest stays pending). */
  async function handle(entries: GroupEntry[]): Promise<boolean> {
    for (const entry of entries) {
      if (stopped) return true;
      if (!entry.event) {
        // Trimmed past retention, or not an envelope: nothing to deliver, but it must leave the
        // pending list or it would block the consumer forever.
        options.logger.warn("skipping unreadable event", { cursor: entry.cursor });
        await reader.ack([entry.cursor]);
        continue;
      }
      const delivered: DeliveredEvent = { ...entry.event, cursor: entry.cursor };
      try {
        await options.handler(delivered);
      } catch (error) {
        options.logger.warn("event handler failed; the event stays pending and will be retried", {
          eventId: delivered.id,
          type: delivered.type,
          cursor: delivered.cursor,
          error,
        });
        return false;
      }
      await reader.ack([entry.cursor]);
    }
    return true;
  }

  async function run(): Promise<void> {
    let groupReady = false;
    let pendingFirst = true;
    let nextClaimAt = 0;
    let failures = 0;
    while (!stopped) {
      try {
        if (!groupReady) {
          await reader.ensureGroup();
          groupReady = true;
          options.onReady();
        }
        let entries: GroupEntry[];
        if (pendingFirst) {
          entries = await reader.readPending(options.batchSize);
          if (entries.length === 0) pendingFirst = false;
        } else if (Date.now() >= nextClaimAt) {
          entries = await reader.claimStale(options.claimIdleMs, options.batchSize);
          if (entries.length < options.batchSize) nextClaimAt = Date.now() + claimEveryMs;
        } else {
          reading = true;
          try {
            entries = await reader.readNew(options.batchSize, Math.max(10, Math.min(nextClaimAt - Date.now(), 5_000)));
          } finally {
            reading = false;
          }
        }
        if (failures > 0) options.logger.info("event bus reachable again; consuming");
        failures = 0;
        if (entries.length > 0 && !(await handle(entries))) {
          pendingFirst = true;
          await sleep(options.retryDelayMs);
        }
      } catch (error) {
        if (stopped) break;
        // Whatever a lost read had delivered is pending for this consumer now: read that first.
        pendingFirst = true;
        if ((error as Error).message?.startsWith("NOGROUP")) groupReady = false;
        failures += 1;
        if (failures === 1 || failures % 30 === 0) options.logger.warn("event bus read failed; retrying", { error, failures });
        await sleep(Math.min(100 * 2 ** Math.min(failures - 1, 5), MAX_BACKOFF_MS));
      }
    }
  }

  const done = run();
  return {
    async stop() {
      stopped = true;
      wake?.();
      // A waiting read holds nothing yet; one in a handler finishes and acknowledges first.
      if (reading) reader.interrupt();
      await done;
    },
  };
}
