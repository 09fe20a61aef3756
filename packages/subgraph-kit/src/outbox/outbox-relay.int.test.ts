import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Migration } from "@mikro-orm/migrations";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { InProcessEventBus } from "@plateau/events";
import { createLogger, uuidv7 } from "@plateau/kernel";
import { workerDatabaseUrl } from "@plateau/test-kit";
import { openDatabase, type Database, type DatabaseLocation } from "../orm.js";
import { sqlRows } from "../tenancy/sql.js";
import { outboxChannel } from "./outbox-notifications.js";
import { startOutboxRelay, type OutboxRelay } from "./outbox-relay.js";

const SCHEMA = "relay_check";
const logger = createLogger({ service: "relay-test", level: "silent" });

class CreateOutbox extends Migration {
  override up(): void {
    this.addSql(`create table if not exists "${SCHEMA}"."outbox" ("id" uuid primary key, "workspace_id" uuid null,
      "type" varchar(200) not null, "version" int not null, "occurred_at" timestamptz not null, "actor_id" uuid null,
      "subject_typename" varchar(100) not null, "subject_id" varchar(100) not null, "data" jsonb not null, "relayed_at" timestamptz null)`);
  }
}

const modes: [string, () => DatabaseLocation | Promise<DatabaseLocation>][] = [
  ["PostgreSQL", async () => ({ url: await workerDatabaseUrl() })],
  ["embedded PGlite", () => ({ pgliteDir: mkdtempSync(path.join(tmpdir(), "plateau-relay-")) })],
];

describe.each(modes)("the outbox relay on %s", (_mode, location) => {
  let where: DatabaseLocation;
  let database: Database;
  let bus: InProcessEventBus;
  let relay: OutboxRelay;
  /** Every statement the ORM sends, the relay's included, while counting. */
  let statements = 0;
  const published: string[] = [];

  beforeAll(async () => {
    where = await location();
    database = await openDatabase({
      schema: SCHEMA,
      entities: [],
      migrations: [{ name: "CreateOutbox", class: CreateOutbox }],
      database: where,
    });
    const connection = database.orm.em.getConnection();
    const execute = connection.execute.bind(connection);
    connection.execute = ((...args: Parameters<typeof execute>) => {
      statements += 1;
      return execute(...args);
    }) as typeof execute;
    bus = new InProcessEventBus({ logger });
    const publish = bus.publish.bind(bus);
    bus.publish = (events) => {
      published.push(...events.map((event) => event.id));
      return publish(events);
    };
    let listening!: () => void;
    const listened = new Promise<void>((resolve) => (listening = resolve));
    // The default poll: only the database's notifications (and this process's flushes) wake the relay.
    relay = startOutboxRelay({
      orm: database.orm,
      bus,
      logger,
      listen: (onNotify) =>
        database.listen(
          outboxChannel(SCHEMA),
          () => {
            listening();
            onNotify();
          },
          logger,
        ),
    });
    if ("url" in where) await listened;
    await relay.relayNow();
  });

  afterAll(async () => {
    await relay?.stop();
    await bus?.close();
    await database?.close();
    if (where && "pgliteDir" in where) rmSync(where.pgliteDir, { recursive: true, force: true });
  });

  it("sends no statement while idle, for longer than the one-second poll it used to run", async () => {
    statements = 0;
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(statements).toBe(0);
  });

  it("relays a row another replica committed as soon as the database notifies, without waiting for the poll", async () => {
    const id = uuidv7();
    // Raw SQL as the owner: not a flush of this process's ORM, so nothing here pokes the relay.
    await database.asOwner((em) =>
      sqlRows(
        em,
        `insert into "${SCHEMA}"."outbox" (id, workspace_id, type, version, occurred_at, subject_typename, subject_id, data)
         values (?, null, 'test.noted', 1, now(), 'Note', 'n', '{}')`,
        [id],
      ),
    );
    await vi.waitFor(() => expect(published).toContain(id), { timeout: 5_000, interval: 20 });
  });
});
