import type { EntityManager, EntityMetadata } from "@mikro-orm/core";
import DataLoader from "dataloader";
import type { SqlEntityManager } from "@mikro-orm/postgresql";
import { entityRow, sqlRows } from "@plateau/subgraph-kit";
import { Task } from "./task.entity.js";

/**
 * A task as a read shows it: the properties the GraphQL type and its field resolvers use, with the
 * project and the parent as bare ids. A {@link Task} entity is one, and so is a plain row from
 * {@link selectTaskViews}, which skips the entity's hydration, identity map and change tracking.
 */
export type TaskView = Pick<
  Task,
  | "id"
  | "createdAt"
  | "updatedAt"
  | "version"
  | "title"
  | "description"
  | "status"
  | "priority"
  | "assigneeId"
  | "estimateHours"
  | "startDate"
  | "dueDate"
  | "baselineStartDate"
  | "baselineDueDate"
  | "rank"
  | "completion"
  | "completedAt"
  | "labels"
  | "requiredSkills"
> & { project: { id: string }; parent: { id: string } | null };

/** The properties a {@link TaskView} is read from (the relations as their foreign keys). */
const VIEW_PROPERTIES = [
  "id",
  "createdAt",
  "updatedAt",
  "version",
  "project",
  "parent",
  "title",
  "description",
  "status",
  "priority",
  "assigneeId",
  "estimateHours",
  "startDate",
  "dueDate",
  "baselineStartDate",
  "baselineDueDate",
  "rank",
  "completion",
  "completedAt",
  "labels",
  "requiredSkills",
] as const;

/** The task table's metadata, for column names and the driver's row mapping. */
export function taskMeta(em: EntityManager): EntityMetadata<Task> {
  return em.getMetadata().get(Task);
}

/** A query builder over tasks (aliased `t`) selecting the columns of a {@link TaskView}; no filter is applied but the caller's. */
export function taskViewQuery(em: EntityManager) {
  return (em as unknown as SqlEntityManager).createQueryBuilder(Task, "t").select([...VIEW_PROPERTIES]);
}

/**
 * Runs a {@link taskViewQuery} through the request's entity manager (so Row-Level Security sees the
 * request's workspace) and maps its rows to views: columns to properties and timestamps to dates by the
 * driver's compiled mapper, and no entity built. Extra columns of the query stay on the rows as they are.
 */
export async function selectTaskViews<Extra extends object = object>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<(TaskView & Extra)[]> {
  const meta = taskMeta(em);
  const rows = await sqlRows<Record<string, unknown>>(em, sql, [...params]);
  return rows.map((row) => entityRow(em, meta, row) as unknown as TaskView & Extra);
}

/**
 * The direct subtasks of each task asked for in a request, oldest first, as plain rows: one statement
 * for all of them (`Task.children`). Without a workspace (no caller) every list is empty.
 */
export function childrenLoader(em: EntityManager, workspaceId: string | undefined): DataLoader<string, TaskView[]> {
  return new DataLoader<string, TaskView[]>(async (parentIds) => {
    const byParent = new Map(parentIds.map((id) => [id, [] as TaskView[]]));
    if (workspaceId) {
      const { sql, params } = taskViewQuery(em)
        .where({ workspaceId, parent: { $in: [...parentIds] } } as never)
        .orderBy([{ createdAt: "asc" }, { id: "asc" }])
        .toQuery();
      for (const row of await selectTaskViews(em, sql, params)) byParent.get(row.parent!.id)?.push(row);
    }
    return parentIds.map((id) => byParent.get(id)!);
  });
}
