import type { EntityManager } from "@mikro-orm/core";
import type { SqlEntityManager } from "@mikro-orm/sql";

/**
 * Raw SQL through `em`: inside its transaction when it has one, otherwise in a short transaction
 * that first applies its session context, so Row-Level Security sees the request's workspace. Never
 * call `em.getConnection().execute()` for tenant data: without that context its rows are invisible.
 */
export function sqlRows<Row extends object = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  return (em as unknown as SqlEntityManager).execute(sql, params as unknown[], "all") as unknown as Promise<Row[]>;
}
