import DataLoader from "dataloader";
import { Cursor, type EntityManager } from "@mikro-orm/core";
import { raw } from "@mikro-orm/postgresql";
import { errors } from "@plateau/kernel";
import { decodeAfter, keysetPage, NO_WORKSPACE, pageSize, type Page, type PageArgs } from "@plateau/subgraph-kit";
import { TASK_FILTER_FIELDS, type TaskFilter, type TaskOrder } from "./task.inputs.js";
import { filterWithLabelsToWhere } from "./task.labels.js";
import { selectTaskViews, taskMeta, taskViewQuery, type TaskView } from "./task.rows.js";

/** The column a list of tasks is taken from: a project's, an assignee's, or the whole workspace's. */
export type TaskListScope = "project" | "assigneeId" | "workspaceId";

/** One list of tasks: the scope's value (a project id, …), and the list's filter, order and page. */
export interface TaskPageRequest {
  scope: TaskListScope;
  key: string;
  filter?: TaskFilter;
  orderBy?: TaskOrder;
  page: PageArgs;
}

/** The order of a task list: a property and its direction, then `id` ascending (MikroORM's cursor order). */
interface ListOrder {
  property: string;
  direction: "asc" | "desc";
}

/** A task row of a list query, with its place in its list and the list's size. */
type RankedRow = TaskView & { key: string; total: string | number; past: boolean };

/**
 * Checks a list request before it is batched, so a bad `first`, `after` or filter fails its own field:
 * BAD_USER_INPUT naming it.
 */
export function checkTaskPageRequest(request: TaskPageRequest): void {
  pageSize(request.page);
  if (request.page.after) orderAndIdAfter(request.page.after);
  filterWithLabelsToWhere(request.filter, "filter", TASK_FILTER_FIELDS);
}

/**
 * Relay pages of task lists (`Project.tasks`, `User.assignedTasks`, `tasks`) for every list of a request
 * in one statement, however many parents the lists hang under: a window function numbers each list's
 * rows past the cursor and counts the list's rows. Lists asked with the same scope, filter, order and
 * page share the statement. Cursors, `totalCount` and `pageInfo` are those of `paginate` (MikroORM's
 * `findByCursor`): the cursor holds the order's value and the id, `hasPreviousPage` says whether `after`
 * was given. Reads run through the request's entity manager, under Row-Level Security, and also name the
 * workspace.
 */
export function taskPagesLoader(em: EntityManager, workspaceId: string | undefined): DataLoader<TaskPageRequest, Page<TaskView>, string> {
  const signatureOf = (request: TaskPageRequest) =>
    JSON.stringify([
      request.scope,
      request.filter ?? null,
      request.orderBy ?? null,
      request.page.first ?? null,
      request.page.after ?? null,
    ]);
  return new DataLoader<TaskPageRequest, Page<TaskView>, string>(
    async (requests) => {
      const batches = new Map<string, TaskPageRequest[]>();
      for (const request of requests) {
        const signature = signatureOf(request);
        batches.set(signature, [...(batches.get(signature) ?? []), request]);
      }
      const pages = new Map<TaskPageRequest, Page<TaskView>>();
      for (const batch of batches.values()) {
        const results = await pagesOf(em, workspaceId, batch);
        batch.forEach((request, index) => pages.set(request, results[index]!));
      }
      return requests.map((request) => pages.get(request)!);
    },
    { cacheKeyFn: (request) => JSON.stringify([request.key, signatureOf(request)]) },
  );
}

/** The order's value and the id an `after` cursor holds; BAD_USER_INPUT naming `after` when it is none of this list's. */
function orderAndIdAfter(after: string): [unknown, string] {
  const [value, id] = decodeAfter(after, 2);
  if (typeof id !== "string") throw errors.invalidField("after", "is not a cursor returned by this list");
  return [value, id];
}

