import { assertProjectIdWritable } from "../project/project.policy.js";
import { ref } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { inTransaction, parseId, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Task } from "../task/task.entity.js";
import { Milestone } from "./milestone.entity.js";
import type { MilestoneTasksInput } from "./milestone.inputs.js";
import { MilestoneTask } from "./milestone-task.entity.js";
import { achieveIfComplete, lockMilestone } from "./milestone-status.js";
import { milestoneService } from "./milestone.service.js";

const MAX_TASKS = 100;

/** The named tasks, checked: known in the workspace and of the milestone's project; BAD_USER_INPUT naming the entry. */
async function tasksOf(ctx: PortfolioContext, milestone: Milestone, taskIds: readonly string[]): Promise<string[]> {
  if (taskIds.length === 0) throw errors.invalidField("input.taskIds", "name at least one task");
  if (taskIds.length > MAX_TASKS) throw errors.invalidField("input.taskIds", `at most ${MAX_TASKS} tasks at once`);
  const ids = taskIds.map((id, index) => parseId(id, `input.taskIds.${index}`));
  const tasks = await ctx.loaders.task.loadMany(ids);
  tasks.forEach((task, index) => {
    const field = `input.taskIds.${index}`;
    // Unknown ids and other workspaces' tasks get the same answer.
    if (!task || task instanceof Error) throw errors.invalidField(field, `no task ${taskIds[index]} in this workspace`);
    if (task.project.id !== milestone.project.id) throw errors.invalidField(field, `task ${task.id} belongs to another project`);
  });
  return [...new Set(ids)];
}

/**
 * Linking and unlinking tasks, under the milestone's row lock; afterwards the milestone is achieved
 * when it has linked tasks and all are DONE (milestone-status.ts).
 */
export const milestoneLinksService = {
  async link(ctx: PortfolioContext, input: MilestoneTasksInput): Promise<Milestone> {
    const workspaceId = requireWorkspaceId(ctx);
    const milestone = await milestoneService.get(ctx, input.milestoneId, "input.milestoneId");
    await assertProjectIdWritable(ctx, milestone.project.id);
    const taskIds = await tasksOf(ctx, milestone, input.taskIds);
    return inTransaction(ctx, async (tx) => {
      const { em } = tx;
      if (!(await lockMilestone(em, milestone.id))) throw errors.notFound("Milestone", input.milestoneId);
      const linked = new Set(
        (await em.find(MilestoneTask, { milestone: milestone.id, task: { $in: taskIds } })).map((link) => link.task.id),
      );
      for (const taskId of taskIds.filter((id) => !linked.has(id)))
        em.create(MilestoneTask, { workspaceId, milestone: ref(Milestone, milestone.id), task: ref(Task, taskId) } as never);
      await achieveIfComplete(tx, milestone.id);
      return em.findOneOrFail(Milestone, { id: milestone.id }, { refresh: true });
    });
  },

  async unlink(ctx: PortfolioContext, input: MilestoneTasksInput): Promise<Milestone> {
    const milestone = await milestoneService.get(ctx, input.milestoneId, "input.milestoneId");
    await assertProjectIdWritable(ctx, milestone.project.id);
    const taskIds = await tasksOf(ctx, milestone, input.taskIds);
    return inTransaction(ctx, async (tx) => {
      const { em } = tx;
      if (!(await lockMilestone(em, milestone.id))) throw errors.notFound("Milestone", input.milestoneId);
      const links = await em.find(MilestoneTask, { milestone: milestone.id, task: { $in: taskIds } });
      for (const link of links) em.remove(link);
      await achieveIfComplete(tx, milestone.id);
      return em.findOneOrFail(Milestone, { id: milestone.id }, { refresh: true });
    });
  },
};
