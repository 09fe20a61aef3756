import type { EntityManager } from "@mikro-orm/core";
import { AppError, ErrorCode, errors, roleAtLeast, type Viewer } from "@plateau/kernel";
import {
  check,
  filterToWhere,
  inTransaction,
  paginate,
  parseId,
  requireViewer,
  requireWorkspaceId,
  sqlRows,
  type PageArgs,
  type UserTeamReference,
} from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { capacityService } from "../capacity/capacity.service.js";
import { dateIn } from "../capacity/time-zone.js";
import { recordTeamUtilization } from "../utilization/team-utilization.js";
import { isoWeekName, timesheetIdFor, weekStartOf } from "./iso-week.js";
import { lockWeeks } from "./week-lock.js";
import { recordTimesheetTransition } from "./weekly-timesheet.events.js";
import { TimesheetStatus, TimesheetTransition, WeeklyTimesheet } from "./weekly-timesheet.entity.js";
import type {
  ApproveTimesheetInput,
  RejectTimesheetInput,
  ReopenTimesheetInput,
  SubmitTimesheetInput,
  WeeklyTimesheetFilter,
} from "./weekly-timesheet.inputs.js";
import { assertMayAct, mayApprove, mayReadWeeksOf, nextStatus, type TimesheetAction } from "./weekly-timesheet.policy.js";

/** Longest rejection or reopening reason, in characters. */
export const MAX_REASON_LENGTH = 2000;

/** Newest week first, then by owner: a manager's list of weeks. */
const NEWEST_WEEK_FIRST = [{ weekStart: "desc" as const }, { userId: "asc" as const }];
/** Longest waiting first: the approval queue. */
const LONGEST_WAITING_FIRST = [{ submittedAt: "asc" as const }];

/** A week that has no row: a DRAFT nobody submitted, with the id its row will have (version 0). Not persisted. */
function draftWeek(workspaceId: string, userId: string, weekStart: string): WeeklyTimesheet {
  return Object.assign(new WeeklyTimesheet(), {
    id: timesheetIdFor(workspaceId, userId, weekStart),
    workspaceId,
    userId,
    weekStart,
    version: 0,
  });
}

/** The teams `userId` belongs to, with their leads and members (identity, as the caller). */
async function teamsOf(ctx: TimesheetsContext, userId: string): Promise<UserTeamReference[]> {
  const [teams] = await ctx.references.teamDetailsOfUsers([userId]);
  return teams ?? [];
}

/**
 * The owner's teams, for the utilisation a change of their week publishes: none, logged, when identity
 * cannot answer. The change does not depend on it (only a lead's decision does, and that asks identity
 * first); the teams' figures are published again with the next change of any of their members' weeks.
 */
async function teamsToMeasure(ctx: TimesheetsContext, userId: string): Promise<UserTeamReference[]> {
  try {
    return await teamsOf(ctx, userId);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== ErrorCode.SUBGRAPH_UNAVAILABLE) throw error;
    ctx.logger.warn("team utilisation not published: identity did not say the week owner's teams", { userId, reason: error.message });
    return [];
  }
}

/**
 * The people whose weeks `viewer` reads and decides as a team's lead: the members of the teams they
 * lead (identity's `Team.lead`), themselves left out. None for a role that does not track time.
 */
async function ledMembers(ctx: TimesheetsContext, viewer: Viewer): Promise<string[]> {
  if (!roleAtLeast(viewer.role, "MEMBER")) return [];
  const led = (await teamsOf(ctx, viewer.userId)).filter((team) => team.leadId === viewer.userId);
  return [...new Set(led.flatMap((team) => team.memberIds))].filter((id) => id !== viewer.userId);
}

/** True when `viewer` may read `ownerId`'s weeks ({@link mayReadWeeksOf}), asking identity only when the role alone does not say. */
async function mayRead(ctx: TimesheetsContext, viewer: Viewer, ownerId: string): Promise<boolean> {
  return mayReadWeeksOf(viewer, ownerId) || (await ledMembers(ctx, viewer)).includes(ownerId);
}

/** The number of entries of a user's week, read in `em`'s transaction. */
async function entryCount(em: EntityManager, sheet: WeeklyTimesheet): Promise<number> {
  const [row] = await sqlRows<{ count: string }>(
    em,
    `select count(*) as count from timesheets.time_entry
      where workspace_id = ? and user_id = ? and "date" between ?::date and ?::date + 6`,
    [sheet.workspaceId, sheet.userId, sheet.weekStart, sheet.weekStart],
  );
  return Number(row?.count ?? 0);
}

