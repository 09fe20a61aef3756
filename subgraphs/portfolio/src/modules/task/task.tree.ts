import type { EntityManager } from "@mikro-orm/core";
import DataLoader from "dataloader";
import { errors } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Task } from "./task.entity.js";

/** The deepest a task may sit: a top-level task has depth 0, so a tree has at most this many levels. */
export const MAX_TASK_DEPTH = 50;

/** A guard against runaway recursion should a cycle ever reach the table; deeper than any allowed tree. */
const RECURSION_GUARD = MAX_TASK_DEPTH * 2;

/** Subtree sizes of one task. */
export interface SubtreeCounts {
  descendantCount: number;
  openDescendantCount: number;
}

/** One task below another, with how many levels below it sits (1: a child). */
export interface TreeNodeRef {
  id: string;
  depth: number;
}

/**
 * The ancestor ids of each task, nearest first: one recursive statement for every task asked in a tick.
 * Runs on the request's entity manager, so Row-Level Security applies to every row it walks.
 */
async function ancestorIds(em: EntityManager, workspaceId: string, ids: readonly string[]): Promise<string[][]> {
  const rows = await sqlRows<{ origin: string; id: string; dist: number }>(
    em,
    `with recursive up (origin, id, dist) as (
       select t.id, t.parent_id, 1 from portfolio.task t where t.workspace_id = ? and t.id = any(?::uuid[]) and t.parent_id is not null
       union all
       select up.origin, t.parent_id, up.dist + 1 from up join portfolio.task t on t.id = up.id
        where t.parent_id is not null and up.dist < ${RECURSION_GUARD}
     ) select origin, id, dist from up order by origin, dist`,
    [workspaceId, `{${ids.join(",")}}`],
  );
  const byOrigin = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const row of rows) byOrigin.get(row.origin)?.push(row.id);
  return ids.map((id) => byOrigin.get(id) ?? []);
}

/**
 * The descendants of each task in depth-first order (siblings oldest first, like `children`): one
 * recursive statement for every task asked in a tick, ordered by each row's path of sort keys.
 */
async function descendantRefs(em: EntityManager, workspaceId: string, ids: readonly string[]): Promise<TreeNodeRef[][]> {
  const rows = await sqlRows<{ origin: string; id: string; depth: number }>(
    em,
    `with recursive down (origin, id, depth, path) as (
       select c.parent_id, c.id, 1, array[to_char(c.created_at at time zone 'UTC', 'YYYYMMDDHH24MISSUS') || c.id::text]
         from portfolio.task c where c.workspace_id = ? and c.parent_id = any(?::uuid[])
       union all
       select down.origin, c.id, down.depth + 1, down.path || (to_char(c.created_at at time zone 'UTC', 'YYYYMMDDHH24MISSUS') || c.id::text)
         from down join portfolio.task c on c.parent_id = down.id where down.depth < ${RECURSION_GUARD}
     ) select origin, id, depth from down order by origin, path`,
    [workspaceId, `{${ids.join(",")}}`],
  );
  const byOrigin = new Map<string, TreeNodeRef[]>(ids.map((id) => [id, []]));
  for (const row of rows) byOrigin.get(row.origin)?.push({ id: row.id, depth: row.depth });
  return ids.map((id) => byOrigin.get(id) ?? []);
}

/** How many tasks sit below each task, and how many of those are not DONE: one statement per tick. */
async function subtreeCounts(em: EntityManager, workspaceId: string, ids: readonly string[]): Promise<SubtreeCounts[]> {
  const rows = await sqlRows<{ origin: string; total: number; open: number }>(
    em,
    `with recursive down (origin, id, status, depth) as (
       select c.parent_id, c.id, c.status, 1 from portfolio.task c where c.workspace_id = ? and c.parent_id = any(?::uuid[])
       union all
       select down.origin, c.id, c.status, down.depth + 1 from down join portfolio.task c on c.parent_id = down.id
        where down.depth < ${RECURSION_GUARD}
     ) select origin, count(*)::int as total, (count(*) filter (where status <> 'DONE'))::int as open from down group by origin`,
    [workspaceId, `{${ids.join(",")}}`],
  );
  const byOrigin = new Map(rows.map((row) => [row.origin, { descendantCount: row.total, openDescendantCount: row.open }]));
  return ids.map((id) => byOrigin.get(id) ?? { descendantCount: 0, openDescendantCount: 0 });
}

