import DataLoader from "dataloader";
import type { EntityManager, EntityName } from "@mikro-orm/core";
import { isUuid } from "@plateau/kernel";

/**
 * A request-scoped loader of entities by id: one `where id in (...)` per tick, results in key order,
 * `null` for ids that do not exist, are not UUIDs, or that the tenant filter hides.
 */
export function entityLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? ((await em.find(entity, { id: { $in: valid } } as never)) as T[]) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * A request-scoped loader of the entities whose `key` property equals each given value (one query for
 * all values), e.g. tasks by project id.
 */
export function groupLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: keyof T & string,
  orderBy: Record<string, "asc" | "desc"> = { id: "asc" },
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (values) => {
    const rows = (await em.find(entity, { [key]: { $in: [...values] } } as never, { orderBy: orderBy as never })) as T[];
    const groups = new Map<string, T[]>(values.map((value) => [value, []]));
    for (const row of rows) groups.get(keyOf(row[key]))?.push(row);
    return values.map((value) => groups.get(value) ?? []);
  });
}

/** The grouping value of a column or a relation (a reference's id). */
function keyOf(value: unknown): string {
  return typeof value === "object" && value !== null && "id" in value ? String((value as { id: unknown }).id) : String(value);
}
