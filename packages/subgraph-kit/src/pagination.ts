import {
  Cursor,
  ReferenceKind,
  type EntityManager,
  type EntityMetadata,
  type EntityName,
  type FilterQuery,
  type QueryOrderMap,
} from "@mikro-orm/core";
import type { SqlEntityManager } from "@mikro-orm/postgresql";
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { errors } from "@plateau/kernel";
import { sqlRows } from "./tenancy/sql.js";

/** Page sizes (docs/clients.md, "Pagination"). */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

@Directive("@shareable")
@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean, { description: "More nodes follow this page: ask again with `after: endCursor`." }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: "Nodes come before this page (it was asked for with `after`)." }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "The cursor of the page's first node; null when the page is empty." })
  startCursor!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The cursor of the page's last node, to pass as `after`; null when the page is empty.",
  })
  endCursor!: string | null;
}

/** `first`/`after` of every list field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The `endCursor` of the previous page." })
  after?: string | null;
}

/** The shape of a Relay connection as resolvers return it. */
export interface Page<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

const connectionTypes = new Map<string, ClassType>();

/**
 * The `XConnection` (and `XEdge`) GraphQL types for a node type; one class per name.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string = node.name): ClassType<Page<T>> {
  const cached = connectionTypes.get(name);
  if (cached) return cached as ClassType<Page<T>>;

  @ObjectType(`${name}Edge`, { description: `A ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => node, { description: `The ${name}.` }) node!: T;
    @Field(() => String, { description: "Pass as `after` to get the nodes that follow this one." }) cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} nodes.` })
  class ConnectionType {
    @Field(() => [Edge], { description: "The page's nodes with their cursors, in order." }) edges!: Edge[];
    @Field(() => [node], { description: "The page's nodes, in order (the same as `edges { node }`)." }) nodes!: T[];
    @Field(() => PageInfo, { description: "Whether more pages follow, and the cursors to ask for them." }) pageInfo!: PageInfo;
    @Field(() => Int, { description: "How many nodes match, across all pages." }) totalCount!: number;
  }

  connectionTypes.set(name, ConnectionType);
  return ConnectionType as ClassType<Page<T>>;
}

/** Checks `first` and returns the page size; BAD_USER_INPUT naming `first` when out of range. */
export function pageSize(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 1 || first > MAX_PAGE_SIZE) {
    throw errors.invalidField("first", `must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

/**
 * Keyset pagination over an entity: a stable order (always ending in `id`), opaque cursors, and the
 * total count. A malformed `after` is BAD_USER_INPUT.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: QueryOrderMap<T>[] = [],
): Promise<Page<T>> {
  const first = pageSize(args);
  if (args.after) decodeAfter(args.after);
  const cursor = await em.findByCursor(entity, {
    where: where as never,
    first,
    after: args.after ?? undefined,
    orderBy: [...orderBy, { id: "asc" } as QueryOrderMap<T>],
    includeCount: true,
  });
  const nodes = [...cursor.items] as T[];
  return {
    nodes,
    edges: nodes.map((node) => ({ node, cursor: cursor.from(node as never) })),
    totalCount: cursor.totalCount ?? nodes.length,
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
  };
}

/**
 * An entity as a plain row: its scalar properties by name, a many-to-one or owning one-to-one relation as
 * `{ id }` (what `entity.relation.id` reads), and no collections.
 */
export type EntityRow<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? never : T[K] };

/**
 * {@link paginate} for lists read as plain rows: the same order, cursors, `totalCount` and `pageInfo`
 * (MikroORM's own keyset condition and cursor encoding, so a cursor of either works with the other), in
 * the same two statements (the page and its count), but the rows come back as the entity's properties
 * mapped by the driver, with no entity built, no identity map and no snapshot for change tracking
 * (docs/architecture.md, "Cost per request"). For lists whose GraphQL type and field resolvers read
 * properties only (no methods, no collections); the rows run through the request's entity manager, so
 * Row-Level Security applies, and the entity's filters (the tenant filter) too. A cursor that is not one
 * of this list's (malformed, or of another order) is BAD_USER_INPUT naming `after`.
 */
export async function paginateRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: QueryOrderMap<T>[] = [],
): Promise<Page<EntityRow<T>>> {
  const first = pageSize(args);
  const meta = em.getMetadata().get(entity);
  const order = [...orderBy, { id: "asc" } as QueryOrderMap<T>];
  const conditions: FilterQuery<T>[] = [where];
  if (args.after) {
    const definition = Cursor.getDefinition(meta, order as never);
    const offsets = decodeAfter(args.after, definition.length);
    const driver = em.getDriver() as unknown as {
      createCursorCondition(
        definition: unknown,
        offsets: unknown[],
        inverse: boolean,
        meta: EntityMetadata<T>,
        fromJson: boolean,
      ): FilterQuery<T>;
    };
    conditions.push(driver.createCursorCondition(definition, offsets, false, meta, true));
  }
  const query = (em as unknown as SqlEntityManager)
    .createQueryBuilder(entity as never, "e")
    .select("*")
    .where({ $and: conditions } as never)
    .orderBy(order as never)
    .limit(first + 1);
  await query.applyFilters();
  const { sql, params } = query.toQuery();
  const [rows, totalCount] = await Promise.all([sqlRows<Record<string, unknown>>(em, sql, [...params]), em.count(entity, where as never)]);
  const listed = rows.map((row) => entityRow(em, meta, row));
  return keysetPage(listed, first, args.after, totalCount, (node) => Cursor.for(meta, node as never, order as never));
}

/**
 * The offsets of an `after` cursor in MikroORM's encoding (a JSON array), `length` of them when given;
 * BAD_USER_INPUT naming `after` when it is not one of this list's.
 */
export function decodeAfter(after: string, length?: number): unknown[] {
  let offsets: unknown;
  try {
    offsets = Cursor.decode(after);
  } catch {
    // reported below
  }
  if (!Array.isArray(offsets) || (length !== undefined && offsets.length !== length)) {
    throw errors.invalidField("after", "is not a cursor returned by this list");
  }
  return offsets;
}

/**
 * The Relay page of a keyset read that asked for one row more than `first` (`listed`): whether a next
 * page exists is whether that row came; a previous one, whether `after` was given (as `paginate` says).
 */
export function keysetPage<T>(
  listed: T[],
  first: number,
  after: string | null | undefined,
  totalCount: number,
  cursorOf: (node: T) => string,
): Page<T> {
  const nodes = listed.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    nodes,
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: listed.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A result row of `select *`-like SQL as the entity's properties, no entity built: the driver's mapper
 * (column names to properties, timestamps to dates), numeric columns as numbers, and a many-to-one or
 * owning one-to-one relation as `{ id }`. Columns that are no property stay as they are.
 */
export function entityRow<T extends object>(em: EntityManager, meta: EntityMetadata<T>, raw: Record<string, unknown>): EntityRow<T> {
  const row = em.getDriver().mapResult(raw as never, meta) as Record<string, unknown>;
  for (const prop of meta.props) {
    const value = row[prop.name];
    if (value === undefined || value === null) continue;
    // numeric columns (decimals) arrive as strings
    if (prop.runtimeType === "number" && typeof value === "string") row[prop.name] = Number(value);
    else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner))
      row[prop.name] = { id: value };
  }
  return row as EntityRow<T>;
}

/** A Relay page built from an already-loaded, already-ordered list (for small bounded lists). */
export function pageOf<T extends { id: string }>(all: T[], args: PageArgs): Page<T> {
  const first = pageSize(args);
  let start = 0;
  if (args.after) {
    const index = all.findIndex((item) => item.id === Buffer.from(args.after!, "base64url").toString());
    if (index < 0) throw errors.invalidField("after", "is not a cursor returned by this list");
    start = index + 1;
  }
  const nodes = all.slice(start, start + first);
  const cursorOf = (item: T) => Buffer.from(item.id).toString("base64url");
  return {
    nodes,
    edges: nodes.map((node) => ({ node, cursor: cursorOf(node) })),
    totalCount: all.length,
    pageInfo: {
      hasNextPage: start + first < all.length,
      hasPreviousPage: start > 0,
      startCursor: nodes[0] ? cursorOf(nodes[0]) : null,
      endCursor: nodes.at(-1) ? cursorOf(nodes.at(-1)!) : null,
    },
  };
}
