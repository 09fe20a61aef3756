import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Entity, Property } from "@mikro-orm/decorators/legacy";
import type { EntityManager } from "@mikro-orm/core";
import { Migration } from "@mikro-orm/migrations";
import type { Pool, PoolClient } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { workerDatabaseUrl } from "@plateau/test-kit";
import { TenantEntity } from "../entity.js";
import { openDatabase, TENANT_FILTER, type Database, type DatabaseLocation } from "../orm.js";
import { APP_ROLE, runInWorkspace, scopeEntityManager } from "./row-level-security.js";
import { closeWorkspace } from "./workspace-closure.js";
import { sqlRows } from "./sql.js";

const SCHEMA = "rls_check";

@Entity({ tableName: "note", schema: SCHEMA })
class Note extends TenantEntity {
  @Property({ type: "string" })
  text!: string;
}

class CreateNotes extends Migration {
  override up(): void {
    this.addSql(`create table if not exists "${SCHEMA}"."note" ("id" uuid primary key, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "text" varchar(255) not null)`);
    this
      .addSql(`create table if not exists "${SCHEMA}"."outbox" ("id" uuid primary key, "workspace_id" uuid null, "type" varchar(200) not null,
      "version" int not null, "occurred_at" timestamptz not null, "actor_id" uuid null, "subject_typename" varchar(100) not null,
      "subject_id" varchar(100) not null, "data" jsonb not null, "relayed_at" timestamptz null)`);
  }
}

const A = uuidv7();
const B = uuidv7();

/** A request's EntityManager for workspace `workspaceId`, as the kit's context builds it. */
function requestEm(database: Database, workspaceId: string, userId = uuidv7()): EntityManager {
  const em = scopeEntityManager(database.orm.em.fork() as EntityManager, { workspaceId, userId });
  em.setFilterParams(TENANT_FILTER, { workspaceId });
  return em;
}

const modes: [string, () => Promise<DatabaseLocation>][] = [
  ["PostgreSQL", async () => ({ url: await workerDatabaseUrl() })],
  ["embedded PGlite", async () => ({ pgliteDir: mkdtempSync(path.join(tmpdir(), "plateau-rls-")) })],
];

