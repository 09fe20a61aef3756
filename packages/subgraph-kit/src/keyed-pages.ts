import DataLoader from "dataloader";
import type { EntityManager, EntityName } from "@mikro-orm/core";
import { errors, isUuid } from "@plateau/kernel";
import { pageSize, type Page, type PageArgs } from "./pagination.js";
import { sqlRows } from "./tenancy/sql.js";

// Portfolio's comments and activity, insights' insights of each project: lists of many parents in one request.

/** A SQL condition with its parameters, on the table aliased `t`. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** Which rows one list shows, per key: `t.<keyColumn> = key`, ordered by `(t.<timeColumn>, t.id)`. */
export interface KeyedPageSpec<T> {
  entity: EntityName<T>;
  /** Schema-qualified table, e.g. `portfolio.comment`. */
  table: string;
  keyColumn: string;
  timeColumn: string;
  direction: "asc" | "desc";
}

/** One list request: the key (e.g. a task id), the page and any extra conditions (a filter). */
export interface KeyedPageRequest {
  key: string;
  page: PageArgs;
  /** Conditions shared by every key of the batch; `signature` tells batches apart. */
  where?: { conditions: SqlCondition[]; signature: string };
}

const cursorOf = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString("base64url");

function decodeCursor(after: string): [string, string] {
  try {
    const decoded = JSON.parse(Buffer.from(after, "base64url").toString()) as unknown;
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === "string" && isUuid(String(decoded[1]))) {
      if (!Number.isNaN(Date.parse(decoded[0]))) return [decoded[0], String(decoded[1])];
    }
  } catch {
    // reported below
  }
  throw errors.invalidField("after", "is not a cursor returned by this list");
}

/**
 * Relay pages of rows grouped by a key (e.g. the comments of each task of a response), for every key
 * of a request in three statements whatever the number of keys: the counts, the page's ids (a window
 * function ranks each key's rows) and the entities. Row-Level Security and the explicit workspace
 * condition scope it to the caller's workspace.
 */
export function keyedPagesLoader<T extends { id: string }>(
  em: EntityManager,
  workspaceId: string,
  spec: KeyedPageSpec<T>,
): DataLoader<KeyedPageRequest, Page<T>, string> {
  return new DataLoader<KeyedPageRequest, Page<T>, string>(
    async (requests) => {
      // Lists asked with the same page and filter share their statements.
      const batches = new Map<string, KeyedPageRequest[]>();
      for (const request of requests) {
        const signature = JSON.stringify([request.page.first ?? null, request.page.after ?? null, request.where?.signature ?? ""]);
        batches.set(signature, [...(batches.get(signature) ?? []), request]);
      }
      const pages = new Map<KeyedPageRequest, Page<T>>();
      for (const batch of batches.values()) {
        const results = await pagesOf(em, workspaceId, spec, batch);
        batch.forEach((request, index) => pages.set(request, results[index]!));
      }
      return requests.map((request) => pages.get(request)!);
    },
    {
      cacheKeyFn: (request) =>
        JSON.stringify([request.key, request.page.first ?? null, request.page.after ?? null, request.where?.signature ?? ""]),
    },
  );
}

async function pagesOf<T extends { id: string }>(
  em: EntityManager,
  workspaceId: string,
  spec: KeyedPageSpec<T>,
  requests: KeyedPageRequest[],
): Promise<Page<T>[]> {
  const { page, where } = requests[0]!;
  const first = pageSize(page);
  const keys = [...new Set(requests.map((request) => request.key))];
  const cursor = page.after ? decodeCursor(page.after) : null;
  const at = `t.${spec.timeColumn}`;
  const filter = [
    { sql: `t.workspace_id = ?`, params: [workspaceId] },
    { sql: `t.${spec.keyColumn} = any(?::uuid[])`, params: [`{${keys.join(",")}}`] },
    ...(where?.conditions ?? []),
  ];
  const whereSql = filter.map((condition) => condition.sql).join(" and ");
  const whereParams = filter.flatMap((condition) => condition.params);
  const after: SqlCondition = cursor
    ? { sql: `(${at}, t.id) ${spec.direction === "asc" ? ">" : "<"} (?::timestamptz, ?::uuid)`, params: cursor }
    : { sql: "true", params: [] };
  const counts = await sqlRows<{ key: string; total: string; remaining: string }>(
    em,
    `select t.${spec.keyColumn} as key, count(*) as total, count(*) filter (where ${after.sql}) as remaining
       from ${spec.table} t where ${whereSql} group by t.${spec.keyColumn}`,
    [...after.params, ...whereParams],
  );
  const ranked = await sqlRows<{ id: string; key: string; at: string }>(
    em,
    `select id, key, at from (
       select t.id, t.${spec.keyColumn} as key,
              to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
              row_number() over (partition by t.${spec.keyColumn} order by ${at} ${spec.direction}, t.id ${spec.direction}) as rn
         from ${spec.table} t where ${whereSql} and ${after.sql}
     ) ranked where rn <= ? order by key, rn`,
    [...whereParams, ...after.params, first],
  );
  const entities = ranked.length ? ((await em.find(spec.entity, { id: { $in: ranked.map((row) => row.id) } } as never)) as T[]) : [];
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const countsByKey = new Map(counts.map((row) => [row.key, { total: Number(row.total), remaining: Number(row.remaining) }]));
  return requests.map((request) => {
    const rows = ranked.filter((row) => row.key === request.key);
    const { total, remaining } = countsByKey.get(request.key) ?? { total: 0, remaining: 0 };
    const edges = rows.flatMap((row) => {
      const node = byId.get(row.id);
      return node ? [{ node, cursor: cursorOf(row.at, row.id) }] : [];
    });
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      totalCount: total,
      pageInfo: {
        hasNextPage: remaining > first,
        hasPreviousPage: total > remaining,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  });
}
