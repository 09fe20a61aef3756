import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs, parseId } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { TimeEntryFilter } from "../time-entry/time-entry.inputs.js";
import { TimeEntryConnection } from "../time-entry/time-entry.resolver.js";
import { timeEntryService } from "../time-entry/time-entry.service.js";
import { User } from "./user.stub.js";

/** The fields timesheets adds to identity's User. */
@Resolver(() => User)
export class UserTimeResolver {
  @FieldResolver(() => TimeEntryConnection, { description: "This user's time entries in the current workspace, newest day first." })
  timeEntries(
    @Root() user: User,
    @Arg("filter", () => TimeEntryFilter, {
      nullable: true,
      description: "Only entries that match; omit for all of the user's entries in the workspace.",
    })
    filter: TimeEntryFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return timeEntryService.list(ctx, filter, undefined, page, { userId: parseId(user.id, "id") });
  }
}
