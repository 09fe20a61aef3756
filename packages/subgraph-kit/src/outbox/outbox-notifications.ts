/**
 * Wake-ups for the outbox relay from the database itself (docs/architecture.md, "Events and the
 * outbox"): a statement-level trigger on the outbox sends `NOTIFY` in every transaction that appends
 * events, so every replica of the subgraph hears about every commit, its own and the others'. The
 * relay listens, and polls only as a fallback for a notification missed while its listening
 * connection was down.
 */
import type { EntityManager } from "@mikro-orm/core";
import type { Logger } from "@plateau/kernel";
import type { Client, Pool } from "pg";
import type { PGlite } from "@electric-sql/pglite";

/** The channel a subgraph's outbox notifies on: one per schema, so subgraphs sharing a database do not wake each other. */
export function outboxChannel(schema: string): string {
  return `plateau_outbox_${schema}`;
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/**
 * (Re)creates the trigger that notifies {@link outboxChannel} after each statement inserting into the
 * outbox (when the schema has one). One notification per transaction: PostgreSQL folds identical ones until commit, and sends
 * none for a rolled-back transaction. Idempotent; runs as the owner at every start.
 */
export async function installOutboxNotifications(em: EntityManager, schema: string): Promise<void> {
  const s = quote(schema);
  const channel = outboxChannel(schema).replaceAll("'", "''");
  await em.transactional(async (tx) => {
    const run = (sql: string) => tx.getConnection().execute(sql, [], "all", tx.getTransactionContext());
    // Every subgraph's migrations create its outbox; a schema without one (a test's) has nothing to notify.
    const [{ exists } = { exists: false }] = (await run(
      `select to_regclass('${s.replaceAll("'", "''")}.outbox') is not null as exists`,
    )) as {
      exists: boolean;
    }[];
    if (!exists) return;
    await run(`create or replace function ${s}.notify_outbox() returns trigger language plpgsql as $$
      begin perform pg_notify('${channel}', ''); return null; end $$`);
    await run(`create or replace trigger outbox_notify after insert on ${s}.outbox
      for each statement execute function ${s}.notify_outbox()`);
  });
}

/** Stops listening. */
export type StopListening = () => Promise<void>;

/** How long a lost listening connection waits before it reconnects (the fallback poll covers the gap). */
const RECONNECT_MS = 1_000;

/**
 * Listens on `channel` with a connection of its own (not one of the pool's, which requests need),
 * calling `onNotify` for each notification and once more after every (re)connection, since a
 * notification sent while it was down is lost. A lost connection is reopened after a second.
 */
export function listenOnPostgres(pool: Pool, channel: string, onNotify: () => void, logger: Logger): StopListening {
  let stopped = false;
  let client: Client | undefined;
  // The pool's own client class and settings (node-postgres keeps both on the pool): no second copy of either.
  const { Client: ClientClass, options } = pool as Pool & { Client: typeof Client; options: ConstructorParameters<typeof Client>[0] };
  let retry: NodeJS.Timeout | undefined;
  const reconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, RECONNECT_MS);
    retry.unref();
  };
  const connect = async () => {
    const current = new ClientClass(options);
    client = current;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (!stopped) logger.warn("outbox notifications lost; listening again shortly", { error });
      current.end().catch(() => undefined);
      reconnect();
    };
    current.on("notification", () => onNotify());
    current.on("error", onLost);
    current.on("end", () => onLost());
    try {
      await current.connect();
      await current.query(`listen ${quote(channel)}`);
      if (!stopped) onNotify();
    } catch (error) {
      onLost(error as Error);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}

/** Listens on `channel` of an embedded PGlite (notifications of its own process only: it has no other). */
export async function listenOnPglite(pglite: PGlite, channel: string, onNotify: () => void): Promise<StopListening> {
  const unlisten = await pglite.listen(channel, () => onNotify());
  return () => unlisten();
}
