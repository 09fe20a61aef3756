import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { MikroORM as PostgresOrm, PostgreSqlDriver } from "@mikro-orm/postgresql";
import { MikroORM as PgliteOrm, PgliteDriver } from "@mikro-orm/pglite";
import { Migrator } from "@mikro-orm/migrations";
import type { Constructor, EntityManager, EntityName, MikroORM, Options } from "@mikro-orm/core";
import type { Migration } from "@mikro-orm/migrations";
import { PGlite } from "@electric-sql/pglite";
import type { Logger } from "@plateau/kernel";
import { OutboxEvent } from "./outbox/outbox-event.entity.js";

/** The name of the MikroORM filter that scopes tenant tables to the viewer's workspace. */
export const TENANT_FILTER = "tenant";

/** A workspace id no workspace has: what the tenant filter matches when a request has no workspace. */
export const NO_WORKSPACE = "00000000-0000-0000-0000-000000000000";

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
  /** Where `migration:create` writes; only the generator script sets it. */
  migrationsPath?: string;
}

/** An initialised ORM plus the means to close it and its embedded database. */
export interface Database {
  orm: MikroORM;
  /** Checks the connection; throws when the database does not answer. */
  ping(): Promise<void>;
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

function baseOptions(options: OrmOptions): Partial<Options> {
  return {
    // Every subgraph has an outbox in its own schema (ARCHITECTURE.md, "Events").
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
  } as Partial<Options>;
}

/**
 * Opens the subgraph's database, creates its schema if needed and applies its committed migrations.
 */
export async function openDatabase(options: OrmOptions): Promise<Database> {
  let orm: MikroORM;
  let pglite: PGlite | undefined;
  if ("url" in options.database) {
    orm = (await PostgresOrm.init({
      ...baseOptions(options),
      driver: PostgreSqlDriver,
      clientUrl: options.database.url,
      pool: { min: 0, max: 10 },
    } as Options)) as unknown as MikroORM;
  } else {
    mkdirSync(options.database.pgliteDir, { recursive: true });
    pglite = new PGlite(options.database.pgliteDir);
    await pglite.waitReady;
    orm = (await PgliteOrm.init({
      ...baseOptions(options),
      driver: PgliteDriver,
      dbName: options.schema,
      driverOptions: { pglite },
    } as Options)) as unknown as MikroORM;
  }
  const em = orm.em.fork() as EntityManager;
  await em.getConnection().execute(`create schema if not exists "${options.schema}"`);
  const applied = await orm.migrator.up();
  if (applied.length > 0) options.logger?.info("migrations applied", { schema: options.schema, migrations: applied.map((m) => m.name) });
  return {
    orm,
    async ping() {
      await orm.em.fork().getConnection().execute("select 1");
    },
    async close() {
      await orm.close(true);
      await pglite?.close();
    },
  };
}
