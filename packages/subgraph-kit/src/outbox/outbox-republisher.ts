import type { MikroORM } from "@mikro-orm/core";
import type { EventBus } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { OutboxEvent } from "./outbox-event.entity.js";
import { relayLockKey, relayScope, takeRelayTurn } from "./outbox-scope.js";

export interface OutboxRepublisherOptions {
  orm: MikroORM;
  bus: EventBus;
  logger: Logger;
  /** Rows published per transaction. */
  batchSize: number;
  /** Rows relayed this long before the bus's server restarted are published again. */
  windowMs: number;
}

/**
 * The relay's answer to the bus's server restarting (and perhaps losing what it stored): publishes
 * again, in id order, what was relayed within the window before, so events it stored but no consumer
 * had read are not lost (consumers drop the ones they had by id).
 */
export class OutboxRepublisher {
  /** Set when the bus's server restarted: rows relayed since then are published again first. */
  private from: Date | undefined;
  /** A reset was signalled and not yet acted upon by {@link takeResetSignal}. */
  private signalled = false;
  /** When the relay last published: what the server lost is what came before that, within the window. */
  private lastPublishedAt = Date.now();
  private readonly lockKey: string;
  private readonly stopListening: () => void;

  constructor(private readonly options: OutboxRepublisherOptions) {
    this.lockKey = relayLockKey(options.orm);
    this.stopListening = options.bus.onServerReset(() => {
      const from = new Date(Math.min(Date.now(), this.lastPublishedAt) - options.windowMs);
      if (!this.from || from < this.from) this.from = from;
      this.signalled = true;
    });
  }

  /** The relay has just published: a later reset need not go back further than the window before now. */
  published(): void {
    this.lastPublishedAt = Date.now();
  }

  /** True once after each reset signal: the relay then republishes at once instead of waiting for the next poll. */
  takeResetSignal(): boolean {
    const signalled = this.signalled;
    this.signalled = false;
    return signalled;
  }

  /**
   * Publishes again what a reset asks for, if any (a no-op otherwise). Runs before anything newer is
   * relayed. Returns false when another replica has the turn (it is tried again on the next pass).
   */
  async republish(): Promise<boolean> {
    const { orm, bus, batchSize, logger } = this.options;
    const from = this.from;
    if (!from) return true;
    let afterId: string | undefined;
    for (;;) {
      const page = await relayScope(orm).transactional(async (tx) => {
        if (!(await takeRelayTurn(tx, this.lockKey))) return null;
        return tx.find(
          OutboxEvent,
          { relayedAt: { $gte: from }, ...(afterId ? { id: { $gt: afterId } } : {}) },
          { orderBy: { id: "asc" }, limit: batchSize, filters: false },
        );
      });
      if (page === null) return false;
      if (page.length > 0) await bus.publish(page.map((row) => row.toEvent()));
      if (page.length < batchSize) break;
      afterId = page.at(-1)!.id;
    }
    if (this.from === from) this.from = undefined;
    logger.info("republished recently relayed events after the event bus's server restarted", { since: from.toISOString() });
    return true;
  }

  /** Stops listening for resets. */
  stop(): void {
    this.stopListening();
  }
}
