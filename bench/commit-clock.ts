/**
 * When each outbox event's transaction committed, read off a subgraph's ORM in this process: the start
 * of the benchmark's "event to delivery" latency (docs/decisions/0009-transactional-outbox.md: an event exists once its change
 * commits). Measured, not inferred: `occurredAt` is stamped before the commit, and the mutation's
 * response leaves after it.
 */
import { performance } from "node:perf_hooks";
import type { EntityManager, EventSubscriber, FlushEventArgs, MikroORM, TransactionEventArgs } from "@mikro-orm/core";
import { OutboxEvent } from "@plateau/subgraph-kit";

/** Epoch milliseconds (sub-millisecond precision), comparable across worker threads. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

/** Records the commit time of every outbox event `orm` writes from now on, by event id. */
export function watchCommits(orm: MikroORM): Map<string, number> {
  const committedAt = new Map<string, number>();
  const pending = new WeakMap<EntityManager, string[]>();
  const subscriber: EventSubscriber = {
    afterFlush(args: FlushEventArgs) {
      const ids = args.uow
        .getChangeSets()
        .filter((changeSet) => changeSet.entity instanceof OutboxEvent)
        .map((changeSet) => (changeSet.entity as OutboxEvent).id);
      if (ids.length === 0) return;
      if (args.em.isInTransaction()) pending.set(args.em, [...(pending.get(args.em) ?? []), ...ids]);
      else for (const id of ids) committedAt.set(id, epochNow());
    },
    afterTransactionCommit(args: TransactionEventArgs) {
      const ids = pending.get(args.em);
      if (!ids) return;
      pending.delete(args.em);
      const now = epochNow();
      for (const id of ids) committedAt.set(id, now);
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
  return committedAt;
}
