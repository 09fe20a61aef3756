import { errors, ROLES_WITH, type Viewer } from "@plateau/kernel";
import {
  check,
  filterToWhere,
  inTransaction,
  loadOrThrow,
  paginate,
  parseId,
  requireViewer,
  requireWorkspaceId,
  type PageArgs,
} from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import type { IsoWeekday } from "./capacity.calc.js";
import { CapacityOverride } from "./capacity-override.entity.js";
import type {
  AddCapacityOverrideInput,
  AddNonWorkingDayInput,
  CapacityOverrideFilter,
  DeleteCapacityOverrideInput,
  DeleteNonWorkingDayInput,
  NonWorkingDayFilter,
  UpdateTimeSettingsInput,
} from "./capacity.inputs.js";
import { NonWorkingDay } from "./non-working-day.entity.js";
import { DEFAULT_TIME_SETTINGS, TimeSettings } from "./time-settings.entity.js";
import { checkTimeZone } from "./time-zone.js";
import { isoWeekdayOf, type Weekday } from "./weekday.js";

/** The most hours a week has. */
const HOURS_IN_A_WEEK = 168;
const MAX_NAME_LENGTH = 200;

/** Weekly hours: 0 to 168 (more than 0 where `positive`), at most two decimals; BAD_USER_INPUT naming `field` otherwise. */
function checkWeeklyHours(field: string, hours: number, positive: boolean): number {
  if (!Number.isFinite(hours) || hours < 0 || (positive && hours === 0) || hours > HOURS_IN_A_WEEK) {
    throw errors.invalidField(field, `must be ${positive ? "more than" : "at least"} 0 and at most ${HOURS_IN_A_WEEK}, got ${hours}`);
  }
  if (Math.abs(hours * 100 - Math.round(hours * 100)) > 1e-6)
    throw errors.invalidField(field, `must have at most 2 decimals, got ${hours}`);
  return Math.round(hours * 100) / 100;
}

/** Working days: at least one, each once; as ISO weekdays in order. BAD_USER_INPUT naming `field` otherwise. */
function checkWorkingDays(field: string, days: readonly Weekday[]): IsoWeekday[] {
  if (days.length === 0) throw errors.invalidField(field, "must name at least one day");
  const iso = days.map(isoWeekdayOf);
  if (new Set(iso).size !== iso.length) throw errors.invalidField(field, "names a day twice");
  return iso.sort((a, b) => a - b);
}

/** A workspace's settings as stored, or the defaults (version 0, not persisted) when it never changed them. */
function defaultSettings(workspaceId: string): TimeSettings {
  return Object.assign(new TimeSettings(), {
    workspaceId,
    ...DEFAULT_TIME_SETTINGS,
    workingDays: [...DEFAULT_TIME_SETTINGS.workingDays],
    version: 0,
  });
}

/** Whether `viewer` may set capacity and holidays for others (the matrix's MANAGE_TEAMS roles). */
const managesPeople = (viewer: Viewer): boolean => viewer.role !== undefined && ROLES_WITH.MANAGE_TEAMS.includes(viewer.role);

