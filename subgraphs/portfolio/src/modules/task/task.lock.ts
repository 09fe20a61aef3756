import type { EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import { Task } from "./task.entity.js";

/**
 * Locks a task's row for the rest of `em`'s transaction and reads it as it is now; NOT_FOUND when
 * it is gone. The lock is raw SQL on purpose: the ORM's `lockMode` would lock every row its query
 * joins (the project and parent it loads for the tenant filter) and so serialise unrelated edits.
 */
export async function lockTask(em: EntityManager, taskId: string): Promise<Task> {
  const [row] = await sqlRows<{ id: string }>(em, `select id from portfolio.task where id = ? for update`, [taskId]);
  const task = row ? await em.findOne(Task, { id: taskId }, { refresh: true }) : null;
  if (!task) throw errors.notFound("Task", taskId);
  return task;
}
