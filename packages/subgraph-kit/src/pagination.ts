import { Cursor, type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { errors } from "@plateau/kernel";

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
  if (args.after) {
    try {
      const decoded = Cursor.decode(args.after);
      if (!Array.isArray(decoded)) throw new Error("not a cursor");
    } catch {
      throw errors.invalidField("after", "is not a cursor returned by this list");
    }
  }
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