/**
 * The rows past the cursor `[value, id]` in `order`, as SQL on the table aliased `t`: the same condition
 * MikroORM's cursor builds, with PostgreSQL's null placement (last ascending, first descending).
 */
function pastCursor(column: string, nullable: boolean, order: ListOrder, [value, id]: [unknown, string]) {
  const c = `t.${column}`;
  if (value === null) {
    // Nulls sort last ascending (only later nulls follow) and first descending (every value follows).
    return order.direction === "asc"
      ? { sql: `(${c} is null and t.id > ?)`, params: [id] }
      : { sql: `(${c} is not null or t.id > ?)`, params: [id] };
  }
  const beyond = order.direction === "asc" ? ">" : "<";
  const nullsAfter = nullable && order.direction === "asc" ? ` or ${c} is null` : "";
  return { sql: `(${c} ${beyond} ? or (${c} = ? and t.id > ?)${nullsAfter})`, params: [value, value, id] };
}

async function pagesOf(em: EntityManager, workspaceId: string | undefined, requests: TaskPageRequest[]): Promise<Page<TaskView>[]> {
  const { scope, filter, orderBy, page } = requests[0]!;
  const first = pageSize(page);
  const meta = taskMeta(em);
  const order: ListOrder = orderBy
    ? { property: orderBy.field, direction: orderBy.direction.toLowerCase() === "desc" ? "desc" : "asc" }
    : { property: "createdAt", direction: "asc" };
  const orderProp = meta.properties[order.property as keyof typeof meta.properties]!;
  const orderColumn = orderProp.fieldNames[0]!;
  const keyColumn = meta.properties[scope].fieldNames[0]!;
  // Ids compare as UUIDs in SQL, so in any case; the rows come back in lower case.
  const keys = [...new Set(requests.map((request) => request.key.toLowerCase()))];
  const past = page.after
    ? pastCursor(orderColumn, Boolean(orderProp.nullable), order, orderAndIdAfter(page.after))
    : { sql: "true", params: [] as unknown[] };
  const orderSql = `t.${orderColumn} ${order.direction}, t.id asc`;
  // Every row of a list is counted; only those past the cursor are numbered (their own partition).
  const query = taskViewQuery(em)
    .addSelect([
      raw(`t.${keyColumn} as key`),
      raw(`count(*) over (partition by t.${keyColumn}) as total`),
      raw(`${past.sql} as past`, past.params),
      raw(`row_number() over (partition by t.${keyColumn}, ${past.sql} order by ${orderSql}) as rn`, past.params),
    ] as never)
    // The scope wins over a filter on the same column, as it always has.
    .where({
      ...filterWithLabelsToWhere(filter, "filter", TASK_FILTER_FIELDS),
      workspaceId: workspaceId ?? NO_WORKSPACE,
      [scope]: { $in: keys },
    });
  const { sql, params } = query.toQuery();
  // A list none of whose rows lie past the cursor still sends one row, for its count.
  const rows = await selectTaskViews<RankedRow>(
    em,
    `select * from (${sql}) ranked where (ranked.past and ranked.rn <= ?) or (not ranked.past and ranked.rn = 1)
      order by ranked.key, ranked.past, ranked.rn`,
    [...params, first + 1],
  );
  const byKey = new Map<string, RankedRow[]>();
  for (const row of rows) {
    const list = byKey.get(row.key);
    if (list) list.push(row);
    else byKey.set(row.key, [row]);
  }
  return requests.map((request) => {
    const counted = byKey.get(request.key.toLowerCase()) ?? [];
    const listed: TaskView[] = counted.filter((row) => row.past);
    // What MikroORM's cursor holds: the order's value as JSON (a timestamp in ISO 8601), then the id.
    const cursorOf = (node: TaskView) => Cursor.encode([node[order.property as keyof TaskView] ?? null, node.id]);
    return keysetPage(listed, first, page.after, Number(counted[0]?.total ?? 0), cursorOf);
  });
}
