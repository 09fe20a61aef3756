import { assertProjectIdWritable, assertProjectWritable } from "../project/project.policy.js";
import { OptimisticLockError, ref } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { check, parseId, requireWorkspaceId, loadOrThrow, today } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Project } from "../project/project.entity.js";
import { Milestone, MilestoneStatus } from "./milestone.entity.js";
import { recordMilestoneStatusChanged } from "./milestone.events.js";
import type { CreateMilestoneInput, DeleteMilestoneInput, UpdateMilestoneInput } from "./milestone.inputs.js";

/** Milestone use cases. */
export const milestoneService = {
  async get(ctx: PortfolioContext, id: string, field = "id"): Promise<Milestone> {
    return loadOrThrow(ctx.loaders.milestone, "Milestone", id, field);
  },

  async create(ctx: PortfolioContext, input: CreateMilestoneInput): Promise<Milestone> {
    const workspaceId = requireWorkspaceId(ctx);
    const project = await ctx.loaders.project.load(parseId(input.projectId, "input.projectId"));
    if (!project) throw errors.invalidField("input.projectId", `no project ${input.projectId} in this workspace`);
    assertProjectWritable(project);
    const milestone = ctx.em.create(Milestone, {
      workspaceId,
      project: ref(Project, project.id),
      name: check.text("input.name", input.name, 200),
      description: check.optionalText("input.description", input.description, 10_000),
      dueDate: input.dueDate,
    } as never);
    await ctx.em.flush();
    return milestone;
  },

  async update(ctx: PortfolioContext, input: UpdateMilestoneInput): Promise<Milestone> {
    const milestone = await milestoneService.get(ctx, input.id, "input.id");
    check.version("Milestone", milestone, input.expectedVersion);
    await assertProjectIdWritable(ctx, milestone.project.id);
    if (input.name !== undefined && input.name !== null) milestone.name = check.text("input.name", input.name, 200);
    if (input.description !== undefined) milestone.description = check.optionalText("input.description", input.description, 10_000);
    if (input.dueDate) milestone.dueDate = input.dueDate;
    if (input.status && input.status !== milestone.status) {
      const from = milestone.status;
      milestone.status = input.status;
      milestone.achievedAt = input.status === MilestoneStatus.ACHIEVED ? new Date() : null;
      recordMilestoneStatusChanged(ctx, milestone, from);
    } else if (!input.status && milestone.status === MilestoneStatus.MISSED && milestone.dueDate >= today()) {
      // Moved to a date still ahead: it is upcoming again (and may be missed, or achieved, anew).
      milestone.status = MilestoneStatus.UPCOMING;
    }
    try {
      await ctx.em.flush();
    } catch (error) {
      // The sweep or a task completion changed it between our read and our write.
      if (error instanceof OptimisticLockError) throw errors.conflict(`Milestone ${milestone.id} was changed meanwhile; reload and retry`);
      throw error;
    }
    return milestone;
  },

  async remove(ctx: PortfolioContext, input: DeleteMilestoneInput): Promise<string> {
    const milestone = await milestoneService.get(ctx, input.id, "input.id");
    check.version("Milestone", milestone, input.expectedVersion);
    await assertProjectIdWritable(ctx, milestone.project.id);
    ctx.em.remove(milestone);
    await ctx.em.flush();
    return milestone.id;
  },
};
