import { AsyncLocalStorage } from "node:async_hooks";
import { LockMode, type MikroORM } from "@mikro-orm/core";
import type { EventBus } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { withoutQueryReporting } from "../orm.js";
import { OutboxEvent } from "./outbox-event.entity.js";
import { onOutboxCommitted } from "./outbox-flush-trigger.js";
import type { StopListening } from "./outbox-notifications.js";
import { OutboxRepublisher } from "./outbox-republisher.js";
import { relayLockKey, relayScope, takeRelayTurn } from "./outbox-scope.js";

export { relayScope } from "./outbox-scope.js";

export interface OutboxRelayOptions {
  orm: MikroORM;
  bus: EventBus;
  logger: Logger;
  /**
   * How often the outbox is polled when nothing woke the relay (default {@link OUTBOX_POLL_MS}): only a
   * fallback, for a notification lost while the listening connection was down.
   */
  intervalMs?: number;
  /**
   * Subscribes to the database's notifications of appended events (every replica's commits, see
   * outbox-notifications.ts); resolves with what unsubscribes. Without it only this process's own
   * flushes and the poll wake the relay.
   */
  listen?: (onNotify: () => void) => Promise<StopListening>;
  /** Rows published per transaction (default 100). */
  batchSize?: number;
  /** How long relayed rows are kept, for inspection, before they are deleted (default 7 days). */
  keepRelayedMs?: number;
  /**
   * When the bus's server restarted (and may have lost what it stored), rows relayed this long before
   * are published again (default 10 minutes): what no consumer had read yet is not lost.
   */
  republishWindowMs?: number;
}

const PRUNE_EVERY_MS = 60 * 60 * 1_000;

/** The relay's default fallback poll: long, since commits wake it (OUTBOX_POLL_MS in docs/operations.md). */
export const OUTBOX_POLL_MS = 30_000;

/** While the bus is failing, how soon the relay tries again (sooner than the poll; only then). */
const RETRY_MS = 1_000;

/**
 * Moves the subgraph's outbox to the event bus: rows in id order, a batch per transaction
 * (`select … for update skip locked`), marked relayed only after the bus has stored them. When the
 * bus is down the rows stay and are published once it is back, so nothing is lost; a crash between
 * publish and commit publishes them again (delivery is at least once; consumers deduplicate by id).
 * Runs right after a flush that recorded events (outbox-flush-trigger.ts), when the database notifies
 * that any replica appended events (outbox-notifications.ts), and on a long timer for anything missed
 * (a notification lost while listening was down, rows left by an outage); idle, it sends no statement
 * between polls. After the bus's server restarted, it first publishes again what the server may have
 * lost (outbox-republisher.ts).
 */
