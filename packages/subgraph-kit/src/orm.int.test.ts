import { Entity, Property } from "@mikro-orm/decorators/legacy";
import { Migration } from "@mikro-orm/migrations";
import { afterAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { workerDatabaseUrl } from "@plateau/test-kit";
import { BaseEntity } from "./entity.js";
import { openDatabase, type Database } from "./orm.js";
import { sqlRows } from "./tenancy/sql.js";

// A fresh schema per run: the race is only there while the migrations are pending.
const SCHEMA = `migrate_race_${uuidv7().replace(/-/g, "").slice(-12)}`;

@Entity({ tableName: "item", schema: SCHEMA })
class Item extends BaseEntity {
  @Property({ type: "string" })
  label!: string;
}

/** Plain DDL, as the committed migrations write it: it fails if it runs twice. */
class CreateItems extends Migration {
  override up(): void {
    this.addSql(`create table "${SCHEMA}"."item" ("id" uuid primary key, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "label" varchar(255) not null)`);
    this.addSql(`create table "${SCHEMA}"."outbox" ("id" uuid primary key, "workspace_id" uuid null, "type" varchar(200) not null,
      "version" int not null, "occurred_at" timestamptz not null, "actor_id" uuid null, "subject_typename" varchar(100) not null,
      "subject_id" varchar(100) not null, "data" jsonb not null, "relayed_at" timestamptz null)`);
  }
}

describe("openDatabase with replicas starting together (PostgreSQL)", () => {
  const opened: Database[] = [];
  afterAll(async () => {
    await opened[0]?.asOwner((em) => sqlRows(em, `drop schema if exists "${SCHEMA}" cascade`));
    await Promise.all(opened.map((database) => database.close()));
  });

  it("applies the pending migrations once, while the others wait for them", async () => {
    const url = await workerDatabaseUrl();
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        openDatabase({ schema: SCHEMA, entities: [Item], migrations: [{ name: "CreateItems", class: CreateItems }], database: { url } }),
      ),
    );
    opened.push(...results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : [])));
    expect(results.flatMap((result) => (result.status === "rejected" ? [String(result.reason)] : []))).toEqual([]);
    const applied = await opened[0]!.asOwner((em) => sqlRows<{ name: string }>(em, `select name from "${SCHEMA}"."mikro_orm_migrations"`));
    expect(applied.map((row) => row.name)).toEqual(["CreateItems"]);
    for (const database of opened) expect(await database.pendingMigrations()).toEqual([]);
  });
});
