import type { EntityManager } from "@mikro-orm/core";
import { uuidv7 } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import { useProgressLock } from "../project/project-progress.js";
import { defaultWorkflowColumns, Workflow } from "./workflow.entity.js";

/** Locks the workflow row of a project; its id, or undefined when it has none. */
async function lockRow(em: EntityManager, projectId: string): Promise<string | undefined> {
  // Raw SQL: the ORM's lockMode would also lock the project row it joins for the tenant filter.
  const [row] = await sqlRows<{ id: string }>(em, `select id from portfolio.workflow where project_id = ? for update`, [projectId]);
  return row?.id;
}

/**
 * Locks a project's workflow row for the rest of `em`'s transaction, writing the default workflow
 * first when the project has none yet. Every change to the order or columns of a board (creating,
 * moving or re-statusing a task, editing the workflow) takes this lock first and the task rows after
 * it, so changes to one board are serialised and cannot deadlock. Null when the project does not
 * exist in the workspace.
 */
export async function lockWorkflow(em: EntityManager, workspaceId: string, projectId: string): Promise<Workflow | null> {
  let id = await lockRow(em, projectId);
  if (id === undefined) {
    // `on conflict do nothing` lets two first writers race without an error, and only a project of
    // the workspace gets one (Row-Level Security hides the others' projects as well).
    await sqlRows(
      em,
      `insert into portfolio.workflow (id, workspace_id, project_id, version, columns)
       select ?, p.workspace_id, p.id, 1, ?::jsonb from portfolio.project p where p.id = ? and p.workspace_id = ?
       on conflict (workspace_id, project_id) do nothing`,
      [uuidv7(), JSON.stringify(defaultWorkflowColumns()), projectId, workspaceId],
    );
    id = await lockRow(em, projectId);
  }
  return id === undefined ? null : em.findOne(Workflow, { id }, { refresh: true });
}

/** A project's workflow as stored, or the default one it has until it is first changed. */
export async function readWorkflow(em: EntityManager, projectId: string): Promise<Pick<Workflow, "columns" | "version">> {
  return (await em.findOne(Workflow, { project: projectId })) ?? { columns: defaultWorkflowColumns(), version: 1 };
}

// Every change of a project's progress figures takes this lock, new project dates too (project.service.ts
// through project-progress.ts, which cannot import it: project sits below task).
useProgressLock(lockWorkflow);
