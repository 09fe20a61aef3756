import { Arg, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from "type-graphql";
import type { TimesheetsContext } from "../../context.js";
import { Project, projectRef } from "../project/project.stub.js";
import { Task, taskRef } from "../task/task.stub.js";
import { User, userRef } from "../user/user.stub.js";
import { RunningTimer } from "./running-timer.entity.js";
import { StartTimerInput, StopTimerInput } from "./timer.inputs.js";
import { hoursRun, timerService } from "./timer.service.js";
import { DiscardTimerPayload, StartTimerPayload, StopTimerPayload } from "./timer.types.js";

@Resolver(() => RunningTimer)
export class RunningTimerResolver {
  @Mutation(() => StartTimerPayload, {
    description:
      "Starts your timer on a task (MEMBER and above). One at a time: CONFLICT, naming the running one, until it is stopped or discarded.",
  })
  async startTimer(
    @Arg("input", () => StartTimerInput, { description: "The task, and the entry's note and billability." }) input: StartTimerInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<StartTimerPayload> {
    return { runningTimer: await timerService.start(ctx, input) };
  }

  @Mutation(() => StopTimerPayload, {
    description:
      "Stops your timer and logs it: one entry on its task, on the day it started (workspace time zone), for the hours it ran (to the hundredth). The entry checks apply (TIMESHEET_LOCKED for a locked week, at most 24 hours a day); when they refuse, the timer keeps running. NOT_FOUND when none runs.",
  })
  async stopTimer(
    @Arg("input", () => StopTimerInput, { nullable: true, description: "A note to replace the timer's." }) input: StopTimerInput | null,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<StopTimerPayload> {
    return { timeEntry: await timerService.stop(ctx, input) };
  }

  @Mutation(() => DiscardTimerPayload, { description: "Deletes your running timer without logging anything." })
  async discardTimer(@Ctx() ctx: TimesheetsContext): Promise<DiscardTimerPayload> {
    return { discarded: await timerService.discard(ctx) };
  }

  @FieldResolver(() => Task, { description: "The task the time is tracked on." })
  task(@Root() timer: RunningTimer): Task {
    return taskRef(timer.taskId);
  }

  @FieldResolver(() => Project, { description: "The task's project." })
  project(@Root() timer: RunningTimer): Project {
    return projectRef(timer.projectId);
  }

  @FieldResolver(() => User, { description: "Whose timer." })
  user(@Root() timer: RunningTimer): User {
    return userRef(timer.userId);
  }

  @FieldResolver(() => Float, { description: "Hours it has run so far, to the hundredth (what stopping it now would log)." })
  elapsedHours(@Root() timer: RunningTimer): number {
    return hoursRun(timer.startedAt, new Date());
  }
}

/** `User.runningTimer`. */
@Resolver(() => User)
export class UserTimerResolver {
  @FieldResolver(() => RunningTimer, {
    nullable: true,
    description:
      "The timer running for this user in the current workspace: your own, or anyone's for MANAGER and above; null when none runs.",
  })
  runningTimer(@Root() user: User, @Ctx() ctx: TimesheetsContext): Promise<RunningTimer | null> {
    return timerService.of(ctx, user.id);
  }
}
