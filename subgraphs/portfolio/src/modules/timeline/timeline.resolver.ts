import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { PortfolioContext } from "../../context.js";
import { Milestone } from "../milestone/milestone.entity.js";
import { Task } from "../task/task.entity.js";
import { baselineService } from "./baseline.service.js";
import { timelineService } from "./timeline.service.js";
import { SetProjectBaselineInput } from "./timeline.inputs.js";
import { SetProjectBaselinePayload, Timeline, TimelineBar } from "./timeline.types.js";

@Resolver(() => Timeline)
export class TimelineResolver {
  @Query(() => Timeline, { nullable: true, description: "A project's Gantt data; null when there is no such project in the workspace." })
  timeline(
    @Arg("projectId", () => ID, { description: "The project whose timeline to show." }) projectId: string,
    @Ctx() ctx: PortfolioContext,
  ): Promise<Timeline | null> {
    return timelineService.forProject(ctx, projectId);
  }

  @Mutation(() => SetProjectBaselinePayload, {
    description: "Copies the current dates of the project's tasks and milestones into their baseline, against which drift is measured.",
  })
  async setProjectBaseline(
    @Arg("input", () => SetProjectBaselineInput, { description: "The project to baseline." }) input: SetProjectBaselineInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<SetProjectBaselinePayload> {
    const projectId = await baselineService.setForProject(ctx, input.projectId);
    ctx.em.clear();
    return { timeline: (await timelineService.forProject(ctx, projectId))! };
  }
}

@Resolver(() => TimelineBar)
export class TimelineBarResolver {
  @FieldResolver(() => Task, { nullable: true, description: "The task (kind TASK)." })
  task(@Root() bar: TimelineBar): Task | null {
    return bar.taskEntity;
  }

  @FieldResolver(() => Milestone, { nullable: true, description: "The milestone (kind MILESTONE)." })
  milestone(@Root() bar: TimelineBar): Milestone | null {
    return bar.milestoneEntity;
  }
}
