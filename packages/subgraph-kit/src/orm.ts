import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { MikroORM as PostgresOrm, PostgreSqlDriver } from "@mikro-orm/postgresql";
import { MikroORM as PgliteOrm, PgliteDriver } from "@mikro-orm/pglite";
import { Migrator } from "@mikro-orm/migrations";
import type { Constructor, EntityManager, EntityName, MikroORM, Options } from "@mikro-orm/core";
import type { Migration } from "@mikro-orm/migrations";
import { PGlite } from "@electric-sql/pglite";
import { createPostgreSqlTypeParsers } from "@mikro-orm/sql";
import array from "postgres-array";
import { CompiledQuery, type DatabaseConnection } from "kysely";
import type { Tracer } from "@opentelemetry/api";
import type { Logger } from "@plateau/kernel";
import type { Pool } from "pg";
import { sqlSpanLoggerFactory } from "./observability/sql-spans.js";
import { OutboxEvent } from "./outbox/outbox-event.entity.js";
import { installOutboxNotifications, listenOnPglite, listenOnPostgres, type StopListening } from "./outbox/outbox-notifications.js";
import { applyConnectionSettings, TenantEntityManager } from "./tenancy/connection-session.js";
import { APP_ROLE, applyRowLevelSecurity, NO_WORKSPACE, TENANT_FILTER, type RowLevelSecurity } from "./tenancy/row-level-security.js";

export { NO_WORKSPACE, TENANT_FILTER };

/** Where a subgraph's data lives: a PostgreSQL server, or an embedded PGlite data directory. */
export type DatabaseLocation = { url: string } | { pgliteDir: string };

export interface OrmOptions {
  /** The subgraph's own Postgres schema (`portfolio`, …): its tables and its migrations table live there. */
  schema: string;
  /** The subgraph's entities; the outbox ({@link OutboxEvent}) is always added. */
  entities: Constructor<object>[];
  /** Entities whose rows belong to a workspace; the tenant filter applies to them. */
  tenantEntities?: EntityName<object>[];
  migrations: { name: string; class: Constructor<Migration> }[];
  database: DatabaseLocation;
  logger?: Logger;
  /**
   * Called with every SQL statement the ORM sends for requests (statement-count tests, diagnostics);
   * background work run through {@link withoutQueryReporting} (the outbox relay) is left out.
   */
  onQuery?: (sql: string) => void;
  /** Records a span for each statement run inside a traced request (observability/sql-spans.ts). */
  tracer?: Tracer;
  /** Where `migration:create` writes; only the generator script sets it. */
  migrationsPath?: string;
  /** Policies beyond the tenant policy every `workspace_id` table gets (tenancy/row-level-security.ts). */
  rowLevelSecurity?: RowLevelSecurity;
  /**
   * False only for `migration:create`: it diffs the entities against the migrated schema as the owner,
   * and the policies and tables tenancy adds at start are not the entities' business.
   */
  tenancy?: boolean;
}

