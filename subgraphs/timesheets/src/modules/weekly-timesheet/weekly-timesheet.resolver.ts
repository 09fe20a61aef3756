import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, LocalDate, PageArgs } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { CsvFile } from "../export/csv-file.types.js";
import { exportService } from "../export/export.service.js";
import { User, userRef } from "../user/user.stub.js";
import { isoWeekName, weekEndOf } from "./iso-week.js";
import { weekKey } from "./weekly-timesheet.loaders.js";
import { LOCKED_STATUSES, TimesheetTransition, WeeklyTimesheet } from "./weekly-timesheet.entity.js";
import {
  ApproveTimesheetInput,
  RejectTimesheetInput,
  ReopenTimesheetInput,
  SubmitTimesheetInput,
  WeeklyTimesheetFilter,
} from "./weekly-timesheet.inputs.js";
import { TimesheetDay, TimesheetPayload, type WeekTotals } from "./weekly-timesheet.types.js";
import { weeklyTimesheetService } from "./weekly-timesheet.service.js";

export const WeeklyTimesheetConnection = Connection(WeeklyTimesheet);

const totals = (sheet: WeeklyTimesheet, ctx: TimesheetsContext): Promise<WeekTotals> =>
  ctx.loaders.weekTotals.load(weekKey(sheet.userId, sheet.weekStart));

