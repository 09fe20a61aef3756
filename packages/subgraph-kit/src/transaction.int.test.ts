import { Entity, Property } from "@mikro-orm/decorators/legacy";
import type { EntityManager } from "@mikro-orm/core";
import { Migration } from "@mikro-orm/migrations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, createLogger, errors, uuidv7 } from "@plateau/kernel";
import { workerDatabaseUrl } from "@plateau/test-kit";
import type { SubgraphContext } from "./context.js";
import { VersionedTenantEntity } from "./entity.js";
import { entityLoader } from "./loaders.js";
import { openDatabase, TENANT_FILTER, type Database } from "./orm.js";
import { scopeEntityManager } from "./tenancy/row-level-security.js";
import { flushOrConflict, inTransaction } from "./transaction.js";

const SCHEMA = "transaction_check";

@Entity({ tableName: "gadget", schema: SCHEMA })
class Gadget extends VersionedTenantEntity {
  @Property({ type: "string" })
  name!: string;
}

class CreateGadgets extends Migration {
  override up(): void {
    this.addSql(`create table if not exists "${SCHEMA}"."gadget" ("id" uuid primary key, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1,
      "name" varchar(255) not null, constraint "gadget_workspace_name_unique" unique ("workspace_id", "name"))`);
  }
}

const WORKSPACE = uuidv7();
const logger = createLogger({ service: "transaction-test", level: "silent" });

const loadersOn = (em: EntityManager) => ({ gadget: entityLoader(em, Gadget) });
type Context = SubgraphContext<ReturnType<typeof loadersOn>>;

/** A request's context for WORKSPACE, built the way the kit's context factory builds one. */
function requestContext(database: Database): Context {
  const em = scopeEntityManager(database.orm.em.fork() as EntityManager, { workspaceId: WORKSPACE, userId: uuidv7() });
  em.setFilterParams(TENANT_FILTER, { workspaceId: WORKSPACE });
  return {
    requestId: `req-${uuidv7()}`,
    em,
    loaders: loadersOn(em),
    loadersFor: loadersOn,
    logger,
    // These tests call no other service.
    serviceCredential: { caller: "transaction-test", token: () => Promise.reject(new Error("no calls to other services here")) },
  };
}

/** Creates a gadget in its own committed request and returns its id. */
async function createGadget(database: Database, name: string): Promise<string> {
  const ctx = requestContext(database);
  const gadget = ctx.em.create(Gadget, { workspaceId: WORKSPACE, name } as never);
  await ctx.em.flush();
  return gadget.id;
}

async function namesInDatabase(database: Database): Promise<string[]> {
  const gadgets = await requestContext(database).em.find(Gadget, {}, { orderBy: { name: "asc" } });
  return gadgets.map((gadget) => gadget.name);
}

describe("inTransaction", () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({
      schema: SCHEMA,
      entities: [Gadget],
      tenantEntities: [Gadget],
      migrations: [{ name: "CreateGadgets", class: CreateGadgets }],
      database: { url: await workerDatabaseUrl() },
    });
    await database.asOwner((em) => em.getConnection().execute(`delete from "${SCHEMA}"."gadget"`));
  });

  afterAll(async () => {
    await database?.close();
  });

  it("answers a unique violation with CONFLICT naming the input field, and writes nothing", async () => {
    await createGadget(database, "taken");
    const ctx = requestContext(database);
    const refused = await inTransaction(
      ctx,
      async (tx) => {
        tx.em.create(Gadget, { workspaceId: WORKSPACE, name: "first of two" } as never);
        tx.em.create(Gadget, { workspaceId: WORKSPACE, name: "taken" } as never);
      },
      { unique: { field: "input.name", message: "A gadget named taken already exists" } },
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "A gadget named taken already exists",
      extensions: { fields: [{ field: "input.name", message: "already in use" }] },
    });
    expect(await namesInDatabase(database)).not.toContain("first of two");
  });

  it("answers a write over someone else's newer version with CONFLICT carrying the current version", async () => {
    const id = await createGadget(database, "shared");
    const mine = requestContext(database);
    const seen = (await mine.loaders.gadget.load(id))!;
    expect(seen.version).toBe(1);
    const theirs = requestContext(database);
    (await theirs.loaders.gadget.load(id))!.name = "theirs";
    await flushOrConflict(theirs);

    seen.name = "mine";
    const refused = await inTransaction(mine, async () => undefined).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "CONFLICT", extensions: { currentVersion: 2 } });
    expect((refused as Error).message).toContain(`Gadget ${id} was changed by someone else (version 2)`);
    expect(await namesInDatabase(database)).toContain("theirs");
    expect(await namesInDatabase(database)).not.toContain("mine");
  });

  it("rolls back everything the work wrote when it throws, and passes its error on unchanged", async () => {
    const id = await createGadget(database, "before rollback");
    const ctx = requestContext(database);
    const failure = errors.invalidField("input.name", "refused after writing");
    const refused = await inTransaction(ctx, async (tx) => {
      tx.em.create(Gadget, { workspaceId: WORKSPACE, name: "written then undone" } as never);
      (await tx.loaders.gadget.load(id))!.name = "renamed then undone";
      await tx.em.flush();
      throw failure;
    }).catch((error: unknown) => error);
    expect(refused).toBe(failure);
    const names = await namesInDatabase(database);
    expect(names).toContain("before rollback");
    expect(names).not.toContain("written then undone");
    expect(names).not.toContain("renamed then undone");
  });

  it("gives the work loaders that read its own uncommitted rows, which other requests do not see", async () => {
    const ctx = requestContext(database);
    const id = uuidv7();
    const seen = await inTransaction(ctx, async (tx) => {
      tx.em.create(Gadget, { id, workspaceId: WORKSPACE, name: "uncommitted" } as never);
      await tx.em.flush();
      const inside = await tx.loaders.gadget.load(id);
      const outside = await requestContext(database).loaders.gadget.load(id);
      return { inside: inside?.name ?? null, outside: outside?.name ?? null };
    });
    expect(seen).toEqual({ inside: "uncommitted", outside: null });
    expect(await namesInDatabase(database)).toContain("uncommitted");
  });
});