describe.each(modes)("Row-Level Security on %s", (_mode, location) => {
  let database: Database;
  let where: DatabaseLocation;

  beforeAll(async () => {
    where = await location();
    database = await openDatabase({
      schema: SCHEMA,
      entities: [Note],
      tenantEntities: [Note],
      migrations: [{ name: "CreateNotes", class: CreateNotes }],
      database: where,
    });
    await database.asOwner((em) => sqlRows(em, `delete from "${SCHEMA}"."note"`));
    for (const [workspaceId, text] of [
      [A, "a1"],
      [A, "a2"],
      [B, "b1"],
    ] as const) {
      await runInWorkspace(database.orm.em.fork() as EntityManager, workspaceId, async (em) => {
        em.create(Note, { workspaceId, text } as never);
      });
    }
  });

  afterAll(async () => {
    await database?.close();
    if (where && "pgliteDir" in where) rmSync(where.pgliteDir, { recursive: true, force: true });
  });

  it("gives the planner statistics after a bulk load, and embedded PGlite (no autovacuum) at every start", async () => {
    const estimate = async () => {
      const [row] = await database.asOwner((em) =>
        sqlRows<{ reltuples: number }>(em, `select reltuples from pg_class where oid = '"${SCHEMA}"."note"'::regclass`),
      );
      return Number(row!.reltuples);
    };
    // -1 means never analyzed; PGlite's was analyzed at start, still empty, and has had no autovacuum since.
    if ("pgliteDir" in where) expect(await estimate()).toBe(0);
    await database.analyze();
    expect(await estimate()).toBe(3);
  });

  it("reads dates and timestamps back as the same strings on either database", async () => {
    const [row] = await database.asOwner((em) =>
      sqlRows<{ day: unknown; at: unknown }>(em, `select date '2026-03-02' as day, timestamptz '2026-03-02T10:00:00Z' as at`),
    );
    expect(row!.day).toBe("2026-03-02");
    expect(typeof row!.at).toBe("string");
    expect(new Date(row!.at as string).toISOString()).toBe("2026-03-02T10:00:00.000Z");
  });

  it("serves requests as a plain role: not the owner, not a superuser, no BYPASSRLS", async () => {
    const [role] = await sqlRows<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>(
      requestEm(database, A),
      "select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user",
    );
    expect(role).toEqual({ current_user: APP_ROLE, rolsuper: false, rolbypassrls: false });
    const [owner] = await sqlRows<{ owner: string }>(
      requestEm(database, A),
      "select tableowner as owner from pg_tables where schemaname = ? and tablename = 'note'",
      [SCHEMA],
    );
    expect(owner!.owner).not.toBe(APP_ROLE);
  });

  it("enables and forces RLS on the tenant table, the outbox and the closed workspaces", async () => {
    const rows = await database.asOwner((em) =>
      sqlRows<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        em,
        `select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = ? and c.relkind = 'r' and c.relname <> 'mikro_orm_migrations' order by c.relname`,
        [SCHEMA],
      ),
    );
    expect(rows).toEqual([
      { relname: "closed_workspace", relrowsecurity: true, relforcerowsecurity: true },
      { relname: "note", relrowsecurity: true, relforcerowsecurity: true },
      { relname: "outbox", relrowsecurity: true, relforcerowsecurity: true },
    ]);
  });

  it("shows a request only its workspace's rows, even when the ORM's tenant filter is switched off", async () => {
    const em = requestEm(database, A);
    const filtered = await em.find(Note, {}, { orderBy: { text: "asc" } });
    expect(filtered.map((note) => note.text)).toEqual(["a1", "a2"]);
    const unfiltered = await em.fork().find(Note, {}, { filters: false, orderBy: { text: "asc" } });
    expect(unfiltered.map((note) => note.text)).toEqual(["a1", "a2"]);
    const raw = await sqlRows<{ text: string }>(em, `select text from "${SCHEMA}"."note" order by text`);
    expect(raw.map((row) => row.text)).toEqual(["a1", "a2"]);
    expect(await em.fork().count(Note, { workspaceId: B }, { filters: false })).toBe(0);
  });

  it("shows nothing to SQL sent outside the request's session (no workspace set)", async () => {
    const rows = (await database.orm.em.fork().getConnection().execute(`select text from "${SCHEMA}"."note"`)) as unknown[];
    expect(rows).toEqual([]);
  });

  it("gives every borrower of a pooled connection only its own workspace, however requests interleave", async () => {
    const texts = async (em: EntityManager) => (await em.find(Note, {}, { orderBy: { text: "asc" } })).map((note) => note.text);
    // In turn: each read borrows the connection the previous one returned to the pool.
    expect(await texts(requestEm(database, A))).toEqual(["a1", "a2"]);
    expect(await texts(requestEm(database, B))).toEqual(["b1"]);
    expect(await database.orm.em.fork().getConnection().execute(`select text from "${SCHEMA}"."note"`)).toEqual([]);
    expect(await texts(requestEm(database, A))).toEqual(["a1", "a2"]);
    expect(await sqlRows(scopeEntityManager(database.orm.em.fork() as EntityManager, {}), `select text from "${SCHEMA}"."note"`)).toEqual(
      [],
    );
    // At once, reads, raw SQL and transactions of both workspaces share the pool's connections.
    const reads = Array.from({ length: 40 }, (_, i) => {
      const [workspaceId, expected] = i % 2 === 0 ? [A, ["a1", "a2"]] : [B, ["b1"]];
      const em = requestEm(database, workspaceId);
      const read =
        i % 3 === 0
          ? texts(em)
          : i % 3 === 1
            ? sqlRows<{ text: string }>(em, `select text from "${SCHEMA}"."note" order by text`).then((rows) => rows.map((row) => row.text))
            : em.transactional((tx) => texts(tx));
      return read.then((actual) => expect(actual).toEqual(expected));
    });
    await Promise.all(reads);
  });

  it("refuses to write a row into another workspace, and to move one there", async () => {
    const em = requestEm(database, A);
    em.create(Note, { workspaceId: B, text: "smuggled" } as never);
    await expect(em.flush()).rejects.toThrow(/row-level security/);
    const moved = await sqlRows(requestEm(database, A), `update "${SCHEMA}"."note" set workspace_id = ? where text = 'a1' returning id`, [
      B,
    ]).catch((error: Error) => error);
    expect(moved).toBeInstanceOf(Error);
    expect(String(moved)).toMatch(/row-level security/);
    const b = await requestEm(database, B).find(Note, {}, { orderBy: { text: "asc" } });
    expect(b.map((note) => note.text)).toEqual(["b1"]);
  });

  it("lets requests append to the outbox but never read it back", async () => {
    const em = requestEm(database, A);
    await sqlRows(
      em,
      `insert into "${SCHEMA}"."outbox" (id, workspace_id, type, version, occurred_at, subject_typename, subject_id, data)
       values (?, ?, 'test.noted', 1, now(), 'Note', 'n', '{}')`,
      [uuidv7(), A],
    );
    expect(await sqlRows(em, `select id from "${SCHEMA}"."outbox"`)).toEqual([]);
    const stored = await database.asOwner((owner) => sqlRows(owner, `select type from "${SCHEMA}"."outbox"`));
    expect(stored).toContainEqual({ type: "test.noted" });
  });

  it("hides every row of a closed (deleted) workspace, and lets only the closure consumer close one", async () => {
    const C = uuidv7();
    await runInWorkspace(database.orm.em.fork() as EntityManager, C, async (em) => {
      em.create(Note, { workspaceId: C, text: "c1" } as never);
    });
    expect(await requestEm(database, C).count(Note, {})).toBe(1);
    const smuggled = await sqlRows(requestEm(database, A), `insert into "${SCHEMA}".closed_workspace (id) values (?)`, [C]).catch(
      (error: Error) => error,
    );
    expect(String(smuggled)).toMatch(/row-level security/);

    await closeWorkspace(database.orm, C);
    await closeWorkspace(database.orm, C);
    expect(await requestEm(database, C).count(Note, {})).toBe(0);
    expect(await sqlRows(requestEm(database, C), `select id from "${SCHEMA}"."note"`)).toEqual([]);
    const write = requestEm(database, C);
    write.create(Note, { workspaceId: C, text: "c2" } as never);
    await expect(write.flush()).rejects.toThrow(/row-level security/);
    expect(await requestEm(database, A).count(Note, {})).toBe(2);
  });
});

