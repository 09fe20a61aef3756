import { nullIfNotFound, servedByGateway } from "@plateau/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { PortfolioContext } from "../../context.js";
import { ProjectEvent } from "../project/project-event.types.js";
import { Project } from "../project/project.entity.js";
import { Task } from "../task/task.entity.js";
import { Milestone, MilestoneStatus } from "./milestone.entity.js";
import { CreateMilestoneInput, DeleteMilestoneInput, MilestoneTasksInput, UpdateMilestoneInput } from "./milestone.inputs.js";
import { DeleteMilestonePayload, MilestonePayload } from "./milestone.types.js";
import { milestoneLinksService } from "./milestone-links.service.js";
import { milestoneLoaders } from "./milestone.loaders.js";
import { effectiveStatus } from "./milestone-status.js";
import { milestoneService } from "./milestone.service.js";

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Query(() => Milestone, { nullable: true, description: "A milestone of the current workspace; null when there is none with this id." })
  async milestone(
    @Arg("id", () => ID, { description: "The milestone's id." }) id: string,
    @Ctx() ctx: PortfolioContext,
  ): Promise<Milestone | null> {
    return nullIfNotFound(milestoneService.get(ctx, id));
  }

  @Mutation(() => MilestonePayload, { description: "Adds a milestone to a project. Needs MANAGER or above." })
  async createMilestone(
    @Arg("input", () => CreateMilestoneInput, { description: "The project, name and due day." }) input: CreateMilestoneInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<MilestonePayload> {
    return { milestone: await milestoneService.create(ctx, input) };
  }

  @Mutation(() => MilestonePayload, { description: "Edits a milestone; setting status ACHIEVED records when." })
  async updateMilestone(
    @Arg("input", () => UpdateMilestoneInput, { description: "The milestone and the fields to change." }) input: UpdateMilestoneInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<MilestonePayload> {
    return { milestone: await milestoneService.update(ctx, input) };
  }

  @Mutation(() => DeleteMilestonePayload, { description: "Deletes a milestone; its tasks stay. Needs MANAGER or above." })
  async deleteMilestone(
    @Arg("input", () => DeleteMilestoneInput, { description: "The milestone to delete." }) input: DeleteMilestoneInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<DeleteMilestonePayload> {
    return { deletedMilestoneId: await milestoneService.remove(ctx, input) };
  }

  @Mutation(() => MilestonePayload, {
    description: "Links tasks of the milestone's project to it (already linked ones are kept); achieved once all its tasks are DONE.",
  })
  async linkMilestoneTasks(
    @Arg("input", () => MilestoneTasksInput, { description: "The milestone and the tasks to link." }) input: MilestoneTasksInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<MilestonePayload> {
    return { milestone: await milestoneLinksService.link(ctx, input) };
  }

  @Mutation(() => MilestonePayload, { description: "Unlinks tasks from a milestone (tasks not linked are ignored)." })
  async unlinkMilestoneTasks(
    @Arg("input", () => MilestoneTasksInput, { description: "The milestone and the tasks to unlink." }) input: MilestoneTasksInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<MilestonePayload> {
    return { milestone: await milestoneLinksService.unlink(ctx, input) };
  }

  @FieldResolver(() => MilestoneStatus, {
    description: "ACHIEVED (all linked tasks done, or set by a manager), MISSED (due date passed, not achieved) or UPCOMING.",
  })
  status(@Root() milestone: Milestone): MilestoneStatus {
    return effectiveStatus(milestone);
  }

  @FieldResolver(() => [Task], { description: "The tasks linked to this milestone, in the order they were linked." })
  tasks(@Root() milestone: Milestone, @Ctx() ctx: PortfolioContext): Promise<Task[]> {
    return milestoneLoaders(ctx).tasksByMilestone.load(milestone.id);
  }

  @FieldResolver(() => Project, { description: "The project it belongs to." })
  async project(@Root() milestone: Milestone, @Ctx() ctx: PortfolioContext): Promise<Project> {
    return (await ctx.loaders.project.load(milestone.project.id))!;
  }
}

/** `Project.milestones`: the milestone module adds it to the project, which does not know milestones. */
@Resolver(() => Project)
export class ProjectMilestonesResolver {
  @FieldResolver(() => [Milestone], { description: "Milestones by due date." })
  milestones(@Root() project: Project, @Ctx() ctx: PortfolioContext): Promise<Milestone[]> {
    return ctx.loaders.milestonesByProject.load(project.id);
  }
}

/**
 * `ProjectEvent.milestone`: the milestone module adds it to `projectChanged`'s payload, which the project
 * module declares without knowing milestones. The gateway resolves it when it delivers the event.
 */
@Resolver(() => ProjectEvent)
export class ProjectEventMilestoneResolver {
  @FieldResolver(() => Milestone, { nullable: true, description: "MILESTONE_ACHIEVED and MILESTONE_MISSED: the milestone." })
  milestone(): Milestone | null {
    return servedByGateway();
  }
}
