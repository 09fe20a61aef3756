import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import { sqlRows } from "@plateau/subgraph-kit";

/** How many projects use each category asked for in a request: one grouped count. */
export function categoryProjectCountLoader(em: EntityManager, workspaceId: string | undefined): DataLoader<string, number> {
  return new DataLoader<string, number>(async (categoryIds) => {
    if (!workspaceId) return categoryIds.map(() => 0);
    const rows = await sqlRows<{ category_id: string; projects: string }>(
      em,
      `select category_id, count(*) as projects from portfolio.project
        where workspace_id = ? and category_id = any(?::uuid[]) group by category_id`,
      [workspaceId, `{${categoryIds.join(",")}}`],
    );
    const counts = new Map(rows.map((row) => [row.category_id, Number(row.projects)]));
    return categoryIds.map((id) => counts.get(id) ?? 0);
  });
}
