import { assertProjectIdWritable } from "../project/project.policy.js";
import { ref, type EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { check, inTransaction, parseId, requireWorkspaceId, sqlRows } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { lockWorkflow } from "../task/workflow.lock.js";
import { Project } from "../project/project.entity.js";
import { Task } from "../task/task.entity.js";
import { assertMayChangeTask } from "../task/task.policy.js";
import { checkNewDependency, formatCycle } from "./dependency-graph.js";
import { recordDependencyChanged } from "./dependency.events.js";
import type { AddTaskDependencyInput, RemoveTaskDependencyInput } from "./dependency.inputs.js";
import { TaskDependency } from "./task-dependency.entity.js";

/** Lags beyond ten years are typos, not plans. */
const MAX_LAG_DAYS = 3650;

interface StoredLink {
  id: string;
  predecessorId: string;
  successorId: string;
  type: string;
}

/** A task named by `field`; unknown ids and other workspaces' tasks get the same answer. */
function known(task: Task | null, id: string, field: string): Task {
  if (!task) throw errors.invalidField(field, `no task ${id} in this workspace`);
  return task;
}

/** The project's dependencies as they are now (inside the transaction holding the project's workflow lock). */
function projectLinks(em: EntityManager, projectId: string): Promise<StoredLink[]> {
  return sqlRows<StoredLink>(
    em,
    `select id, predecessor_id as "predecessorId", successor_id as "successorId", type::text as type
       from portfolio.task_dependency where project_id = ?`,
    [projectId],
  );
}

/** "Design → Build → Test → Design": the cycle by task titles (one statement). */
async function describeCycle(em: EntityManager, cycle: readonly string[]): Promise<string> {
  const rows = await sqlRows<{ id: string; title: string }>(em, `select id, title from portfolio.task where id = any(?::uuid[])`, [
    `{${[...new Set(cycle)].join(",")}}`,
  ]);
  const titles = new Map(rows.map((row) => [row.id, row.title]));
  return formatCycle(cycle, (id) => titles.get(id) ?? id);
}

/** Task dependency use cases; CONTRIBUTE, and a MEMBER only on a successor assigned to them or to nobody. */
export const dependencyService = {
  /**
   * Adds a dependency. Under the project's workflow lock (task/workflow.lock.ts), so two concurrent
   * adds that would together close a cycle are checked one after the other: the second sees the first.
   */
  async add(ctx: PortfolioContext, input: AddTaskDependencyInput): Promise<TaskDependency> {
    const workspaceId = requireWorkspaceId(ctx);
    const predecessorId = parseId(input.predecessorId, "input.predecessorId");
    const successorId = parseId(input.successorId, "input.successorId");
    const lagDays = input.lagDays ?? 0;
    if (!Number.isInteger(lagDays)) throw errors.invalidField("input.lagDays", "must be a whole number of days");
    check.range("input.lagDays", lagDays, -MAX_LAG_DAYS, MAX_LAG_DAYS);
    if (predecessorId === successorId) throw errors.invalidField("input.successorId", "a task cannot depend on itself");
    const [predecessor, successor] = await Promise.all([ctx.loaders.task.load(predecessorId), ctx.loaders.task.load(successorId)]);
    known(predecessor, input.predecessorId, "input.predecessorId");
    const projectId = known(successor, input.successorId, "input.successorId").project.id;
    if (predecessor!.project.id !== projectId)
      throw errors.invalidField("input.successorId", "the two tasks belong to different projects; dependencies link tasks of one project");
    assertMayChangeTask(ctx, successor!);
    await assertProjectIdWritable(ctx, projectId);
    return inTransaction(ctx, async (tx) => {
      const { em } = tx;
      if (!(await lockWorkflow(em, workspaceId, projectId)))
        throw errors.invalidField("input.successorId", `no task ${input.successorId} in this workspace`);
      // Either task may have been deleted since it was loaded; the lock keeps them from going now.
      const [{ count } = { count: 0 }] = await sqlRows<{ count: number }>(
        em,
        `select count(*)::int as count from portfolio.task where id in (?, ?)`,
        [predecessorId, successorId],
      );
      if (count < 2) throw errors.invalidField("input.successorId", "one of the tasks was deleted meanwhile");
      const verdict = checkNewDependency(await projectLinks(em, projectId), { predecessorId, successorId });
      if (!verdict.ok) {
        if (verdict.reason === "DUPLICATE")
          throw errors.invalidField(
            "input.successorId",
            `task ${successorId} already depends on ${predecessorId} (${verdict.existing.type}, dependency ${verdict.existing.id})`,
          );
        if (verdict.reason === "CYCLE")
          throw errors.invalidField("input.successorId", `would create a cycle: ${await describeCycle(em, verdict.cycle)}`);
        throw errors.invalidField("input.successorId", "a task cannot depend on itself");
      }
      const dependency = em.create(TaskDependency, {
        workspaceId,
        project: ref(Project, projectId),
        predecessor: ref(Task, predecessorId),
        successor: ref(Task, successorId),
        type: input.type,
        lagDays,
      } as never);
      recordDependencyChanged(tx, "added", dependency);
      return dependency;
    });
  },

  /** Removes a dependency; NOT_FOUND when there is none with this id in the workspace. */
  async remove(ctx: PortfolioContext, input: RemoveTaskDependencyInput): Promise<string> {
    const id = parseId(input.id, "input.id");
    const dependency = await ctx.em.findOne(TaskDependency, { id });
    if (!dependency) throw errors.notFound("TaskDependency", input.id);
    const successor = await ctx.loaders.task.load(dependency.successor.id);
    if (successor) {
      assertMayChangeTask(ctx, successor);
      await assertProjectIdWritable(ctx, successor.project.id);
    }
    recordDependencyChanged(ctx, "removed", dependency);
    ctx.em.remove(dependency);
    await ctx.em.flush();
    return id;
  },
};
