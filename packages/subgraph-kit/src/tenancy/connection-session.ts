/**
 * The tenant settings on PostgreSQL's pooled connections, set once per connection instead of once per
 * statement (docs/architecture.md, "Tenancy and Row-Level Security").
 *
 * MikroORM applies a session context by wrapping every statement sent outside a transaction in
 * `begin; select set_config(…, true); <statement>; commit`: four round trips for one read. Here the
 * workspace and user are session settings of the connection itself (`set_config(…, false)`), and the
 * pool's reserve hook compares what a connection carries with what its borrower needs, every time a
 * connection leaves the pool: a read on a connection that already carries the request's settings is
 * one round trip, and otherwise one `set_config` precedes it.
 *
 * Never leaking: whoever borrows a connection gets exactly its own settings. An entity manager's reads,
 * flushes and transactions borrow inside {@link TenantEntityManager}, carrying the manager's workspace and
 * user; every other borrower (raw `getConnection().execute()`, the migrator, the relay's passes) runs
 * outside it and gets empty settings, which no tenant policy admits. Managers whose session context
 * holds anything besides the workspace and user (the relay's and closure's flags) keep MikroORM's own
 * per-transaction `set_config(…, true)`, on a connection whose tenant settings are empty.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { EntityManager as PostgreSqlEntityManager } from "@mikro-orm/postgresql";
import { CompiledQuery, type DatabaseConnection } from "kysely";
import { SESSION_VARIABLES } from "./row-level-security.js";

/** The session variables carried by connections, in the order of their `set_config` parameters. */
const CONNECTION_VARIABLES = [SESSION_VARIABLES.workspaceId, SESSION_VARIABLES.userId] as const;

/** The values of {@link CONNECTION_VARIABLES}, and the key that compares two of them. */
interface ConnectionSettings {
  key: string;
  values: string[];
}

const EMPTY: ConnectionSettings = settingsOf(CONNECTION_VARIABLES.map(() => ""));

function settingsOf(values: string[]): ConnectionSettings {
  return { key: JSON.stringify(values), values };
}

/** The settings a borrower needs: set only around an entity manager's own work. */
const borrower = new AsyncLocalStorage<ConnectionSettings>();

/** What each pooled connection carries now; a connection not listed carries none (as good as empty). */
const carried = new WeakMap<DatabaseConnection, string>();

/**
 * The pool's reserve hook (`onReserveConnection`): gives the connection leaving the pool its borrower's
 * settings, with one statement when they differ from what it carries and none when they do not. Runs
 * before the borrower's `begin`, so the settings outlive any transaction it rolls back.
 */
export async function applyConnectionSettings(connection: DatabaseConnection): Promise<void> {
  const wanted = borrower.getStore() ?? EMPTY;
  if ((carried.get(connection) ?? EMPTY.key) === wanted.key) return;
  // Forgotten first: should the statement fail, the next borrower sets the settings again.
  carried.delete(connection);
  const calls = CONNECTION_VARIABLES.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, false)`).join(", ");
  const params = CONNECTION_VARIABLES.flatMap((variable, i) => [variable, wanted.values[i]]);
  await connection.executeQuery(CompiledQuery.raw(`select ${calls}`, params));
  carried.set(connection, wanted.key);
}

/**
 * The connection settings an entity manager's session context comes down to: its workspace and user,
 * or undefined when it holds anything else (a role, another variable), which MikroORM then applies
 * per transaction.
 */
function connectionSettings(em: PostgreSqlEntityManager): ConnectionSettings | undefined {
  const context = em.getSessionContext();
  if (!context) return EMPTY;
  const variables = context.variables ?? {};
  if (context.role || Object.keys(variables).some((name) => !(CONNECTION_VARIABLES as readonly string[]).includes(name))) return undefined;
  return settingsOf(CONNECTION_VARIABLES.map((name) => String(variables[name] ?? "")));
}

/**
 * The entity manager of subgraphs on PostgreSQL (`entityManager` option of the ORM): the connections
 * its reads, writes, flushes and transactions borrow carry its own workspace and user (see the file
 * comment), so a statement outside a transaction needs no transaction around it. Any other way in
 * keeps MikroORM's implicit transaction with `set_config(…, true)`: slower, never wrong.
 */
export class TenantEntityManager extends PostgreSqlEntityManager {
  /** No implicit transaction when the connection borrowed next carries this manager's settings. */
  override getTransactionSessionContext() {
    const context = super.getTransactionSessionContext();
    if (!context) return undefined;
    const settings = connectionSettings(this);
    return settings && borrower.getStore()?.key === settings.key ? undefined : context;
  }
}

/** The methods that may borrow a connection: each runs with this manager's settings as the borrower's. */
const BORROWING_METHODS = [
  "find",
  "findAll",
  "findOne",
  "findOneOrFail",
  "findAndCount",
  "findByCursor",
  "count",
  "countBy",
  "populate",
  "refresh",
  "refreshOrFail",
  "lock",
  "insert",
  "insertMany",
  "upsert",
  "upsertMany",
  "nativeUpdate",
  "nativeDelete",
  "execute",
  "callRoutine",
  "flush",
  "transactional",
  "withSessionContext",
] as const satisfies readonly (keyof PostgreSqlEntityManager)[];

for (const method of BORROWING_METHODS) {
  const original = PostgreSqlEntityManager.prototype[method] as (...args: unknown[]) => Promise<unknown>;
  Object.defineProperty(TenantEntityManager.prototype, method, {
    value(this: TenantEntityManager, ...args: unknown[]) {
      return borrower.run(connectionSettings(this) ?? EMPTY, () => original.apply(this, args));
    },
    writable: true,
    configurable: true,
  });
}
