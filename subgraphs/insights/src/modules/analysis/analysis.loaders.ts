import type { EntityManager } from "@mikro-orm/core";
import DataLoader from "dataloader";
import { keyedPagesLoader, sqlRows } from "@plateau/subgraph-kit";
import { InsightKind } from "./analysis.enums.js";
import { Insight } from "./insight.entity.js";

/** The insights each analysis request wrote, in the order of its kinds: one statement for every request of a response. */
export function insightsOfRequestLoader(em: EntityManager): DataLoader<string, Insight[]> {
  return new DataLoader(async (requestIds) => {
    const insights = await em.find(Insight, { requestId: { $in: [...requestIds] } }, { orderBy: { createdAt: "asc", id: "asc" } });
    return requestIds.map((id) => insights.filter((insight) => insight.requestId === id));
  });
}

/**
 * Each project's latest EXECUTIVE_SUMMARY: two statements for every project of a response (the ids, by
 * `distinct on`, then the rows).
 */
export function latestSummaryLoader(em: EntityManager, workspaceId: string | undefined): DataLoader<string, Insight | null> {
  return new DataLoader(async (projectIds) => {
    if (!workspaceId) return projectIds.map(() => null);
    const latest = await sqlRows<{ id: string; project_id: string }>(
      em,
      `select distinct on (project_id) id, project_id from insights.insight
        where workspace_id = ? and project_id = any(?::uuid[]) and kind = ?
        order by project_id, created_at desc, id desc`,
      [workspaceId, `{${projectIds.join(",")}}`, InsightKind.EXECUTIVE_SUMMARY],
    );
    const rows = latest.length ? await em.find(Insight, { id: { $in: latest.map((row) => row.id) } }) : [];
    return projectIds.map((id) => rows.find((insight) => insight.projectId === id) ?? null);
  });
}

/** Pages of each project's insights, newest first (optionally of one kind), in three statements for every project of a response. */
export function projectInsightsLoader(em: EntityManager, workspaceId: string) {
  return keyedPagesLoader<Insight>(em, workspaceId, {
    entity: Insight,
    table: "insights.insight",
    keyColumn: "project_id",
    timeColumn: "created_at",
    direction: "desc",
  });
}