describe("a request's read on PostgreSQL", () => {
  let database: Database;
  /** Every statement the pool's connections send (round trips), while `counting`. */
  const sent: string[] = [];
  let counting = false;

  beforeAll(async () => {
    database = await openDatabase({
      schema: SCHEMA,
      entities: [Note],
      tenantEntities: [Note],
      migrations: [{ name: "CreateNotes", class: CreateNotes }],
      database: { url: await workerDatabaseUrl() },
    });
    const pool = (await database.orm.em.getConnection().getNativeClient()) as Pool;
    const wrapped = new WeakSet<PoolClient>();
    pool.on("acquire", (client) => {
      if (wrapped.has(client)) return;
      wrapped.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => {
        if (counting) sent.push(String((args[0] as { text?: string }).text ?? args[0]));
        return query(...args);
      };
    });
  });
  afterAll(() => database?.close());

  async function statementsOf(read: () => Promise<unknown>): Promise<string[]> {
    sent.length = 0;
    counting = true;
    await read();
    counting = false;
    return [...sent];
  }

  it("is one statement once its connection carries the request's workspace, and two when it must switch", async () => {
    const user = uuidv7();
    const read = (workspaceId: string) => () => requestEm(database, workspaceId, user).find(Note, {});
    await read(A)();
    // Each read borrows the connection the previous one returned (the pool hands out the last idle one).
    expect(await statementsOf(read(A))).toEqual([expect.stringMatching(/^select .* from "rls_check"\."note"/)]);
    expect(await statementsOf(read(B))).toEqual([expect.stringMatching(/^select set_config/), expect.stringMatching(/^select /)]);
    const transaction = await statementsOf(() => requestEm(database, B, user).transactional((tx) => tx.find(Note, {})));
    expect(transaction).toEqual(["begin", expect.stringMatching(/^select .* from "rls_check"\."note"/), "commit"]);
  });
});