/** The height of a task's subtree (0 for a leaf, 1 when it has only children, …) and how many tasks it holds below it. */
export async function subtreeShape(em: EntityManager, workspaceId: string, id: string): Promise<{ height: number; count: number }> {
  const [row] = await sqlRows<{ height: number; count: number }>(
    em,
    `with recursive down (id, depth) as (
       select c.id, 1 from portfolio.task c where c.workspace_id = ? and c.parent_id = ?
       union all
       select c.id, down.depth + 1 from down join portfolio.task c on c.parent_id = down.id where down.depth < ${RECURSION_GUARD}
     ) select coalesce(max(depth), 0)::int as height, count(*)::int as count from down`,
    [workspaceId, id],
  );
  return { height: row?.height ?? 0, count: row?.count ?? 0 };
}

/** Every task below `id` with its parent, parents before their children: what deleting `id` deletes with it. */
export async function subtreeTasks(em: EntityManager, workspaceId: string, id: string): Promise<{ id: string; parentId: string }[]> {
  return sqlRows<{ id: string; parentId: string }>(
    em,
    `with recursive down (id, parent_id, depth) as (
       select c.id, c.parent_id, 1 from portfolio.task c where c.workspace_id = ? and c.parent_id = ?
       union all
       select c.id, c.parent_id, down.depth + 1 from down join portfolio.task c on c.parent_id = down.id where down.depth < ${RECURSION_GUARD}
     ) select id, parent_id as "parentId" from down order by depth, id`,
    [workspaceId, id],
  );
}

/** The request-scoped loaders of the task tree, created on first use (kept beside the context, not in it). */
export interface TreeLoaders {
  ancestorIds: DataLoader<string, string[]>;
  descendants: DataLoader<string, TreeNodeRef[]>;
  counts: DataLoader<string, SubtreeCounts>;
}

const loadersOf = new WeakMap<PortfolioContext, TreeLoaders>();

/** The tree loaders of the request `ctx` belongs to. */
export function treeLoaders(ctx: PortfolioContext, workspaceId: string): TreeLoaders {
  let loaders = loadersOf.get(ctx);
  if (!loaders) {
    loaders = {
      ancestorIds: new DataLoader((ids) => ancestorIds(ctx.em, workspaceId, ids)),
      descendants: new DataLoader((ids) => descendantRefs(ctx.em, workspaceId, ids)),
      counts: new DataLoader((ids) => subtreeCounts(ctx.em, workspaceId, ids)),
    };
    loadersOf.set(ctx, loaders);
  }
  return loaders;
}

/** BAD_USER_INPUT naming `field` when a task under `parentId` would sit deeper than {@link MAX_TASK_DEPTH} allows. */
export async function assertDepthUnder(
  em: EntityManager,
  workspaceId: string,
  parentId: string,
  subtreeHeightBelow: number,
  field: string,
) {
  const [parentAncestors] = await ancestorIds(em, workspaceId, [parentId]);
  const depth = parentAncestors!.length + 1 + subtreeHeightBelow;
  if (depth >= MAX_TASK_DEPTH) {
    throw errors.invalidField(
      field,
      `tasks nest at most ${MAX_TASK_DEPTH} levels deep: this would put a task at level ${depth + 1} (the parent is at level ${parentAncestors!.length + 1})`,
    );
  }
}

/**
 * Checks, inside the transaction that holds the project's workflow lock, that `task` may move under
 * `parent`: same project, no cycle (naming the path), depth within {@link MAX_TASK_DEPTH}. Every
 * failure is BAD_USER_INPUT naming `field`.
 */
export async function assertMayReparent(em: EntityManager, workspaceId: string, task: Task, parent: Task, field: string): Promise<void> {
  if (parent.project.id !== task.project.id) throw errors.invalidField(field, "the parent task belongs to another project");
  const [chain] = await ancestorIds(em, workspaceId, [parent.id]);
  const path = [parent.id, ...chain!];
  const at = path.indexOf(task.id);
  if (at !== -1) {
    // Root first: the moved task, down to the would-be parent.
    const cycle = path.slice(0, at + 1).reverse();
    throw errors.invalidField(
      field,
      `task ${task.id} cannot be its own ancestor: ${parent.id === task.id ? "it cannot be its own parent" : `path ${cycle.join(" > ")}`}`,
    );
  }
  await assertDepthUnder(em, workspaceId, parent.id, (await subtreeShape(em, workspaceId, task.id)).height, field);
}