/** Capacity use cases: the workspace's working time, people's own capacity, holidays and leave. */
export const capacityService = {
  async settings(ctx: TimesheetsContext): Promise<TimeSettings> {
    const workspaceId = requireWorkspaceId(ctx);
    return (await ctx.loaders.timeSettings.load(workspaceId)) ?? defaultSettings(workspaceId);
  },

  async updateSettings(ctx: TimesheetsContext, input: UpdateTimeSettingsInput): Promise<TimeSettings> {
    const workspaceId = requireWorkspaceId(ctx);
    const hoursPerWeek = input.hoursPerWeek == null ? undefined : checkWeeklyHours("input.hoursPerWeek", input.hoursPerWeek, true);
    const workingDays = input.workingDays == null ? undefined : checkWorkingDays("input.workingDays", input.workingDays);
    const timeZone = input.timeZone == null ? undefined : checkTimeZone("input.timeZone", input.timeZone);
    return inTransaction(ctx, async ({ em }) => {
      const stored = await em.findOne(TimeSettings, { workspaceId });
      const settings = stored ?? defaultSettings(workspaceId);
      check.version("TimeSettings", { id: workspaceId, version: settings.version }, input.expectedVersion);
      if (!stored) {
        settings.version = 1;
        em.persist(settings);
      }
      Object.assign(settings, {
        hoursPerWeek: hoursPerWeek ?? settings.hoursPerWeek,
        workingDays: workingDays ?? settings.workingDays,
        timeZone: timeZone ?? settings.timeZone,
      });
      return settings;
    });
  },

  /** People's own capacities, by person and start; a MEMBER or VIEWER sees only their own. */
  listOverrides(ctx: TimesheetsContext, filter: CapacityOverrideFilter | undefined, page: PageArgs) {
    const viewer = requireViewer(ctx);
    const where = filter ? filterToWhere(filter) : {};
    const visible = managesPeople(viewer) ? {} : { userId: viewer.userId };
    return paginate(ctx.em, CapacityOverride, { $and: [where, visible] }, page, [{ userId: "asc" }, { from: "asc" }]);
  },

  async addOverride(ctx: TimesheetsContext, input: AddCapacityOverrideInput): Promise<CapacityOverride> {
    const workspaceId = requireWorkspaceId(ctx);
    const userId = await ctx.references.requireMember(input.userId, "input.userId");
    check.dateOrder("input.from", input.from, "input.to", input.to);
    const hoursPerWeek = checkWeeklyHours("input.hoursPerWeek", input.hoursPerWeek, false);
    const workingDays = checkWorkingDays("input.workingDays", input.workingDays);
    return inTransaction(ctx, async ({ em }) =>
      em.create(CapacityOverride, { workspaceId, userId, from: input.from, to: input.to ?? null, hoursPerWeek, workingDays } as never),
    );
  },

  async deleteOverride(ctx: TimesheetsContext, input: DeleteCapacityOverrideInput): Promise<string> {
    const override = await loadOrThrow(ctx.loaders.capacityOverride, "CapacityOverride", input.id, "input.id");
    return inTransaction(ctx, async ({ em }) => {
      em.remove(override);
      return override.id;
    });
  },

  /** Holidays and leave, by day; a MEMBER or VIEWER sees the holidays and their own leave. */
  listNonWorkingDays(ctx: TimesheetsContext, filter: NonWorkingDayFilter | undefined, page: PageArgs) {
    const viewer = requireViewer(ctx);
    const where = filter ? filterToWhere(filter) : {};
    const visible = managesPeople(viewer) ? {} : { $or: [{ userId: null }, { userId: viewer.userId }] };
    return paginate(ctx.em, NonWorkingDay, { $and: [where, visible] }, page, [{ date: "asc" }, { userId: "asc" }]);
  },

  async addNonWorkingDay(ctx: TimesheetsContext, input: AddNonWorkingDayInput): Promise<NonWorkingDay> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    const userId = input.userId ? parseId(input.userId, "input.userId") : null;
    assertMaySetDaysOf(viewer, userId);
    if (userId) await ctx.references.requireMember(userId, "input.userId");
    const name = check.text("input.name", input.name, MAX_NAME_LENGTH);
    // One per day (and person): the unique indexes decide, so two requests at once cannot both add it.
    const conflict = {
      unique: {
        field: "input.date",
        message: `${input.date} is already a non-working day ${userId ? "of this user" : "of the workspace"}`,
        fieldMessage: "already a non-working day",
      },
    };
    return inTransaction(
      ctx,
      async ({ em }) => em.create(NonWorkingDay, { workspaceId, date: input.date, name, userId } as never),
      conflict,
    );
  },

  async deleteNonWorkingDay(ctx: TimesheetsContext, input: DeleteNonWorkingDayInput): Promise<string> {
    const viewer = requireViewer(ctx);
    const day = await loadOrThrow(ctx.loaders.nonWorkingDay, "NonWorkingDay", input.id, "input.id");
    assertMaySetDaysOf(viewer, day.userId);
    return inTransaction(ctx, async ({ em }) => {
      em.remove(day);
      return day.id;
    });
  },
};

/** Holidays (no user) and others' leave are for MANAGER and above; one's own leave for anyone who tracks time. */
function assertMaySetDaysOf(viewer: Viewer, userId: string | null): void {
  if (userId === viewer.userId || managesPeople(viewer)) return;
  throw errors.forbidden(
    userId ? "Only a MANAGER or above may set another user's leave" : "Only a MANAGER or above may set the workspace's holidays",
  );
}
