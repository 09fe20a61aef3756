import type { EntityManager, EventSubscriber, FlushEventArgs, MikroORM, TransactionEventArgs } from "@mikro-orm/core";
import { OutboxEvent } from "./outbox-event.entity.js";

/**
 * Calls `onCommitted` whenever outbox rows reach the database: right after a flush that recorded
 * events, or, for a flush inside an explicit transaction, once that transaction commits (a rolled-back
 * one recorded nothing). Returns what stops it.
 */
export function onOutboxCommitted(orm: MikroORM, onCommitted: () => void): () => void {
  let stopped = false;
  // Entity managers whose open transaction has flushed outbox rows: reported once it commits.
  const pending = new WeakSet<EntityManager>();
  const subscriber: EventSubscriber = {
    afterFlush(args: FlushEventArgs) {
      if (stopped || !args.uow.getChangeSets().some((changeSet) => changeSet.entity instanceof OutboxEvent)) return;
      if (args.em.isInTransaction()) pending.add(args.em);
      else onCommitted();
    },
    afterTransactionCommit(args: TransactionEventArgs) {
      if (pending.delete(args.em) && !stopped) onCommitted();
    },
    afterTransactionRollback(args: TransactionEventArgs) {
      pending.delete(args.em);
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
  // MikroORM has no way to remove a subscriber: a stopped one ignores what follows.
  return () => {
    stopped = true;
  };
}
