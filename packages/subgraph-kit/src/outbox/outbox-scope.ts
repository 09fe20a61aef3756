import type { EntityManager, MikroORM } from "@mikro-orm/core";
import { SESSION_VARIABLES } from "../tenancy/row-level-security.js";

/** An EntityManager whose transactions pass the outbox's relay policy (tenancy/row-level-security.ts). */
export function relayScope(orm: MikroORM): EntityManager {
  const em = orm.em.fork() as EntityManager;
  em.setSessionContext({ variables: { [SESSION_VARIABLES.outboxRelay]: "on" } });
  return em;
}

/** The advisory lock's key of a subgraph's relays: one per subgraph schema, so replicas of one subgraph take turns. */
export function relayLockKey(orm: MikroORM): string {
  return `plateau.outbox.${orm.config.get("schema") ?? "public"}`;
}

/**
 * Takes the relay's turn for the transaction `tx`: one relay of a subgraph at a time (replicas), so
 * batches reach the stream in id order instead of interleaving. False when another replica has it.
 */
export async function takeRelayTurn(tx: EntityManager, lockKey: string): Promise<boolean> {
  const [{ locked } = { locked: false }] = (await tx
    .getConnection()
    .execute("select pg_try_advisory_xact_lock(hashtext(?)) as locked", [lockKey], "all", tx.getTransactionContext())) as {
    locked: boolean;
  }[];
  return locked;
}
