import { Entity, Property } from "@mikro-orm/decorators/legacy";
import { Migration } from "@mikro-orm/migrations";
import { afterAll, describe, expect, it } from "vitest";
import { EnvError, uuidv7 } from "@plateau/kernel";
import { workerDatabaseUrl } from "@plateau/test-kit";
import { BaseEntity } from "./entity.js";
import { migrateSubgraph } from "./migrate.js";
import { openDatabase, type Database } from "./orm.js";
import { databaseOptionsOf, type SubgraphStorage } from "./subgraph.js";
import { sqlRows } from "./tenancy/sql.js";

/** No schema of its own: it lands in the ORM's, so each test migrates a fresh schema. */
@Entity({ tableName: "item" })
class Item extends BaseEntity {
  @Property({ type: "string" })
  label!: string;
}

/** A subgraph's storage in a fresh schema (the race is only there while its migrations are pending). */
function freshStorage(): SubgraphStorage {
  const schema = `migrate_${uuidv7().replace(/-/g, "").slice(-12)}`;
  /** Plain DDL, as the committed migrations write it: it fails if it runs twice. */
  class CreateItems extends Migration {
    override up(): void {
      this.addSql(`create table "${schema}"."item" ("id" uuid primary key, "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(), "label" varchar(255) not null)`);
      this.addSql(`create table "${schema}"."outbox" ("id" uuid primary key, "workspace_id" uuid null, "type" varchar(200) not null,
        "version" int not null, "occurred_at" timestamptz not null, "actor_id" uuid null, "subject_typename" varchar(100) not null,
        "subject_id" varchar(100) not null, "data" jsonb not null, "relayed_at" timestamptz null)`);
    }
  }
  return { name: schema, entities: [Item], tenantEntities: [], migrations: [{ name: "CreateItems", class: CreateItems }] };
}

/** The migrations a schema has recorded as applied. */
async function appliedIn(database: Database, schema: string): Promise<string[]> {
  const rows = await database.asOwner((em) =>
    sqlRows<{ name: string }>(em, `select name from "${schema}"."mikro_orm_migrations" order by id`),
  );
  return rows.map((row) => row.name);
}

describe("migrations on PostgreSQL", () => {
  const opened: Database[] = [];
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await opened[0]?.asOwner((em) => sqlRows(em, `drop schema if exists "${schema}" cascade`));
    await Promise.all(opened.map((database) => database.close()));
  });
  const storage = () => {
    const fresh = freshStorage();
    schemas.push(fresh.name);
    return fresh;
  };

  it("are applied once when replicas start together, the others waiting for them", async () => {
    const url = await workerDatabaseUrl();
    const subgraph = storage();
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => openDatabase({ ...databaseOptionsOf(subgraph), database: { url } })),
    );
    opened.push(...results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : [])));
    expect(results.flatMap((result) => (result.status === "rejected" ? [String(result.reason)] : []))).toEqual([]);
    expect(await appliedIn(opened[0]!, subgraph.name)).toEqual(["CreateItems"]);
  });

  it("are applied by migrateSubgraph (the migration Job), after which a service's start finds none pending", async () => {
    const url = await workerDatabaseUrl();
    const subgraph = storage();
    // Opened on another schema, so that reading the migrated one migrates nothing.
    const reader = await openDatabase({ ...databaseOptionsOf(storage()), database: { url } });
    opened.push(reader);
    await migrateSubgraph(subgraph, { DATABASE_URL: url });
    expect(await appliedIn(reader, subgraph.name)).toEqual(["CreateItems"]);
    const database = await openDatabase({ ...databaseOptionsOf(subgraph), database: { url } });
    opened.push(database);
    expect(await database.pendingMigrations()).toEqual([]);
    expect(await appliedIn(database, subgraph.name)).toEqual(["CreateItems"]);
  });

  it("are not run by migrateSubgraph without DATABASE_URL (it would migrate an embedded database no service uses)", async () => {
    await expect(migrateSubgraph(freshStorage(), {})).rejects.toBeInstanceOf(EnvError);
  });
});
