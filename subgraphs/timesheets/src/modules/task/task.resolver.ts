import { Args, Ctx, FieldResolver, Float, Resolver, Root } from "type-graphql";
import { PageArgs, parseId } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { TimeEntryConnection } from "../time-entry/time-entry.resolver.js";
import { timeEntryService } from "../time-entry/time-entry.service.js";
import { Task } from "./task.stub.js";

/** The fields timesheets adds to portfolio's Task. */
@Resolver(() => Task)
export class TaskTimeResolver {
  @FieldResolver(() => Float, { description: "Hours logged on this task in the current workspace, by everyone." })
  timeLogged(@Root() task: Task, @Ctx() ctx: TimesheetsContext): Promise<number> {
    return ctx.loaders.taskTime.load(task.id);
  }

  @FieldResolver(() => TimeEntryConnection, { description: "Time logged on this task, newest day first." })
  timeEntries(@Root() task: Task, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: TimesheetsContext) {
    return timeEntryService.list(ctx, undefined, undefined, page, { taskId: parseId(task.id, "id") });
  }
}
