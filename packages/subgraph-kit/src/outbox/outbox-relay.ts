import { AsyncLocalStorage } from "node:async_hooks";
import {
  LockMode,
  type EntityManager,
  type EventSubscriber,
  type FlushEventArgs,
  type MikroORM,
  type TransactionEventArgs,
} from "@mikro-orm/core";
import type { EventBus } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { withoutQueryReporting } from "../orm.js";
import { SESSION_VARIABLES } from "../tenancy/row-level-security.js";
import { OutboxEvent } from "./outbox-event.entity.js";

export interface OutboxRelayOptions {
  orm: MikroORM;
  bus: EventBus;
  logger: Logger;
  /** How often the outbox is polled besides the pokes after flushes (default 1 s). */
  intervalMs?: number;
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

/** A running relay. */
export interface OutboxRelay {
  /** Asks for a relay pass now (a flush recorded events); cheap to call often. */
  poke(): void;
  /** Relays everything unrelayed now; resolves with the number published, rejects when the bus fails. */
  relayNow(): Promise<number>;
  /** Stops polling and waits for the pass under way. Unrelayed rows stay for the next start. */
  stop(): Promise<void>;
}

const PRUNE_EVERY_MS = 60 * 60 * 1_000;

/**
 * Moves the subgraph's outbox to the event bus: rows in id order, a batch per transaction
 * (`select … for update skip locked`), marked relayed only after the bus has stored them. When the
 * bus is down the rows stay and are published once it is back, so nothing is lost; a crash between
 * publish and commit publishes them again (delivery is at least once; consumers deduplicate by id).
 * Runs right after a flush that recorded events, and on a timer for everything else (flushes inside
 * an explicit transaction, other replicas' rows, rows left by an outage).
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { orm, bus } = options;
  const logger = options.logger.child({ component: "outbox-relay" });
  const intervalMs = options.intervalMs ?? 1_000;
  const batchSize = options.batchSize ?? 100;
  const keepRelayedMs = options.keepRelayedMs ?? 7 * 24 * 60 * 60 * 1_000;
  const republishWindowMs = options.republishWindowMs ?? 10 * 60 * 1_000;
  // The advisory lock's key: one per subgraph schema, so replicas of one subgraph take turns.
  const lockKey = `plateau.outbox.${orm.config.get("schema") ?? "public"}`;
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  let failing = false;
  let nextPruneAt = 0;
  /** Set when the bus's server restarted: rows relayed since then are published again first. */
  let republishFrom: Date | undefined;
  // A poke comes from inside a request's flush; the pass must not run (and log) as part of that request.
  const outsideRequests = AsyncLocalStorage.snapshot();

  /** One relay of this subgraph at a time (replicas): batches reach the stream in id order instead of interleaving. */
  async function takeTurn(tx: EntityManager): Promise<boolean> {
    const [{ locked } = { locked: false }] = (await tx
      .getConnection()
      .execute("select pg_try_advisory_xact_lock(hashtext(?)) as locked", [lockKey], "all", tx.getTransactionContext())) as {
      locked: boolean;
    }[];
    return locked;
  }

