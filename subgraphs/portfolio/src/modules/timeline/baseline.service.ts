import { errors } from "@plateau/kernel";
import { inTransaction, parseId } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Milestone } from "../milestone/milestone.entity.js";
import { Project } from "../project/project.entity.js";
import { takeProjectBaseline } from "../project/project.baseline.js";
import { assertProjectWritable } from "../project/project.policy.js";
import { Task } from "../task/task.entity.js";

/** Baselines: a snapshot of the plan that the timeline compares the current dates with (drift). */
export const baselineService = {
  /**
   * Copies the current planned dates of the project (project.baseline.ts), of every task of it (start
   * and due) and of every milestone (due) into their baseline dates, in one transaction. Returns the project id.
   */
  async setForProject(ctx: PortfolioContext, projectIdArg: string): Promise<string> {
    const projectId = parseId(projectIdArg, "input.projectId");
    const project = await ctx.loaders.project.load(projectId);
    if (!project) throw errors.invalidField("input.projectId", `no project ${projectIdArg} in this workspace`);
    assertProjectWritable(project);
    await inTransaction(ctx, async ({ em }) => {
      takeProjectBaseline(await em.findOneOrFail(Project, { id: projectId }, { refresh: true }));
      const tasks = await em.find(Task, { project: projectId }, { refresh: true });
      const milestones = await em.find(Milestone, { project: projectId }, { refresh: true });
      for (const task of tasks) {
        task.baselineStartDate = task.startDate;
        task.baselineDueDate = task.dueDate;
      }
      for (const milestone of milestones) milestone.baselineDueDate = milestone.dueDate;
    });
    return projectId;
  },
};
