import { ref } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { check, parseId, requireWorkspaceId, loadOrThrow } from "@plateau/subgraph-kit";
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
    if (input.name !== undefined && input.name !== null) milestone.name = check.text("input.name", input.name, 200);
    if (input.description !== undefined) milestone.description = check.optionalText("input.description", input.description, 10_000);
    if (input.dueDate) milestone.dueDate = input.dueDate;
    if (input.status && input.status !== milestone.status) {
      const from = milestone.status;
      milestone.status = input.status;
      milestone.achievedAt = input.status === MilestoneStatus.ACHIEVED ? new Date() : null;
      recordMilestoneStatusChanged(ctx, milestone, from);
    }
    await ctx.em.flush();
    return milestone;
  },

  async remove(ctx: PortfolioContext, input: DeleteMilestoneInput): Promise<string> {
    const milestone = await milestoneService.get(ctx, input.id, "input.id");
    check.version("Milestone", milestone, input.expectedVersion);
    ctx.em.remove(milestone);
    await ctx.em.flush();
    return milestone.id;
  },
};