/** Weekly timesheet use cases: reads scoped to what the caller may see; each change one transaction with its history row and event. */
export const weeklyTimesheetService = {
  /**
   * One user's week (the caller's by default), stored or not. Another user's week needs an approver
   * (MANAGER and above) or the lead of a team they belong to, FORBIDDEN otherwise, and a member of the
   * workspace, BAD_USER_INPUT naming `userId` otherwise.
   */
  async week(ctx: TimesheetsContext, week: string | null, userIdArg: string | null | undefined): Promise<WeeklyTimesheet> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    const userId = userIdArg ? parseId(userIdArg, "userId") : viewer.userId;
    if (!(await mayRead(ctx, viewer, userId))) {
      throw errors.forbidden("Only a MANAGER or above, or the lead of a team they belong to, may read another user's weeks");
    }
    if (userId !== viewer.userId) await ctx.references.requireMember(userId, "userId");
    const weekStart = weekStartOf(week ?? dateIn((await capacityService.settings(ctx)).timeZone));
    const stored = await ctx.em.findOne(WeeklyTimesheet, { userId, weekStart });
    return stored ?? draftWeek(workspaceId, userId, weekStart);
  },

  /** A stored week by id, when the caller may read it; null otherwise (another's week for a MEMBER who does not lead them, another workspace's). */
  async byId(ctx: TimesheetsContext, id: string): Promise<WeeklyTimesheet | null> {
    const viewer = requireViewer(ctx);
    const sheet = await ctx.em.findOne(WeeklyTimesheet, { id: parseId(id, "id") });
    return sheet && (await mayRead(ctx, viewer, sheet.userId)) ? sheet : null;
  },

  /**
   * Stored weeks (those that left DRAFT at least once), newest first: everyone's for an approver; a
   * MEMBER's own and, for a team's lead, their team's members'; a VIEWER's own.
   */
  async list(ctx: TimesheetsContext, filter: WeeklyTimesheetFilter | undefined, page: PageArgs) {
    const viewer = requireViewer(ctx);
    const where = filter ? filterToWhere(filter) : {};
    const own = mayApprove(viewer) ? {} : { userId: { $in: [viewer.userId, ...(await ledMembers(ctx, viewer))] } };
    return paginate(ctx.em, WeeklyTimesheet, { $and: [where, own] }, page, NEWEST_WEEK_FIRST);
  },

  /**
   * The SUBMITTED weeks the caller may decide, longest waiting first: others' weeks for an approver, the
   * weeks of their team's members for a team's lead, none for anyone else.
   */
  async awaitingApproval(ctx: TimesheetsContext, page: PageArgs) {
    const viewer = requireViewer(ctx);
    const decidable = mayApprove(viewer) ? { $ne: viewer.userId } : { $in: await ledMembers(ctx, viewer) };
    return paginate(ctx.em, WeeklyTimesheet, { status: TimesheetStatus.SUBMITTED, userId: decidable }, page, LONGEST_WAITING_FIRST);
  },

  async submit(ctx: TimesheetsContext, input: SubmitTimesheetInput): Promise<WeeklyTimesheet> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    const weekStart = weekStartOf(input.week);
    // Read before the transaction (a call to identity holds no lock): the teams whose utilisation the week moves.
    const teams = await teamsToMeasure(ctx, viewer.userId);
    return inTransaction(ctx, async (tx) => {
      const { em } = tx;
      await lockWeeks(em, workspaceId, viewer.userId, [weekStart]);
      const sheet =
        (await em.findOne(WeeklyTimesheet, { userId: viewer.userId, weekStart })) ?? draftWeek(workspaceId, viewer.userId, weekStart);
      const from = sheet.status;
      assertMayAct(viewer, sheet.userId, "submit", from);
      check.version("WeeklyTimesheet", sheet, input.expectedVersion);
      const to = nextStatus("submit", from);
      if (!input.allowEmpty && (await entryCount(em, sheet)) === 0) {
        throw errors.invalidField(
          "input.allowEmpty",
          `the week of ${weekStart} (${isoWeekName(weekStart)}) has no time entries; pass allowEmpty: true to submit it empty`,
        );
      }
      // A week never stored is inserted at version 1; a stored one is incremented by the flush.
      const versionAfter = sheet.version + 1;
      if (sheet.version === 0) {
        sheet.version = 1;
        em.persist(sheet);
      }
      Object.assign(sheet, { status: to, submittedAt: new Date(), decidedAt: null, decidedById: null, rejectionReason: null });
      return applied(tx, viewer, "submit", sheet, teams, { from, reason: null, version: versionAfter });
    });
  },

  approve: (ctx: TimesheetsContext, input: ApproveTimesheetInput) => decide(ctx, "approve", input.id, input.expectedVersion, null),

  reject(ctx: TimesheetsContext, input: RejectTimesheetInput): Promise<WeeklyTimesheet> {
    const reason = check.text("input.reason", input.reason, MAX_REASON_LENGTH);
    return decide(ctx, "reject", input.id, input.expectedVersion, reason);
  },

  reopen(ctx: TimesheetsContext, input: ReopenTimesheetInput): Promise<WeeklyTimesheet> {
    const reason = check.optionalText("input.reason", input.reason, MAX_REASON_LENGTH);
    return decide(ctx, "reopen", input.id, input.expectedVersion, reason);
  },
};

