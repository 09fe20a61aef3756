import { nullIfNotFound } from "@plateau/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { PortfolioContext } from "../../context.js";
import { Project } from "../project/project.entity.js";
import { Milestone } from "./milestone.entity.js";
import {
  CreateMilestoneInput,
  DeleteMilestoneInput,
  DeleteMilestonePayload,
  MilestonePayload,
  UpdateMilestoneInput,
} from "./milestone.inputs.js";
import { milestoneService } from "./milestone.service.js";

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Query(() => Milestone, { nullable: true, description: "A milestone of the current workspace; null when there is none with this id." })
  async milestone(@Arg("id", () => ID) id: string, @Ctx() ctx: PortfolioContext): Promise<Milestone | null> {
    return nullIfNotFound(milestoneService.get(ctx, id));
  }

  @Mutation(() => MilestonePayload)
  async createMilestone(
    @Arg("input", () => CreateMilestoneInput) input: CreateMilestoneInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<MilestonePayload> {
    return { milestone: await milestoneService.create(ctx, input) };
  }

  @Mutation(() => MilestonePayload, { description: "Edits a milestone; setting status ACHIEVED records when." })
  async updateMilestone(
    @Arg("input", () => UpdateMilestoneInput) input: UpdateMilestoneInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<MilestonePayload> {
    return { milestone: await milestoneService.update(ctx, input) };
  }

  @Mutation(() => DeleteMilestonePayload)
  async deleteMilestone(
    @Arg("input", () => DeleteMilestoneInput) input: DeleteMilestoneInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<DeleteMilestonePayload> {
    return { deletedMilestoneId: await milestoneService.remove(ctx, input) };
  }

  @FieldResolver(() => Project)
  async project(@Root() milestone: Milestone, @Ctx() ctx: PortfolioContext): Promise<Project> {
    return (await ctx.loaders.project.load(milestone.project.id))!;
  }
}

export const milestoneReference = {
  __resolveReference: (reference: { id: string }, ctx: PortfolioContext): Promise<Milestone | null> =>
    ctx.loaders.milestone.load(reference.id),
};