@Resolver(() => WeeklyTimesheet)
export class WeeklyTimesheetResolver {
  @Query(() => WeeklyTimesheet, {
    description:
      "One user's ISO week: yours by default; another user's needs MANAGER or above, or to lead a team they belong to. A week nobody submitted is a DRAFT (version 0) with the id it keeps.",
  })
  weeklyTimesheet(
    @Arg("week", () => LocalDate, {
      nullable: true,
      description: "Any day of the week (Monday to Sunday); the current week (in the workspace's time zone) by default.",
    })
    week: string | null,
    @Arg("userId", () => ID, { nullable: true, description: "Whose week; the viewer by default." }) userId: string | null,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<WeeklyTimesheet> {
    return weeklyTimesheetService.week(ctx, week, userId);
  }

  @Query(() => CsvFile, {
    description:
      "One user's week of entries as CSV (date, person, project, task, category, hours, billable, note): yours by default; another's needs MANAGER or above, or to lead a team they belong to.",
  })
  timesheetCsv(
    @Arg("week", () => LocalDate, { nullable: true, description: "Any day of the week; the current week by default." }) week: string | null,
    @Arg("userId", () => ID, { nullable: true, description: "Whose week; the viewer by default." }) userId: string | null,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<CsvFile> {
    return exportService.week(ctx, week, userId);
  }

  @Query(() => WeeklyTimesheet, {
    nullable: true,
    description:
      "A week that has been submitted at least once, by id; null when there is none you may read (MEMBER and VIEWER: only their own, and a team's lead their team's members').",
  })
  timesheet(@Arg("id", () => ID, { description: "The WeeklyTimesheet's id." }) id: string, @Ctx() ctx: TimesheetsContext) {
    return weeklyTimesheetService.byId(ctx, id);
  }

  @Query(() => WeeklyTimesheetConnection, {
    description:
      "Weeks submitted at least once, newest week first: everyone's for MANAGER and above; your own otherwise, and a team lead's team members'.",
  })
  weeklyTimesheets(
    @Arg("filter", () => WeeklyTimesheetFilter, { nullable: true, description: "Only weeks that match; omit for all you may see." })
    filter: WeeklyTimesheetFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return weeklyTimesheetService.list(ctx, filter, page);
  }

  @Query(() => WeeklyTimesheetConnection, {
    description:
      "The SUBMITTED weeks you may approve or reject, longest waiting first: others' weeks for MANAGER and above, the team's members' weeks for a team's lead (nobody decides their own); empty for anyone else.",
  })
  timesheetsAwaitingApproval(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: TimesheetsContext) {
    return weeklyTimesheetService.awaitingApproval(ctx, page);
  }

  @Mutation(() => TimesheetPayload, {
    description:
      "Submits your week for approval (DRAFT or REJECTED to SUBMITTED), locking its entries. An empty week needs allowEmpty. MEMBER and above.",
  })
  async submitTimesheet(
    @Arg("input", () => SubmitTimesheetInput, { description: "The week to submit." }) input: SubmitTimesheetInput,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return { timesheet: await weeklyTimesheetService.submit(ctx, input) };
  }

  @Mutation(() => TimesheetPayload, {
    description:
      "Approves someone else's SUBMITTED week; it stays locked. MANAGER and above, or the lead of a team the week's owner belongs to.",
  })
  async approveTimesheet(
    @Arg("input", () => ApproveTimesheetInput, { description: "The week to approve." }) input: ApproveTimesheetInput,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return { timesheet: await weeklyTimesheetService.approve(ctx, input) };
  }

  @Mutation(() => TimesheetPayload, {
    description:
      "Sends someone else's SUBMITTED week back with a reason; it is open for changes again. MANAGER and above, or the lead of a team the week's owner belongs to.",
  })
  async rejectTimesheet(
    @Arg("input", () => RejectTimesheetInput, { description: "The week to reject, and why." }) input: RejectTimesheetInput,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return { timesheet: await weeklyTimesheetService.reject(ctx, input) };
  }

  @Mutation(() => TimesheetPayload, {
    description:
      "Opens a SUBMITTED week (its owner withdrawing it, MANAGER and above, or the owner's team lead) or an APPROVED one (ADMIN and above, audited) again as a DRAFT.",
  })
  async reopenTimesheet(
    @Arg("input", () => ReopenTimesheetInput, { description: "The week to reopen." }) input: ReopenTimesheetInput,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return { timesheet: await weeklyTimesheetService.reopen(ctx, input) };
  }

  @FieldResolver(() => User, { description: "Whose week." })
  user(@Root() sheet: WeeklyTimesheet): User {
    return userRef(sheet.userId);
  }

  @FieldResolver(() => LocalDate, { description: "The week's Sunday." })
  weekEnd(@Root() sheet: WeeklyTimesheet): string {
    return weekEndOf(sheet.weekStart);
  }

  @FieldResolver(() => String, { description: "The ISO week, e.g. 2026-W50 (the year its Thursday is in)." })
  isoWeek(@Root() sheet: WeeklyTimesheet): string {
    return isoWeekName(sheet.weekStart);
  }

  @FieldResolver(() => Boolean, { description: "True when SUBMITTED or APPROVED: its entries cannot be logged, changed or deleted." })
  locked(@Root() sheet: WeeklyTimesheet): boolean {
    return LOCKED_STATUSES.includes(sheet.status);
  }

  @FieldResolver(() => Float, { description: "Hours logged in the week." })
  async totalHours(@Root() sheet: WeeklyTimesheet, @Ctx() ctx: TimesheetsContext): Promise<number> {
    return (await totals(sheet, ctx)).totalHours;
  }

  @FieldResolver(() => Float, { description: "Of which billable." })
  async billableHours(@Root() sheet: WeeklyTimesheet, @Ctx() ctx: TimesheetsContext): Promise<number> {
    return (await totals(sheet, ctx)).billableHours;
  }

  @FieldResolver(() => Int, { description: "How many time entries the week has." })
  async entryCount(@Root() sheet: WeeklyTimesheet, @Ctx() ctx: TimesheetsContext): Promise<number> {
    return (await totals(sheet, ctx)).entryCount;
  }

  @FieldResolver(() => [TimesheetDay], { description: "The seven days, Monday first, with their hours (0 for a day without entries)." })
  async days(@Root() sheet: WeeklyTimesheet, @Ctx() ctx: TimesheetsContext): Promise<TimesheetDay[]> {
    return (await totals(sheet, ctx)).days;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who approved or rejected it last; null while undecided." })
  decidedBy(@Root() sheet: WeeklyTimesheet): User | null {
    return sheet.decidedById ? userRef(sheet.decidedById) : null;
  }

  @FieldResolver(() => [TimesheetTransition], {
    description: "Every change of status, oldest first, with who made it and why (empty for a week never submitted).",
  })
  async history(@Root() sheet: WeeklyTimesheet, @Ctx() ctx: TimesheetsContext): Promise<TimesheetTransition[]> {
    return sheet.version === 0 ? [] : ctx.loaders.timesheetHistory.load(sheet.id);
  }
}

@Resolver(() => TimesheetTransition)
export class TimesheetTransitionResolver {
  @FieldResolver(() => User, { description: "Who made the change." })
  actor(@Root() transition: TimesheetTransition): User {
    return userRef(transition.actorId);
  }
}
