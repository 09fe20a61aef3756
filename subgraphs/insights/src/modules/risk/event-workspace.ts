import type { EntityManager, MikroORM } from "@mikro-orm/core";
import { CLOSED_WORKSPACES_TABLE, scopeEntityManager, sqlRows, TENANT_FILTER } from "@plateau/subgraph-kit";

/**
 * An EntityManager to handle an event of `workspaceId` with, scoped as a request of that workspace would
 * be (Row-Level Security and the tenant filter); null when the workspace is deleted: its rows are closed
 * to everyone, writes included, so there is nothing to evaluate, and retrying would only block the stream
 * behind an event that can never be stored. Used by each of insights' consumers.
 */
export async function workspaceForEvent(orm: MikroORM, workspaceId: string): Promise<EntityManager | null> {
  const em = scopeEntityManager(orm.em.fork() as EntityManager, { workspaceId });
  em.setFilterParams(TENANT_FILTER, { workspaceId });
  const closed = await sqlRows(em, `select 1 from insights.${CLOSED_WORKSPACES_TABLE} where id = ?`, [workspaceId]);
  return closed.length > 0 ? null : em;
}
