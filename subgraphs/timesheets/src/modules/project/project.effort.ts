import { sqlRows } from "@plateau/subgraph-kit";
import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import { isUuid } from "@plateau/kernel";
import type { ProjectEffort } from "./project.stub.js";

interface EffortRow {
  project_id: string;
  total_hours: string;
  billable_hours: string;
  entry_count: string;
  contributors: string;
}

const NONE: ProjectEffort = { totalHours: 0, billableHours: 0, entryCount: 0, contributors: 0 };

/**
 * The effort of every project a request asks about, in one grouped query. Raw SQL is not reached by the
 * ORM's tenant filter, so the workspace is part of the statement; without a workspace nothing is visible.
 */
export function projectEffortLoader(em: EntityManager, workspaceId: string | undefined): DataLoader<string, ProjectEffort> {
  return new DataLoader<string, ProjectEffort>(async (projectIds) => {
    const ids = projectIds.filter(isUuid);
    if (!workspaceId || ids.length === 0) return projectIds.map(() => NONE);
    const rows = (await sqlRows(
      em,
      `select project_id,
              sum(hours) as total_hours,
              coalesce(sum(hours) filter (where billable), 0) as billable_hours,
              count(*) as entry_count,
              count(distinct user_id) as contributors
         from timesheets.time_entry
        where workspace_id = ? and project_id = any(?::uuid[])
        group by project_id`,
      [workspaceId, `{${ids.join(",")}}`],
    )) as EffortRow[];
    const byId = new Map(
      rows.map((row) => [
        row.project_id,
        {
          totalHours: Number(row.total_hours),
          billableHours: Number(row.billable_hours),
          entryCount: Number(row.entry_count),
          contributors: Number(row.contributors),
        },
      ]),
    );
    return projectIds.map((id) => byId.get(id.toLowerCase()) ?? NONE);
  });
}