/**
 * Approves, rejects or reopens a stored week: under its week lock (the lock entry writes take), after
 * the policy (FORBIDDEN), the version (CONFLICT) and the transition (CONFLICT) checks. Approving or
 * rejecting is refused up front to whoever is neither an approver nor any team's lead, whatever the id
 * (so the answer says nothing about whose weeks exist); a week the caller may not read is NOT_FOUND, as
 * `timesheet(id)` answers null for it.
 */
async function decide(
  ctx: TimesheetsContext,
  action: Exclude<TimesheetAction, "submit">,
  id: string,
  expectedVersion: number | null | undefined,
  reason: string | null,
): Promise<WeeklyTimesheet> {
  const viewer = requireViewer(ctx);
  const workspaceId = requireWorkspaceId(ctx);
  const timesheetId = parseId(id, "input.id");
  const approver = mayApprove(viewer);
  const led = approver ? [] : await ledMembers(ctx, viewer);
  if (action !== "reopen" && !approver && led.length === 0) {
    throw errors.forbidden(`Only a MANAGER or above, or a team's lead, may ${action} a week`);
  }
  // The owner and week never change (they make the id): read once before the transaction, with the
  // owner's teams from identity (whose utilisation the change moves).
  const found = await ctx.em.findOne(WeeklyTimesheet, { id: timesheetId });
  const leadsOwner = found !== null && led.includes(found.userId);
  if (!found || !mayReadWeeksOf(viewer, found.userId, leadsOwner)) throw errors.notFound("WeeklyTimesheet", id);
  const teams = await teamsToMeasure(ctx, found.userId);
  return inTransaction(ctx, async (tx) => {
    const { em } = tx;
    await lockWeeks(em, workspaceId, found.userId, [found.weekStart]);
    // Under the lock, the week as the last change committed it.
    const sheet = await em.findOneOrFail(WeeklyTimesheet, { id: timesheetId }, { refresh: true });
    const from = sheet.status;
    assertMayAct(viewer, sheet.userId, action, from, leadsOwner);
    check.version("WeeklyTimesheet", sheet, expectedVersion);
    const to = nextStatus(action, from);
    const decision = action === "reopen" ? { decidedAt: null, decidedById: null } : { decidedAt: new Date(), decidedById: viewer.userId };
    Object.assign(sheet, { status: to, ...decision, rejectionReason: action === "reject" ? reason : null });
    return applied(tx, viewer, action, sheet, teams, { from, reason, version: sheet.version + 1 });
  });
}

/**
 * Appends the week's history row and records its event (`change.version`: the week's version once
 * flushed) and the latest utilisation of the owner's `teams`, all in the change's unit of work (`tx`).
 */
async function applied(
  tx: TimesheetsContext,
  viewer: Viewer,
  action: TimesheetAction,
  sheet: WeeklyTimesheet,
  teams: readonly UserTeamReference[],
  change: { from: TimesheetStatus; reason: string | null; version: number },
): Promise<WeeklyTimesheet> {
  const { em } = tx;
  em.create(TimesheetTransition, {
    workspaceId: sheet.workspaceId,
    timesheet: sheet,
    from: change.from,
    to: sheet.status,
    actorId: viewer.userId,
    reason: change.reason,
  } as never);
  // Who may decide it besides MANAGER and above: the leads of the owner's teams (the queue's subscribers among them).
  const leads = [...new Set(teams.map((team) => team.leadId).filter((id): id is string => id !== null && id !== sheet.userId))];
  recordTimesheetTransition(em, viewer.userId, action, sheet, change, leads);
  await recordTeamUtilization(tx, teams, viewer.userId);
  return sheet;
}
