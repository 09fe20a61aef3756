import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, nullIfNotFound } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { Project, projectRef } from "../project/project.stub.js";
import { Task, taskRef } from "../task/task.stub.js";
import { User, userRef } from "../user/user.stub.js";
import { TimeCategory } from "../time-category/time-category.entity.js";
import { TimeEntry } from "./time-entry.entity.js";
import { DeleteTimeEntryInput, LogTimeInput, TimeEntryFilter, TimeEntryOrder, UpdateTimeEntryInput } from "./time-entry.inputs.js";
import { DeleteTimeEntryPayload, TimeEntryPayload } from "./time-entry.types.js";
import { timeEntryService } from "./time-entry.service.js";

export const TimeEntryConnection = Connection(TimeEntry);

@Resolver(() => TimeEntry)
export class TimeEntryResolver {
  @Query(() => TimeEntry, { nullable: true, description: "A time entry of the current workspace; null when there is none with this id." })
  async timeEntry(
    @Arg("id", () => ID, { description: "The entry's id; null when it is not one of the workspace's." }) id: string,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<TimeEntry | null> {
    return nullIfNotFound(timeEntryService.get(ctx, id));
  }

  @Query(() => TimeEntryConnection, { description: "Time entries of the current workspace, newest day first unless ordered." })
  timeEntries(
    @Arg("filter", () => TimeEntryFilter, { nullable: true, description: "Only entries that match; omit for all." })
    filter: TimeEntryFilter | undefined,
    @Arg("orderBy", () => TimeEntryOrder, { nullable: true, description: "The order (default: newest day first, then latest logged)." })
    orderBy: TimeEntryOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return timeEntryService.list(ctx, filter, orderBy, page);
  }

  @Mutation(() => TimeEntryPayload, {
    description: "Logs hours on a task: your own (MEMBER and above) or another user's (MANAGER and above).",
  })
  async logTime(
    @Arg("input", () => LogTimeInput, { description: "The task, day and hours to log." }) input: LogTimeInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<TimeEntryPayload> {
    return { timeEntry: await timeEntryService.log(ctx, input) };
  }

  @Mutation(() => TimeEntryPayload, { description: "Edits an entry: your own (MEMBER and above) or anyone's (MANAGER and above)." })
  async updateTimeEntry(
    @Arg("input", () => UpdateTimeEntryInput, { description: "The entry and the fields to change." }) input: UpdateTimeEntryInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<TimeEntryPayload> {
    return { timeEntry: await timeEntryService.update(ctx, input) };
  }

  @Mutation(() => DeleteTimeEntryPayload, { description: "Deletes an entry: your own (MEMBER and above) or anyone's (MANAGER and above)." })
  async deleteTimeEntry(
    @Arg("input", () => DeleteTimeEntryInput, { description: "The entry to delete." }) input: DeleteTimeEntryInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<DeleteTimeEntryPayload> {
    return { deletedTimeEntryId: await timeEntryService.remove(ctx, input) };
  }

  @FieldResolver(() => User, { description: "Who worked." })
  user(@Root() entry: TimeEntry): User {
    return userRef(entry.userId);
  }

  @FieldResolver(() => Task, {
    nullable: true,
    description: "The task the time was logged on; null for non-project time (see `category`).",
  })
  task(@Root() entry: TimeEntry): Task | null {
    return entry.taskId ? taskRef(entry.taskId) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project of that task; null for non-project time." })
  project(@Root() entry: TimeEntry): Project | null {
    return entry.projectId ? projectRef(entry.projectId) : null;
  }

  @FieldResolver(() => TimeCategory, { nullable: true, description: "The category of non-project time; null for time on a task." })
  category(@Root() entry: TimeEntry, @Ctx() ctx: TimesheetsContext): Promise<TimeCategory | null> | null {
    return entry.categoryId ? ctx.loaders.timeCategory.load(entry.categoryId) : null;
  }
}