export class OutboxRelay {
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly keepRelayedMs: number;
  private readonly lockKey: string;
  private readonly republisher: OutboxRepublisher;
  private stopped = false;
  private running: Promise<void> | undefined;
  private again = false;
  private failing = false;
  private nextPruneAt = 0;
  // A poke comes from inside a request's flush; the pass must not run (and log) as part of that request.
  private readonly outsideRequests = AsyncLocalStorage.snapshot();
  private stopTrigger: (() => void) | undefined;
  private listening: Promise<StopListening | undefined> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.logger = options.logger.child({ component: "outbox-relay" });
    this.batchSize = options.batchSize ?? 100;
    this.keepRelayedMs = options.keepRelayedMs ?? 7 * 24 * 60 * 60 * 1_000;
    this.lockKey = relayLockKey(options.orm);
    this.republisher = new OutboxRepublisher({
      orm: options.orm,
      bus: options.bus,
      logger: this.logger,
      batchSize: this.batchSize,
      windowMs: options.republishWindowMs ?? 10 * 60 * 1_000,
    });
  }

  /** Starts relaying: after every committed flush that recorded events, on notifications, on the timer, and once now. */
  start(): this {
    this.stopTrigger = onOutboxCommitted(this.options.orm, () => this.poke());
    this.listening = this.options
      .listen?.(() => this.poke())
      .catch((error: unknown) => {
        this.logger.warn("cannot listen for outbox notifications; relaying on commits and the poll only", { error });
        return undefined;
      });
    this.timer = setInterval(() => this.schedule(true), this.options.intervalMs ?? OUTBOX_POLL_MS);
    this.timer.unref();
    this.schedule(true);
    return this;
  }

  /** Asks for a relay pass now (a flush recorded events); cheap to call often. */
  poke(): void {
    this.schedule(false);
  }

  /** Relays everything unrelayed now; resolves with the number published, rejects when the bus fails. */
  async relayNow(): Promise<number> {
    await this.running;
    return withoutQueryReporting(() => this.drain());
  }

  /** Stops polling and waits for the pass under way. Unrelayed rows stay for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopTrigger?.();
    this.republisher.stop();
    clearInterval(this.timer);
    clearTimeout(this.retry);
    await (
      await this.listening
    )?.();
    await this.running;
  }

  private schedule(fromTimer: boolean): void {
    if (this.stopped) return;
    // While the bus is failing, only the timer retries: a burst of writes must not hammer it.
    if (this.failing && !fromTimer) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.outsideRequests(() => withoutQueryReporting(() => this.pass())).finally(() => (this.running = undefined));
  }

  private async pass(): Promise<void> {
    do {
      this.again = false;
      try {
        if (!(await this.republisher.republish())) return;
        await this.drain();
        await this.prune();
        if (this.failing) this.logger.info("event bus reachable again; outbox relayed");
        this.failing = false;
      } catch (error) {
        // The bus has just found its server restarted (and refused this publish): republish at once,
        // before anything newer. Once per discovery: a failing republish waits for the next poll.
        if (!this.stopped && this.republisher.takeResetSignal()) {
          this.again = true;
          continue;
        }
        // The bus (or the database) is down: the rows stay; the next poll tries again.
        if (!this.failing) this.logger.warn("outbox relay failed; events stay in the outbox until the next attempt", { error });
        this.failing = true;
        this.retryLater();
        return;
      }
    } while (this.again && !this.stopped);
  }

  /** Tries again soon after a failure: the bus is usually back well before the next poll. */
  private retryLater(): void {
    if (this.stopped) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.schedule(true), Math.min(RETRY_MS, this.options.intervalMs ?? OUTBOX_POLL_MS));
    this.retry.unref();
  }

  private async drain(): Promise<number> {
    let total = 0;
    for (let count = await this.relayBatch(); count > 0 && !this.stopped; count = await this.relayBatch()) total += count;
    return total;
  }

  /** Publishes one batch; returns how many rows it relayed (0 when there was nothing to do). */
  private relayBatch(): Promise<number> {
    return relayScope(this.options.orm).transactional(async (tx) => {
      // Whoever holds the turn keeps going until the outbox is empty.
      if (!(await takeRelayTurn(tx, this.lockKey))) return 0;
      // Tenant filter off: the relay serves no request and has no workspace; it moves every
      // workspace's events, each carrying its own workspaceId for consumers to scope by. Row-Level
      // Security lets it read the outbox through the relay's own policy (relayScope).
      const rows = await tx.find(
        OutboxEvent,
        { relayedAt: null },
        { orderBy: { id: "asc" }, limit: this.batchSize, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, filters: false },
      );
      if (rows.length === 0) return 0;
      await this.options.bus.publish(rows.map((row) => row.toEvent()));
      this.republisher.published();
      await tx.nativeUpdate(OutboxEvent, { id: { $in: rows.map((row) => row.id) } }, { relayedAt: new Date() }, { filters: false });
      this.logger.debug("relayed events", { count: rows.length });
      return rows.length;
    });
  }

  private async prune(): Promise<void> {
    if (Date.now() < this.nextPruneAt) return;
    this.nextPruneAt = Date.now() + PRUNE_EVERY_MS;
    const deleted = await relayScope(this.options.orm).nativeDelete(
      OutboxEvent,
      { relayedAt: { $lt: new Date(Date.now() - this.keepRelayedMs) } },
      { filters: false },
    );
    if (deleted > 0) this.logger.info("pruned relayed outbox rows", { deleted });
  }
}

/** Starts an {@link OutboxRelay} of `options.orm`'s outbox to `options.bus`. */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  return new OutboxRelay(options).start();
}
