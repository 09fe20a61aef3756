import {
  check,
  inTransaction,
  paginateRows,
  parseId,
  requireViewer,
  requireWorkspaceId,
  SortDirection,
  type PageArgs,
  loadOrThrow,
  sqlRows,
} from "@plateau/subgraph-kit";
import type { EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import type { TimesheetsContext } from "../../context.js";
import { timeCategoryService } from "../time-category/time-category.service.js";
import { assertWeeksOpen } from "../weekly-timesheet/week-lock.js";
import { claimDay } from "./time-entry.day.js";
import { TimeEntry } from "./time-entry.entity.js";
import { timeEntryWhere } from "./time-entry.filter.js";
import type { DeleteTimeEntryInput, LogTimeInput, TimeEntryFilter, TimeEntryOrder, UpdateTimeEntryInput } from "./time-entry.inputs.js";
import { assertMayWriteTimeOf } from "./time-entry.policy.js";
import { checkEntryReferences } from "./time-entry.reference-checks.js";
import { checkEntryDate, checkHours, MAX_NOTE_LENGTH } from "./time-entry.validation.js";

/** Newest day first, then newest entry: what a timesheet view wants without an explicit order. */
const DEFAULT_ORDER = [{ date: SortDirection.DESC }, { createdAt: SortDirection.DESC }];

/** What an entry is on: a task with its project, or a category of non-project time. */
export interface EntryTarget {
  taskId: string | null;
  projectId: string | null;
  categoryId: string | null;
}

/**
 * What `input` logs time on, checked: a task with its project, or a category, never both nor neither;
 * BAD_USER_INPUT naming the field otherwise.
 */
function entryTarget(input: Pick<LogTimeInput, "taskId" | "projectId" | "categoryId">): EntryTarget {
  if (input.categoryId) {
    if (input.taskId || input.projectId)
      throw errors.invalidField("input.categoryId", "give a task (taskId and projectId) or a category, not both");
    return { taskId: null, projectId: null, categoryId: parseId(input.categoryId, "input.categoryId") };
  }
  if (!input.taskId) throw errors.invalidField("input.taskId", "give a task (with its projectId), or a categoryId for non-project time");
  if (!input.projectId) throw errors.invalidField("input.projectId", "is required with taskId");
  return { taskId: parseId(input.taskId, "input.taskId"), projectId: parseId(input.projectId, "input.projectId"), categoryId: null };
}

/** A new entry's values, checked. */
export interface NewEntry extends EntryTarget {
  workspaceId: string;
  userId: string;
  date: string;
  hours: number;
  note: string | null;
  billable: boolean;
}

/**
 * Writes a checked entry in `em`'s transaction, once its week is open (TIMESHEET_LOCKED naming
 * `fields.date` otherwise) and its day stays within 24 hours (BAD_USER_INPUT naming `fields.hours`):
 * what `logTime` and `stopTimer` both do.
 */
export async function writeEntry(em: EntityManager, entry: NewEntry, fields: { date: string; hours: string }): Promise<TimeEntry> {
  await assertWeeksOpen(em, entry.workspaceId, entry.userId, [{ field: fields.date, date: entry.date }]);
  await claimDay(em, { workspaceId: entry.workspaceId, userId: entry.userId, date: entry.date, hours: entry.hours, field: fields.hours });
  return em.create(TimeEntry, entry as never);
}

/** Time entry use cases: each authorizes, validates, and writes in one transaction. */
export const timeEntryService = {
  list(
    ctx: TimesheetsContext,
    filter: TimeEntryFilter | undefined,
    orderBy: TimeEntryOrder | undefined,
    page: PageArgs,
    scope: Record<string, unknown> = {},
  ) {
    const where = { ...timeEntryWhere(filter), ...scope };
    return paginateRows(ctx.em, TimeEntry, where, page, orderBy ? [{ [orderBy.field]: orderBy.direction }] : DEFAULT_ORDER);
  },

  async get(ctx: TimesheetsContext, id: string, field = "id"): Promise<TimeEntry> {
    return loadOrThrow(ctx.loaders.timeEntry, "TimeEntry", id, field);
  },

  async log(ctx: TimesheetsContext, input: LogTimeInput): Promise<TimeEntry> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    const userId = input.userId ? parseId(input.userId, "input.userId") : viewer.userId;
    assertMayWriteTimeOf(viewer, userId, "log time");
    const target = entryTarget(input);
    const date = checkEntryDate("input.date", input.date);
    const hours = checkHours("input.hours", input.hours);
    const note = check.optionalText("input.note", input.note, MAX_NOTE_LENGTH);
    let billable = input.billable ?? true;
    if (target.categoryId) {
      const category = await timeCategoryService.requireOpen(ctx, target.categoryId, "input.categoryId");
      await ctx.references.requireMember(userId, "input.userId");
      billable = input.billable ?? category.billable;
    } else {
      await checkEntryReferences(ctx, { taskId: target.taskId!, projectId: target.projectId!, userId });
    }
    return inTransaction(ctx, ({ em }) =>
      writeEntry(em, { workspaceId, userId, ...target, date, hours, note, billable }, { date: "input.date", hours: "input.hours" }),
    );
  },

  async update(ctx: TimesheetsContext, input: UpdateTimeEntryInput): Promise<TimeEntry> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    const entry = await timeEntryService.get(ctx, input.id, "input.id");
    assertMayWriteTimeOf(viewer, entry.userId, "change this time entry");
    check.version("TimeEntry", entry, input.expectedVersion);
    const date = input.date === null || input.date === undefined ? entry.date : checkEntryDate("input.date", input.date);
    const hours = input.hours === null || input.hours === undefined ? entry.hours : checkHours("input.hours", input.hours);
    const note = input.note === undefined ? entry.note : check.optionalText("input.note", input.note, MAX_NOTE_LENGTH);
    const billable = input.billable ?? entry.billable;
    const dayChanges = date !== entry.date || hours !== entry.hours;
    return inTransaction(ctx, async ({ em }) => {
      // The entry's week and, when it moves, the week it moves to must both be open.
      await assertWeeksOpen(em, workspaceId, entry.userId, [
        { field: "input.id", date: entry.date },
        { field: "input.date", date },
      ]);
      if (dayChanges) await claimDay(em, { workspaceId, userId: entry.userId, date, hours, entryId: entry.id });
      Object.assign(entry, { date, hours, note, billable });
      return entry;
    });
  },

  async remove(ctx: TimesheetsContext, input: DeleteTimeEntryInput): Promise<string> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    const entry = await timeEntryService.get(ctx, input.id, "input.id");
    assertMayWriteTimeOf(viewer, entry.userId, "change this time entry");
    check.version("TimeEntry", entry, input.expectedVersion);
    return inTransaction(ctx, async ({ em }) => {
      await assertWeeksOpen(em, workspaceId, entry.userId, [{ field: "input.id", date: entry.date }]);
      // Deleted only as it was read, under its week's lock: an edit in between (a move into a week since
      // submitted) makes this a CONFLICT rather than a delete from a locked week. The ORM deletes it, so
      // the audit log records it.
      const [current] = await sqlRows<{ version: number }>(
        em,
        "select version from timesheets.time_entry where workspace_id = ? and id = ? for update",
        [workspaceId, entry.id],
      );
      if (current?.version !== entry.version) throw errors.conflict(`TimeEntry ${entry.id} was changed by someone else; reload and retry`);
      em.remove(entry);
      return entry.id;
    });
  },
};