  /**
   * After the bus's server restarted: publishes again, in id order, what was relayed within the
   * window before, so events it stored but no consumer had read are not lost (consumers drop the ones
   * they had by id). Runs before anything newer is relayed. Returns false when another replica has
   * the turn (it is tried again on the next pass).
   */
  async function republish(): Promise<boolean> {
    const from = republishFrom;
    if (!from) return true;
    let afterId: string | undefined;
    for (;;) {
      const page = await relayScope(orm).transactional(async (tx) => {
        if (!(await takeTurn(tx))) return null;
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
    if (republishFrom === from) republishFrom = undefined;
    logger.info("republished recently relayed events after the event bus's server restarted", { since: from.toISOString() });
    return true;
  }
  let resetSignalled = false;
  /** When this relay last published: what the server lost is what came before that, within the window. */
  let lastPublishedAt = Date.now();
  const stopListening = options.bus.onServerReset((): void => {
    const from = new Date(Math.min(Date.now(), lastPublishedAt) - republishWindowMs);
    if (!republishFrom || from < republishFrom) republishFrom = from;
    resetSignalled = true;
  });

  /** Publishes one batch; returns how many rows it relayed (0 when there was nothing to do). */
  async function relayBatch(): Promise<number> {
    const em = relayScope(orm);
    return em.transactional(async (tx) => {
      // Whoever holds the turn keeps going until the outbox is empty.
      if (!(await takeTurn(tx))) return 0;
      // Tenant filter off: the relay serves no request and has no workspace; it moves every
      // workspace's events, each carrying its own workspaceId for consumers to scope by. Row-Level
      // Security lets it read the outbox through the relay's own policy (relayScope).
      const rows = await tx.find(
        OutboxEvent,
        { relayedAt: null },
        { orderBy: { id: "asc" }, limit: batchSize, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, filters: false },
      );
      if (rows.length === 0) return 0;
      await bus.publish(rows.map((row) => row.toEvent()));
      lastPublishedAt = Date.now();
      await tx.nativeUpdate(OutboxEvent, { id: { $in: rows.map((row) => row.id) } }, { relayedAt: new Date() }, { filters: false });
      logger.debug("relayed events", { count: rows.length });
      return rows.length;
    });
  }

  async function prune(): Promise<void> {
    if (Date.now() < nextPruneAt) return;
    nextPruneAt = Date.now() + PRUNE_EVERY_MS;
    const em = relayScope(orm);
    const deleted = await em.nativeDelete(OutboxEvent, { relayedAt: { $lt: new Date(Date.now() - keepRelayedMs) } }, { filters: false });
    if (deleted > 0) logger.info("pruned relayed outbox rows", { deleted });
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (let count = await relayBatch(); count > 0 && !stopped; count = await relayBatch()) total += count;
    return total;
  }

  async function pass(): Promise<void> {
    do {
      again = false;
      try {
        if (!(await republish())) return;
        await drain();
        await prune();
        if (failing) logger.info("event bus reachable again; outbox relayed");
        failing = false;
      } catch (error) {
        // The bus has just found its server restarted (and refused this publish): republish at once,
        // before anything newer. Once per discovery: a failing republish waits for the next poll.
        if (resetSignalled && !stopped) {
          resetSignalled = false;
          again = true;
          continue;
        }
        // The bus (or the database) is down: the rows stay; the next poll tries again.
        if (!failing) logger.warn("outbox relay failed; events stay in the outbox until the next attempt", { error });
        failing = true;
        return;
      }
    } while (again && !stopped);
  }

  function poke(fromTimer = false): void {
    if (stopped) return;
    // While the bus is failing, only the timer retries: a burst of writes must not hammer it.
    if (failing && !fromTimer) return;
    if (running) {
      again = true;
      return;
    }
    running = outsideRequests(() => withoutQueryReporting(pass)).finally(() => (running = undefined));
  }

  // Entity managers whose open transaction has flushed outbox rows: relayed once it commits.
  const pending = new WeakSet<EntityManager>();
  const subscriber: EventSubscriber = {
    afterFlush(args: FlushEventArgs) {
      if (stopped || !args.uow.getChangeSets().some((changeSet) => changeSet.entity instanceof OutboxEvent)) return;
      if (args.em.isInTransaction()) pending.add(args.em);
      else poke();
    },
    afterTransactionCommit(args: TransactionEventArgs) {
      if (pending.delete(args.em) && !stopped) poke();
    },
    afterTransactionRollback(args: TransactionEventArgs) {
      pending.delete(args.em);
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
  const timer = setInterval(() => poke(true), intervalMs);
  timer.unref();
  poke(true);

  return {
    poke: () => poke(),
    async relayNow() {
      await running;
      return withoutQueryReporting(drain);
    },
    async stop() {
      stopped = true;
      stopListening();
      clearInterval(timer);
      await running;
    },
  };
}

/** An EntityManager whose transactions pass the outbox's relay policy (tenancy/row-level-security.ts). */
export function relayScope(orm: MikroORM): EntityManager {
  const em = orm.em.fork() as EntityManager;
  em.setSessionContext({ variables: { [SESSION_VARIABLES.outboxRelay]: "on" } });
  return em;
}
