import { Entity, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import { DecimalType, type EntityManager, type QueryOrderMap, type Ref } from "@mikro-orm/core";
import { Migration } from "@mikro-orm/migrations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { workerDatabaseUrl } from "@plateau/test-kit";
import { VersionedTenantEntity } from "./entity.js";
import { openDatabase, TENANT_FILTER, type Database } from "./orm.js";
import { paginate, paginateRows, type EntityRow, type Page } from "./pagination.js";
import { scopeEntityManager } from "./tenancy/row-level-security.js";

const SCHEMA = "pagination_check";

@Entity({ tableName: "widget", schema: SCHEMA })
class Widget extends VersionedTenantEntity {
  @Property({ type: "string" })
  name!: string;

  @Property({ type: new DecimalType("number"), precision: 6, scale: 2, nullable: true })
  weight?: number | null;

  @Property({ type: "date", nullable: true })
  due?: string | null;

  @ManyToOne({ entity: () => Widget, ref: true, nullable: true, filters: { [TENANT_FILTER]: false } })
  parent?: Ref<Widget> | null;
}

class CreateWidgets extends Migration {
  override up(): void {
    this.addSql(`create table if not exists "${SCHEMA}"."widget" ("id" uuid primary key, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1,
      "name" varchar(255) not null, "weight" numeric(6,2) null, "due" date null, "parent_id" uuid null references "${SCHEMA}"."widget" ("id"))`);
  }
}

const WORKSPACE = uuidv7();
const OTHER_WORKSPACE = uuidv7();

/** A request's entity manager for `workspaceId`, as the kit's context factory builds one. */
function requestEm(database: Database, workspaceId = WORKSPACE): EntityManager {
  const em = scopeEntityManager(database.orm.em.fork() as EntityManager, { workspaceId, userId: uuidv7() });
  em.setFilterParams(TENANT_FILTER, { workspaceId });
  return em;
}

/** What a client sees of a page: ids, cursors, count and page info. */
const seen = <T extends { id: string }>(page: Page<T>) => ({
  ids: page.nodes.map((node) => node.id),
  cursors: page.edges.map((edge) => edge.cursor),
  totalCount: page.totalCount,
  pageInfo: page.pageInfo,
});

describe("paginateRows", () => {
  let database: Database;
  const ids: string[] = [];

  beforeAll(async () => {
    database = await openDatabase({
      schema: SCHEMA,
      entities: [Widget],
      tenantEntities: [Widget],
      migrations: [{ name: "CreateWidgets", class: CreateWidgets }],
      database: { url: await workerDatabaseUrl() },
    });
    await database.asOwner((em) => em.getConnection().execute(`delete from "${SCHEMA}"."widget"`));
    const em = requestEm(database);
    // 12 widgets: weights and due dates with repeats and nulls, every third one a child of the first.
    for (let i = 0; i < 12; i++) {
      const widget = em.create(Widget, {
        id: uuidv7(),
        workspaceId: WORKSPACE,
        name: `widget ${String(i).padStart(2, "0")}`,
        weight: i % 4 === 3 ? null : (i % 3) + 0.25,
        due: i % 5 === 4 ? null : `2026-12-${String(10 + (i % 3)).padStart(2, "0")}`,
        parent: i > 0 && i % 3 === 0 ? ids[0] : null,
      } as never);
      ids.push(widget.id);
      await em.flush();
    }
    const other = requestEm(database, OTHER_WORKSPACE);
    other.create(Widget, { workspaceId: OTHER_WORKSPACE, name: "someone else's" } as never);
    await other.flush();
  });

  afterAll(async () => {
    await database?.close();
  });

  const orders: QueryOrderMap<Widget>[][] = [
    [{ createdAt: "asc" }],
    [{ weight: "desc" }],
    [{ due: "asc" }, { weight: "asc" }],
    [{ due: "desc" }, { name: "desc" }],
  ];

  it.each(orders.map((order) => [JSON.stringify(order), order] as const))(
    "walks the same pages with the same cursors as paginate, ordered by %s, and cursors of either work with the other",
    async (_, order) => {
      let after: string | null = null;
      const walked: string[] = [];
      for (let pages = 0; pages < 10; pages++) {
        const rows: Page<EntityRow<Widget>> = await paginateRows(requestEm(database), Widget, {}, { first: 5, after }, order);
        const entities = await paginate(requestEm(database), Widget, {}, { first: 5, after }, order);
        expect(seen(rows)).toEqual(seen(entities));
        walked.push(...rows.nodes.map((node) => node.id));
        if (!rows.pageInfo.hasNextPage) break;
        after = rows.pageInfo.endCursor;
      }
      expect(walked.toSorted()).toEqual(ids.toSorted());
      expect(walked).toHaveLength(12);
    },
  );

  it("gives plain rows: the properties as the entity has them, a relation as its id, nothing in the identity map", async () => {
    const em = requestEm(database);
    const page = await paginateRows(em, Widget, {}, { first: 4 }, [{ createdAt: "asc" }]);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
    const [first, , , fourth] = page.nodes;
    expect(first).not.toBeInstanceOf(Widget);
    expect(first).toMatchObject({
      id: ids[0],
      workspaceId: WORKSPACE,
      name: "widget 00",
      weight: 0.25,
      due: "2026-12-10",
      parent: null,
      version: 1,
    });
    expect(first!.createdAt).toBeInstanceOf(Date);
    expect(fourth).toMatchObject({ id: ids[3], weight: null, parent: { id: ids[0] } });
    const entity = (await requestEm(database).findOne(Widget, ids[3]!))!;
    expect({ weight: entity.weight, parent: entity.parent?.id, due: entity.due }).toEqual({
      weight: fourth!.weight,
      parent: fourth!.parent?.id,
      due: fourth!.due,
    });
  });

  it("filters and counts as paginate does, and sees only the request's workspace", async () => {
    const where = { weight: { $gt: 1 } };
    const rows = await paginateRows(requestEm(database), Widget, where, { first: 2 }, [{ name: "asc" }]);
    const entities = await paginate(requestEm(database), Widget, where, { first: 2 }, [{ name: "asc" }]);
    expect(seen(rows)).toEqual(seen(entities));
    expect(rows.totalCount).toBe(6);
    const other = await paginateRows(requestEm(database, OTHER_WORKSPACE), Widget, {}, {}, [{ name: "asc" }]);
    expect({ names: other.nodes.map((node) => node.name), totalCount: other.totalCount }).toEqual({
      names: ["someone else's"],
      totalCount: 1,
    });
  });

  it("refuses a cursor that is not one of this list's with BAD_USER_INPUT naming after", async () => {
    const otherOrder = await paginateRows(requestEm(database), Widget, {}, { first: 1 }, [{ due: "asc" }, { weight: "asc" }]);
    for (const after of ["not a cursor", otherOrder.pageInfo.endCursor!]) {
      const refused = await paginateRows(requestEm(database), Widget, {}, { after }, [{ name: "asc" }]).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: "BAD_USER_INPUT", extensions: { fields: [{ field: "after" }] } });
    }
  });
});