/** An initialised ORM plus the means to close it and its embedded database. */
export interface Database {
  orm: MikroORM;
  /** Checks the connection; throws when the database does not answer. */
  ping(): Promise<void>;
  /**
   * Runs `fn` in a transaction as the schema's owner instead of the plain role: outside Row-Level
   * Security. For tests that inspect or age rows and for maintenance scripts, never for requests.
   */
  asOwner<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
  /**
   * The subgraph's committed migrations the database has not recorded as applied (readiness). Read as
   * the owner: the plain role may not see the migrations table.
   */
  pendingMigrations(): Promise<string[]>;
  /**
   * Calls `onNotify` for every `NOTIFY` on `channel` (and after each reconnection, when notifications
   * may have been missed), from a connection outside the pool; resolves with what stops it.
   */
  listen(channel: string, onNotify: () => void, logger: Logger): Promise<StopListening>;
  /**
   * Refreshes the planner's statistics of the subgraph's tables (`ANALYZE`, as the owner). PostgreSQL's
   * autovacuum does it on its own; embedded PGlite has none, so it runs at every embedded start, and
   * after bulk loads (seeding, benchmarks). Without statistics the planner guesses, badly.
   */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

const unreported = new AsyncLocalStorage<true>();

/**
 * Runs `fn` with its statements kept from `onQuery`: work on a timer (the outbox relay) is not what
 * a request's statement count measures, and would make such counts depend on timing.
 */
export function withoutQueryReporting<T>(fn: () => Promise<T>): Promise<T> {
  return unreported.run(true, fn);
}

function baseOptions(options: OrmOptions, restriction: { active: boolean }): Partial<Options> {
  return {
    // Once migrations and policies are in place, every connection switches to the plain role, so
    // whatever runs on it (ORM calls, raw SQL, the outbox relay) is subject to Row-Level Security.
    onCreateConnection: async (connection: DatabaseConnection) => {
      if (restriction.active) await connection.executeQuery(CompiledQuery.raw(`set role ${APP_ROLE}`));
    },
    // Every subgraph has an outbox in its own schema (docs/architecture.md, "Events and the outbox").
    entities: [...options.entities, OutboxEvent],
    schema: options.schema,
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    migrations: {
      tableName: "mikro_orm_migrations",
      schema: options.schema,
      migrationsList: options.migrations,
      path: options.migrationsPath,
      pathTs: options.migrationsPath,
      emit: "ts",
      snapshot: false,
      transactional: true,
      silent: true,
      allOrNothing: true,
    },
    filters: {
      [TENANT_FILTER]: {
        cond: (args: Record<string, unknown>) => ({ workspaceId: args.workspaceId ?? NO_WORKSPACE }),
        entity: options.tenantEntities ?? [],
        default: (options.tenantEntities ?? []).length > 0,
        args: false,
      },
    },
    onQuery: options.onQuery
      ? (sql: string) => {
          if (!unreported.getStore()) options.onQuery?.(sql);
          return sql;
        }
      : undefined,
    debug: false,
    loggerFactory: options.tracer ? sqlSpanLoggerFactory(options.tracer, options.schema) : undefined,
  } as Partial<Options>;
}

/** The advisory lock's key that serialises a schema's migrations across processes. */
const migrationLockKey = (schema: string) => `plateau.migrations.${schema}`;

/**
 * Runs `fn` while this process holds a PostgreSQL advisory lock. The lock lives in a transaction of its
 * own, on a connection `fn` does not use: the migrator opens its own connections and transaction, and
 * runs some statements (creating its table) outside any transaction it could be given.
 */
async function whileLocked<T>(em: EntityManager, key: string, fn: () => Promise<T>): Promise<T> {
  const connection = em.getConnection();
  const holder = await connection.begin();
  try {
    await connection.execute("select pg_advisory_xact_lock(hashtext(?))", [key], "all", holder);
    return await fn();
  } finally {
    await connection.rollback(holder);
  }
}

/**
 * Opens the subgraph's database, creates its schema if needed, applies its committed migrations and
 * its Row-Level Security (as the owner), then reconnects as the plain role {@link APP_ROLE}.
 */
export async function openDatabase(options: OrmOptions): Promise<Database> {
  let orm: MikroORM;
  let pglite: PGlite | undefined;
  const restriction = { active: false };
  if ("url" in options.database) {
    orm = (await PostgresOrm.init({
      ...baseOptions(options, restriction),
      driver: PostgreSqlDriver,
      clientUrl: options.database.url,
      pool: { min: 0, max: 10 },
      // Tenant settings per pooled connection, not per statement (tenancy/connection-session.ts). Not
      // for PGlite: its one connection is shared by concurrent requests, so MikroORM's per-transaction
      // settings stay.
      entityManager: TenantEntityManager,
      onReserveConnection: applyConnectionSettings,
    } as Options)) as unknown as MikroORM;
  } else {
    mkdirSync(options.database.pgliteDir, { recursive: true });
    // The parsers MikroORM gives the PGlite it creates itself (dates and timestamps kept as the strings
    // node-postgres returns): an instance passed in must bring them, or `date` columns read as Date objects.
    pglite = new PGlite(options.database.pgliteDir, { parsers: createPostgreSqlTypeParsers((value) => array.parse(value)) });
    await pglite.waitReady;
    orm = (await PgliteOrm.init({
      ...baseOptions(options, restriction),
      driver: PgliteDriver,
      dbName: options.schema,
      driverOptions: { pglite },
    } as Options)) as unknown as MikroORM;
  }
  const em = orm.em.fork() as EntityManager;
  const migrate = async () => {
    await em.getConnection().execute(`create schema if not exists "${options.schema}"`);
    return orm.migrator.up();
  };
  // Migrations, then the policies and the outbox trigger (DDL too, on the same tables).
  const setUp = async () => {
    const applied = await migrate();
    if (options.tenancy !== false) {
      await applyRowLevelSecurity(em, options.schema, options.rowLevelSecurity);
      await installOutboxNotifications(em, options.schema);
    }
    return applied;
  };
  // Replicas starting together would run the same DDL at once: all but one would fail, or deadlock on
  // each other's table locks. One sets up while the others wait for the lock, then find nothing to do.
  // Embedded PGlite has one process and one connection, so nothing to wait for (and no second
  // connection to set up on).
  const applied = pglite ? await setUp() : await whileLocked(em, migrationLockKey(options.schema), setUp);
  if (applied.length > 0) options.logger?.info("migrations applied", { schema: options.schema, migrations: applied.map((m) => m.name) });
  if (options.tenancy !== false) {
    restriction.active = true;
    await orm.reconnect();
  }
  const asOwner: Database["asOwner"] = (fn) =>
    (orm.em.fork() as EntityManager).transactional(async (tx) => {
      // The connection's login is the owner; `none` goes back to it until the transaction ends.
      await tx.getConnection().execute("set local role none", [], "run", tx.getTransactionContext());
      return fn(tx);
    });
  const analyze: Database["analyze"] = () =>
    asOwner(async (tx) => {
      const run = (sql: string, params: unknown[] = []) => tx.getConnection().execute(sql, params, "all", tx.getTransactionContext());
      const tables = (await run("select tablename from pg_tables where schemaname = ?", [options.schema])) as { tablename: string }[];
      for (const { tablename } of tables) await run(`analyze "${options.schema}"."${tablename.replaceAll('"', '""')}"`);
    });
  if (pglite) await analyze();
  return {
    orm,
    analyze,
    async ping() {
      await orm.em.fork().getConnection().execute("select 1");
    },
    asOwner,
    async pendingMigrations() {
      const applied = await asOwner(
        (tx) =>
          tx
            .getConnection()
            .execute(`select name from "${options.schema}"."mikro_orm_migrations"`, [], "all", tx.getTransactionContext()) as Promise<
            { name: string }[]
          >,
      );
      const names = new Set(applied.map((row) => row.name));
      return options.migrations.map((migration) => migration.name).filter((name) => !names.has(name));
    },
    async listen(channel, onNotify, logger) {
      if (pglite) return listenOnPglite(pglite, channel, onNotify);
      const pool = (await orm.em.getConnection().getNativeClient()) as Pool;
      return listenOnPostgres(pool, channel, onNotify, logger);
    },
    async close() {
      await orm.close(true);
      await pglite?.close();
    },
  };
}
