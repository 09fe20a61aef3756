import { sqlRows } from "@plateau/subgraph-kit";
import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import { isUuid } from "@plateau/kernel";

interface TimeRow {
  task_id: string;
  hours: string;
}

/**
 * Hours logged per task in the viewer's workspace: one grouped query for every task a request asks
 * about (however many `_entities` representations or list rows). Raw SQL is not reached by the ORM's
 * tenant filter, so the workspace is part of the statement; without a workspace nothing is visible.
 */
export function taskTimeLoader(em: EntityManager, workspaceId: string | undefined): DataLoader<string, number> {
  return new DataLoader<string, number>(async (taskIds) => {
    const ids = taskIds.filter(isUuid);
    if (!workspaceId || ids.length === 0) return taskIds.map(() => 0);
    const rows = (await sqlRows(
      em,
      `select task_id, sum(hours) as hours
         from timesheets.time_entry
        where workspace_id = ? and task_id = any(?::uuid[])
        group by task_id`,
      [workspaceId, `{${ids.join(",")}}`],
    )) as TimeRow[];
    const byId = new Map(rows.map((row) => [row.task_id, Number(row.hours)]));
    return taskIds.map((id) => byId.get(id.toLowerCase()) ?? 0);
  });
}
