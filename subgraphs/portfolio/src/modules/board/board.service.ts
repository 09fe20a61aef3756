import { assertProjectIdWritable } from "../project/project.policy.js";
import { errors } from "@plateau/kernel";
import { check, inTransaction, parseId, requireWorkspaceId, sqlRows } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { TaskStatus } from "../task/task.entity.js";
import { selectTaskViews, taskViewQuery, type TaskView } from "../task/task.rows.js";
import { filterWithLabelsToWhere } from "../task/task.labels.js";
import { recordWorkflowChanged } from "./board.events.js";
import type { BoardFilter, UpdateWorkflowInput, WorkflowColumnInput } from "./board.inputs.js";
import type { Board, BoardColumn } from "./board.types.js";
import { readWorkflow, lockWorkflow } from "../task/workflow.lock.js";
import type { WorkflowColumn } from "../task/workflow.entity.js";

const MAX_COLUMN_NAME = 80;

/** Checks a workflow's columns, naming the first bad field; returns them trimmed. */
export function checkColumns(columns: WorkflowColumnInput[]): WorkflowColumn[] {
  if (columns.length === 0) throw errors.invalidField("input.columns", "a workflow needs at least one column");
  const seen = new Set<TaskStatus>();
  return columns.map((column, index) => {
    const field = `input.columns[${index}]`;
    if (seen.has(column.status)) throw errors.invalidField(`${field}.status`, `${column.status} already has a column`);
    seen.add(column.status);
    const wipLimit = column.wipLimit ?? null;
    if (wipLimit !== null && wipLimit < 1) throw errors.invalidField(`${field}.wipLimit`, "must be at least 1, or null for no limit");
    return { status: column.status, name: check.text(`${field}.name`, column.name, MAX_COLUMN_NAME), category: column.category, wipLimit };
  });
}

/** Whether two workflows have the same columns, in the same order. */
function sameColumns(current: readonly WorkflowColumn[], next: readonly WorkflowColumn[]): boolean {
  return (
    current.length === next.length &&
    current.every(
      (column, index) =>
        column.status === next[index]!.status &&
        column.name === next[index]!.name &&
        column.category === next[index]!.category &&
        (column.wipLimit ?? null) === next[index]!.wipLimit,
    )
  );
}

/** Board use cases: reading a board, editing its workflow. Moves are in move-task.service.ts. */
export const boardService = {
  /** The board of a project of the workspace; NOT_FOUND when there is none. */
  async get(ctx: PortfolioContext, projectId: string, filter: BoardFilter | undefined, field = "projectId"): Promise<Board> {
    const project = await ctx.loaders.project.load(parseId(projectId, field));
    if (!project) throw errors.notFound("Project", projectId);
    const workflow = await readWorkflow(ctx.em, project.id);
    return { id: project.id, version: workflow.version, workflowColumns: workflow.columns, filter };
  },

  /**
   * The columns of a board with their cards: one statement for the cards of every column, and one
   * for the columns' task counts when a filter hides some cards, whatever the number of tasks.
   */
  async columns(ctx: PortfolioContext, board: Board): Promise<BoardColumn[]> {
    const where = filterWithLabelsToWhere(board.filter, "filter");
    // Plain rows, not entities: a board is the largest read there is, and nothing on it is changed.
    const { sql, params } = taskViewQuery(ctx.em)
      .where({ ...where, workspaceId: requireWorkspaceId(ctx), project: board.id } as never)
      .orderBy([{ rank: "asc" }, { id: "asc" }])
      .toQuery();
    const cards = await selectTaskViews(ctx.em, sql, params);
    const byStatus = new Map<TaskStatus, TaskView[]>(board.workflowColumns.map((column) => [column.status, []]));
    for (const card of cards) byStatus.get(card.status)?.push(card);
    const counts = new Map<string, number>();
    if (Object.keys(where).length === 0) for (const [status, list] of byStatus) counts.set(status, list.length);
    else {
      const rows = await sqlRows<{ status: string; n: number }>(
        ctx.em,
        `select status, count(*)::int as n from portfolio.task where workspace_id = ? and project_id = ? group by status`,
        [requireWorkspaceId(ctx), board.id],
      );
      for (const row of rows) counts.set(row.status, row.n);
    }
    return board.workflowColumns.map((column) => ({
      ...column,
      taskCount: counts.get(column.status) ?? 0,
      cards: byStatus.get(column.status) ?? [],
    }));
  },

  /**
   * Replaces a project's workflow (managers). Every status that has tasks must keep a column, checked
   * under the workflow's lock so no task can enter a column being removed meanwhile.
   */
  async updateWorkflow(ctx: PortfolioContext, input: UpdateWorkflowInput): Promise<Board> {
    const workspaceId = requireWorkspaceId(ctx);
    const projectId = parseId(input.projectId, "input.projectId");
    const columns = checkColumns(input.columns);
    await assertProjectIdWritable(ctx, projectId);
    const workflow = await inTransaction(ctx, async (tx) => {
      const { em } = tx;
      const locked = await lockWorkflow(em, workspaceId, projectId);
      if (!locked) throw errors.notFound("Project", input.projectId);
      check.version("Workflow", locked, input.expectedVersion);
      const used = await sqlRows<{ status: TaskStatus; n: number }>(
        em,
        `select status, count(*)::int as n from portfolio.task where project_id = ? group by status order by status`,
        [projectId],
      );
      const kept = new Set(columns.map((column) => column.status));
      const orphaned = used.find((row) => !kept.has(row.status));
      if (orphaned) {
        throw errors.invalidField(
          "input.columns",
          `${orphaned.status} has ${orphaned.n} task(s): keep a column for it, or move them first`,
        );
      }
      // The same columns again change nothing: no new version, no event (jsonb reorders keys, so the
      // ORM's own comparison of the stored columns would see a change).
      if (sameColumns(locked.columns, columns)) return locked;
      locked.columns = columns;
      // Flushed here, so the event carries the version the change gets.
      await em.flush();
      recordWorkflowChanged(tx, projectId, locked.version);
      return locked;
    });
    return { id: projectId, version: workflow.version, workflowColumns: workflow.columns };
  },
};
