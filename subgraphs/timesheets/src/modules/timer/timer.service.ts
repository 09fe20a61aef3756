import { AppError, ErrorCode, errors } from "@plateau/kernel";
import { check, inTransaction, parseId, requireViewer, requireWorkspaceId, sqlRows } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { capacityService } from "../capacity/capacity.service.js";
import { dateIn } from "../capacity/time-zone.js";
import { checkEntryReferences } from "../time-entry/time-entry.reference-checks.js";
import { writeEntry } from "../time-entry/time-entry.service.js";
import type { TimeEntry } from "../time-entry/time-entry.entity.js";
import { MAX_HOURS_PER_DAY, MAX_NOTE_LENGTH } from "../time-entry/time-entry.validation.js";
import { assertMayWriteTimeOf } from "../time-entry/time-entry.policy.js";
import { mayReadWeeksOf } from "../weekly-timesheet/weekly-timesheet.policy.js";
import { RunningTimer } from "./running-timer.entity.js";
import type { StartTimerInput, StopTimerInput } from "./timer.inputs.js";

const HOUR_MS = 3_600_000;

/** The hours a timer ran, to the hundredth, at least 0.01 (a timer stopped at once still logs something). */
export function hoursRun(startedAt: Date, stoppedAt: Date): number {
  return Math.max(1, Math.round((stoppedAt.getTime() - startedAt.getTime()) / (HOUR_MS / 100))) / 100;
}

/** Timer use cases: one running timer per user and workspace, which becomes an entry when stopped. */
export const timerService = {
  /** The user's running timer in the caller's workspace: their own, or anyone's for an approver; null otherwise or when none runs. */
  async of(ctx: TimesheetsContext, userId: string): Promise<RunningTimer | null> {
    const viewer = requireViewer(ctx);
    const id = userId.toLowerCase();
    return mayReadWeeksOf(viewer, id) ? ctx.loaders.runningTimer.load(id) : null;
  },

  /** Starts the caller's timer on a task; CONFLICT (with the running one's task and start) while another runs. */
  async start(ctx: TimesheetsContext, input: StartTimerInput): Promise<RunningTimer> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    assertMayWriteTimeOf(viewer, viewer.userId, "log time");
    const taskId = parseId(input.taskId, "input.taskId");
    const projectId = parseId(input.projectId, "input.projectId");
    const note = check.optionalText("input.note", input.note, MAX_NOTE_LENGTH);
    await checkEntryReferences(ctx, { taskId, projectId, userId: viewer.userId });
    return inTransaction(ctx, async ({ em }) => {
      const running = await em.findOne(RunningTimer, { workspaceId, userId: viewer.userId });
      if (running) {
        throw errors.conflict(
          `A timer is already running (on task ${running.taskId} since ${running.startedAt.toISOString()}): stop it first`,
          {
            runningTimer: { taskId: running.taskId, startedAt: running.startedAt.toISOString() },
          },
        );
      }
      return em.create(RunningTimer, {
        workspaceId,
        userId: viewer.userId,
        taskId,
        projectId,
        startedAt: new Date(),
        note,
        billable: input.billable ?? true,
      });
    });
  },

  /**
   * Stops the caller's timer: one entry on its task, dated the day it started in the workspace's time
   * zone, for the hours it ran; the entry checks apply (an open week, at most 24 hours a day). When they
   * refuse, the timer keeps running, so nothing is lost: fix the week or discard the timer. NOT_FOUND when
   * none runs.
   */
  async stop(ctx: TimesheetsContext, input: StopTimerInput | null | undefined): Promise<TimeEntry> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    const note = input?.note === undefined ? undefined : check.optionalText("input.note", input.note, MAX_NOTE_LENGTH);
    const timeZone = (await capacityService.settings(ctx)).timeZone;
    const timer = await ctx.em.findOne(RunningTimer, { workspaceId, userId: viewer.userId });
    if (!timer) throw new AppError(ErrorCode.NOT_FOUND, "No timer is running", { typename: "RunningTimer" });
    await checkEntryReferences(ctx, { taskId: timer.taskId, projectId: timer.projectId, userId: viewer.userId });
    return inTransaction(ctx, async ({ em }) => {
      // Whoever stops it first turns it into an entry; a second stop at the same moment finds nothing.
      const [claimed] = await sqlRows<{ started_at: Date; task_id: string; project_id: string; note: string | null; billable: boolean }>(
        em,
        "delete from timesheets.running_timer where workspace_id = ? and user_id = ? returning started_at, task_id, project_id, note, billable",
        [workspaceId, viewer.userId],
      );
      if (!claimed) throw new AppError(ErrorCode.NOT_FOUND, "No timer is running", { typename: "RunningTimer" });
      const startedAt = new Date(claimed.started_at);
      const hours = hoursRun(startedAt, new Date());
      if (hours > MAX_HOURS_PER_DAY) {
        throw errors.invalidField(
          "timer",
          `ran ${hours} hours since ${startedAt.toISOString()}, more than a day holds: discard it (discardTimer) and log the time by hand`,
        );
      }
      return writeEntry(
        em,
        {
          workspaceId,
          userId: viewer.userId,
          // The timer as claimed: one started since the read above is not this one.
          taskId: claimed.task_id,
          projectId: claimed.project_id,
          categoryId: null,
          date: dateIn(timeZone, startedAt),
          hours,
          note: note === undefined ? claimed.note : note,
          billable: claimed.billable,
        },
        { date: "timer", hours: "timer" },
      );
    });
  },

  /** Deletes the caller's running timer without logging anything; false when none ran. */
  async discard(ctx: TimesheetsContext): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    return inTransaction(ctx, async ({ em }) => {
      const deleted = await sqlRows(em, "delete from timesheets.running_timer where workspace_id = ? and user_id = ? returning 1", [
        workspaceId,
        viewer.userId,
      ]);
      return deleted.length > 0;
    });
  },
};
