import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Client } from "graphql-ws";
import {
  ApproveTimesheetDocument,
  CreateTimeCategoryDocument,
  TimeCategoriesDocument,
  UpdateTimeCategoryDocument,
  DiscardTimerDocument,
  RunningTimerDocument,
  StartTimerDocument,
  StopTimerDocument,
  AuditLogDocument,
  dataOf,
  DeleteTimeEntryDocument,
  execute,
  LogTimeDocument,
  RejectTimesheetDocument,
  ReopenTimesheetDocument,
  SubmitTimesheetDocument,
  TimesheetApprovalsChangedDocument,
  TimesheetChangedDocument,
  TimesheetsAwaitingApprovalDocument,
  UpdateTimeEntryDocument,
  WeeklyTimesheetDocument,
  WeeklyTimesheetsDocument,
  TimeEntriesDocument,
  TimesheetCsvDocument,
  UtilizationDocument,
} from "@plateau/client";
import { buildProject, buildTask, buildWorkspaceWithTeam, collect, createLiveClient, problem, subscribe } from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";

let graph: RunningGraph;
let url: string;
let team: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let projectId: string;
let taskId: string;

/** A past ISO week (2026-W47): Monday 16 November to Sunday 22 November 2026. */
const MONDAY = "2026-11-16";
const TUESDAY = "2026-11-17";
const THURSDAY = "2026-11-19";
/** The week before it (2026-W46) and after it (2026-W48). */
const WEEK_BEFORE = "2026-11-11";
const WEEK_AFTER = "2026-11-24";

const log = (token: string, date: string, hours: number, billable = true) =>
  execute(url, LogTimeDocument, { token, variables: { input: { taskId, projectId, date, hours, billable } } });
const weekOf = (token: string, week: string, userId?: string) =>
  execute(url, WeeklyTimesheetDocument, { token, variables: { week, userId } });

beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
  team = await buildWorkspaceWithTeam(url);
  projectId = (await buildProject(url, team.MANAGER.token, { name: "Timesheets" })).id;
  taskId = (await buildTask(url, team.MANAGER.token, projectId, { title: "Build the weekly flow" })).id;
});
const clients: Client[] = [];
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await graph?.close();
});

const WAIT = { timeout: 15_000, interval: 25 };
function live(token: string): Client {
  const client = createLiveClient({ url, token, retryAttempts: 0 });
  clients.push(client);
  return client;
}

describe("weekly timesheets through the gateway", () => {
  let mondayEntry: { id: string };
  let timesheetId: string;

  it("shows a week nobody submitted as a DRAFT with its days' hours, and no history", async () => {
    mondayEntry = dataOf(await log(team.MEMBER.token, MONDAY, 8)).logTime.timeEntry;
    dataOf(await log(team.MEMBER.token, TUESDAY, 7.25, false));
    dataOf(await log(team.MEMBER.token, TUESDAY, 0.25));
    const { weeklyTimesheet } = dataOf(await weekOf(team.MEMBER.token, THURSDAY));
    expect(weeklyTimesheet).toMatchObject({
      version: 0,
      weekStart: MONDAY,
      weekEnd: "2026-11-22",
      isoWeek: "2026-W47",
      status: "DRAFT",
      locked: false,
      totalHours: 15.5,
      billableHours: 8.25,
      entryCount: 3,
      submittedAt: null,
      decidedBy: null,
      user: { id: team.MEMBER.id, name: "Member User" },
      history: [],
    });
    expect(weeklyTimesheet.days.map((day) => [day.date, day.hours, day.billableHours])).toEqual([
      [MONDAY, 8, 8],
      [TUESDAY, 7.5, 0.25],
      ["2026-11-18", 0, 0],
      [THURSDAY, 0, 0],
      ["2026-11-20", 0, 0],
      ["2026-11-21", 0, 0],
      ["2026-11-22", 0, 0],
    ]);
    timesheetId = weeklyTimesheet.id;
    // Reading wrote nothing: the week is not among the stored ones, and reads the same again.
    expect(dataOf(await execute(url, WeeklyTimesheetsDocument, { token: team.MEMBER.token })).weeklyTimesheets.totalCount).toBe(0);
    expect(dataOf(await weekOf(team.MEMBER.token, MONDAY)).weeklyTimesheet.id).toBe(timesheetId);
  });

  it("submits an empty week only when asked to, and a filled one at once, locking its entries", async () => {
    const empty = await execute(url, SubmitTimesheetDocument, { token: team.MEMBER.token, variables: { input: { week: WEEK_BEFORE } } });
    expect(problem(empty)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.allowEmpty" });
    expect(dataOf(await weekOf(team.MEMBER.token, WEEK_BEFORE)).weeklyTimesheet.status).toBe("DRAFT");
    const leave = dataOf(
      await execute(url, SubmitTimesheetDocument, {
        token: team.MEMBER.token,
        variables: { input: { week: WEEK_BEFORE, allowEmpty: true } },
      }),
    ).submitTimesheet.timesheet;
    expect(leave).toMatchObject({ status: "SUBMITTED", weekStart: "2026-11-09", totalHours: 0, version: 1 });

    const { timesheet } = dataOf(
      await execute(url, SubmitTimesheetDocument, {
        token: team.MEMBER.token,
        variables: { input: { week: THURSDAY, expectedVersion: 0 } },
      }),
    ).submitTimesheet;
    expect(timesheet).toMatchObject({ id: timesheetId, status: "SUBMITTED", locked: true, version: 1, totalHours: 15.5 });
    expect(timesheet.submittedAt).toEqual(expect.any(String));
    expect(timesheet.history).toMatchObject([{ from: "DRAFT", to: "SUBMITTED", reason: null, actor: { id: team.MEMBER.id } }]);
  });

  it("refuses every change to a locked week's time with TIMESHEET_LOCKED naming the field, and applies none", async () => {
    const logged = await log(team.MEMBER.token, THURSDAY, 1);
    expect(problem(logged)).toMatchObject({ code: "TIMESHEET_LOCKED", field: "input.date" });
    expect(logged.errors?.[0]?.extensions).toMatchObject({ weekStart: MONDAY, status: "SUBMITTED" });
    // A manager logging for the member is refused alike: the lock is the week's, not the caller's.
    const forMember = await execute(url, LogTimeDocument, {
      token: team.MANAGER.token,
      variables: { input: { taskId, projectId, date: THURSDAY, hours: 1, userId: team.MEMBER.id } },
    });
    expect(problem(forMember)).toMatchObject({ code: "TIMESHEET_LOCKED", field: "input.date" });
    const edited = await execute(url, UpdateTimeEntryDocument, {
      token: team.MEMBER.token,
      variables: { input: { id: mondayEntry.id, hours: 9 } },
    });
    expect(problem(edited)).toMatchObject({ code: "TIMESHEET_LOCKED", field: "input.id" });
    const movedOut = await execute(url, UpdateTimeEntryDocument, {
      token: team.MEMBER.token,
      variables: { input: { id: mondayEntry.id, date: WEEK_AFTER } },
    });
    expect(problem(movedOut)).toMatchObject({ code: "TIMESHEET_LOCKED", field: "input.id" });
    const open = dataOf(await log(team.MEMBER.token, WEEK_AFTER, 2)).logTime.timeEntry;
    const movedIn = await execute(url, UpdateTimeEntryDocument, {
      token: team.MEMBER.token,
      variables: { input: { id: open.id, date: TUESDAY } },
    });
    expect(problem(movedIn)).toMatchObject({ code: "TIMESHEET_LOCKED", field: "input.date" });
    const deleted = await execute(url, DeleteTimeEntryDocument, { token: team.MEMBER.token, variables: { input: { id: mondayEntry.id } } });
    expect(problem(deleted)).toMatchObject({ code: "TIMESHEET_LOCKED", field: "input.id" });
    const { weeklyTimesheet } = dataOf(await weekOf(team.MEMBER.token, MONDAY));
    expect(weeklyTimesheet).toMatchObject({ totalHours: 15.5, entryCount: 3, version: 1 });
    expect(dataOf(await weekOf(team.MEMBER.token, WEEK_AFTER)).weeklyTimesheet).toMatchObject({ totalHours: 2, entryCount: 1 });
  });

  it("queues submitted weeks for approvers, never their own, and for nobody else", async () => {
    dataOf(await log(team.MANAGER.token, MONDAY, 4));
    const own = dataOf(await execute(url, SubmitTimesheetDocument, { token: team.MANAGER.token, variables: { input: { week: MONDAY } } }))
      .submitTimesheet.timesheet;
    const queue = dataOf(await execute(url, TimesheetsAwaitingApprovalDocument, { token: team.MANAGER.token })).timesheetsAwaitingApproval;
    expect(queue.nodes.map((node) => [node.user.id, node.weekStart, node.status])).toEqual([
      [team.MEMBER.id, "2026-11-09", "SUBMITTED"],
      [team.MEMBER.id, MONDAY, "SUBMITTED"],
    ]);
    expect(queue.totalCount).toBe(2);
    const ownersQueue = dataOf(
      await execute(url, TimesheetsAwaitingApprovalDocument, { token: team.owner.token }),
    ).timesheetsAwaitingApproval;
    expect(ownersQueue.nodes.map((node) => node.user.id).sort()).toEqual([team.MEMBER.id, team.MEMBER.id, team.MANAGER.id].sort());
    for (const role of ["MEMBER", "VIEWER"] as const) {
      const theirs = dataOf(await execute(url, TimesheetsAwaitingApprovalDocument, { token: team[role].token })).timesheetsAwaitingApproval;
      expect(theirs).toMatchObject({ totalCount: 0, nodes: [] });
    }
    const selfApproval = await execute(url, ApproveTimesheetDocument, { token: team.MANAGER.token, variables: { input: { id: own.id } } });
    expect(problem(selfApproval)).toMatchObject({ code: "FORBIDDEN", message: "Nobody may approve their own week" });
    const byMember = await execute(url, ApproveTimesheetDocument, { token: team.MEMBER.token, variables: { input: { id: own.id } } });
    expect(problem(byMember).code).toBe("FORBIDDEN");
  });

  it("rejects with a reason, reopening the week for corrections, then approves the resubmitted week", async () => {
    const noReason = await execute(url, RejectTimesheetDocument, {
      token: team.MANAGER.token,
      variables: { input: { id: timesheetId, reason: "  " } },
    });
    expect(problem(noReason)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const rejected = dataOf(
      await execute(url, RejectTimesheetDocument, {
        token: team.MANAGER.token,
        variables: { input: { id: timesheetId, reason: "Tuesday's support call is billable", expectedVersion: 1 } },
      }),
    ).rejectTimesheet.timesheet;
    expect(rejected).toMatchObject({
      status: "REJECTED",
      locked: false,
      version: 2,
      rejectionReason: "Tuesday's support call is billable",
      decidedBy: { id: team.MANAGER.id },
    });

    // Open again: the member corrects Monday and submits anew.
    dataOf(
      await execute(url, UpdateTimeEntryDocument, { token: team.MEMBER.token, variables: { input: { id: mondayEntry.id, hours: 8.5 } } }),
    );
    const resubmitted = dataOf(
      await execute(url, SubmitTimesheetDocument, { token: team.MEMBER.token, variables: { input: { week: MONDAY } } }),
    ).submitTimesheet.timesheet;
    expect(resubmitted).toMatchObject({ status: "SUBMITTED", version: 3, rejectionReason: null, decidedBy: null, totalHours: 16 });

    const stale = await execute(url, ApproveTimesheetDocument, {
      token: team.MANAGER.token,
      variables: { input: { id: timesheetId, expectedVersion: 2 } },
    });
    expect(problem(stale).code).toBe("CONFLICT");
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(3);
    const approved = dataOf(
      await execute(url, ApproveTimesheetDocument, {
        token: team.MANAGER.token,
        variables: { input: { id: timesheetId, expectedVersion: 3 } },
      }),
    ).approveTimesheet.timesheet;
    expect(approved).toMatchObject({ status: "APPROVED", locked: true, version: 4, decidedBy: { id: team.MANAGER.id } });
    const again = await execute(url, ApproveTimesheetDocument, { token: team.MANAGER.token, variables: { input: { id: timesheetId } } });
    expect(problem(again).code).toBe("CONFLICT");
    expect(again.errors?.[0]?.extensions?.status).toBe("APPROVED");
    expect(problem(await log(team.MEMBER.token, THURSDAY, 1))).toMatchObject({ code: "TIMESHEET_LOCKED", field: "input.date" });
  });

  it("lets only ADMIN and above reopen an approved week, keeps every transition and audits the reopening", async () => {
    const byManager = await execute(url, ReopenTimesheetDocument, { token: team.MANAGER.token, variables: { input: { id: timesheetId } } });
    expect(problem(byManager)).toMatchObject({ code: "FORBIDDEN", message: "Only an ADMIN or OWNER may reopen an approved week" });
    const reopened = dataOf(
      await execute(url, ReopenTimesheetDocument, {
        token: team.ADMIN.token,
        variables: { input: { id: timesheetId, reason: "Client asked to split Monday" } },
      }),
    ).reopenTimesheet.timesheet;
    expect(reopened).toMatchObject({ status: "DRAFT", locked: false, version: 5, decidedBy: null });
    expect(reopened.history.map((step) => [step.from, step.to, step.actor.id, step.reason])).toEqual([
      ["DRAFT", "SUBMITTED", team.MEMBER.id, null],
      ["SUBMITTED", "REJECTED", team.MANAGER.id, "Tuesday's support call is billable"],
      ["REJECTED", "SUBMITTED", team.MEMBER.id, null],
      ["SUBMITTED", "APPROVED", team.MANAGER.id, null],
      ["APPROVED", "DRAFT", team.ADMIN.id, "Client asked to split Monday"],
    ]);
    // Open again: time can be logged in it.
    dataOf(await log(team.MEMBER.token, THURSDAY, 1));

    // The audit log (written from the change's outbox event) shows who reopened it.
    await expect
      .poll(
        async () => {
          const { auditLog } = dataOf(
            await execute(url, AuditLogDocument, {
              token: team.owner.token,
              variables: { filter: { entityType: { eq: "WeeklyTimesheet" }, actorId: { eq: team.ADMIN.id } } },
            }),
          );
          return auditLog.nodes.map((entry) => ({ entityId: entry.entityId, before: entry.before, after: entry.after }));
        },
        { timeout: 15_000, interval: 100 },
      )
      .toEqual([
        {
          entityId: timesheetId,
          before: expect.objectContaining({ status: "APPROVED" }),
          after: expect.objectContaining({ status: "DRAFT" }),
        },
      ]);
  });

  it("shows a MEMBER only their own weeks, and an approver everyone's", async () => {
    expect(problem(await weekOf(team.MEMBER.token, MONDAY, team.MANAGER.id)).code).toBe("FORBIDDEN");
    const mine = dataOf(await execute(url, WeeklyTimesheetsDocument, { token: team.MEMBER.token })).weeklyTimesheets;
    expect(mine.nodes.map((node) => [node.user.id, node.weekStart, node.status])).toEqual([
      [team.MEMBER.id, MONDAY, "DRAFT"],
      [team.MEMBER.id, "2026-11-09", "SUBMITTED"],
    ]);
    const submitted = dataOf(
      await execute(url, WeeklyTimesheetsDocument, { token: team.MANAGER.token, variables: { filter: { status: { eq: "SUBMITTED" } } } }),
    ).weeklyTimesheets;
    expect(submitted.nodes.map((node) => [node.user.id, node.weekStart])).toEqual([
      [team.MANAGER.id, MONDAY],
      [team.MEMBER.id, "2026-11-09"],
    ]);
    const membersWeek = dataOf(await weekOf(team.MANAGER.token, MONDAY, team.MEMBER.id)).weeklyTimesheet;
    expect(membersWeek).toMatchObject({ id: timesheetId, totalHours: 17, user: { id: team.MEMBER.id } });
    const stranger = await weekOf(team.MANAGER.token, MONDAY, "0190a000-0000-7000-8000-00000000dead");
    expect(problem(stranger)).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
  });
});

describe("timesheet subscriptions through the gateway", () => {
  /** A week of its own for these tests (2026-W44), so the flow above does not show up here. */
  const WEEK = "2026-10-28";

  it("tells the submitter and the approvers, live, as the week is submitted and approved", async () => {
    const mine = collect(subscribe(live(team.MEMBER.token), TimesheetChangedDocument, { userId: team.MEMBER.id, acknowledge: true }));
    const watched = collect(subscribe(live(team.MANAGER.token), TimesheetChangedDocument, { userId: team.MEMBER.id }));
    const queue = collect(subscribe(live(team.MANAGER.token), TimesheetApprovalsChangedDocument, { acknowledge: true }));
    await vi.waitFor(() => expect(mine.data()).toHaveLength(1), WAIT);
    await vi.waitFor(() => expect(queue.data()).toHaveLength(1), WAIT);
    expect(mine.data()[0]!.timesheetChanged).toMatchObject({
      kind: "SUBSCRIBED",
      timesheet: null,
      user: { id: team.MEMBER.id },
      actor: null,
    });
    expect(queue.data()[0]!.timesheetApprovalsChanged).toMatchObject({ kind: "SUBSCRIBED", timesheet: null, user: null });

    dataOf(await log(team.MEMBER.token, WEEK, 6));
    const { timesheet } = dataOf(
      await execute(url, SubmitTimesheetDocument, { token: team.MEMBER.token, variables: { input: { week: WEEK } } }),
    ).submitTimesheet;
    dataOf(await execute(url, ApproveTimesheetDocument, { token: team.MANAGER.token, variables: { input: { id: timesheet.id } } }));

    const changes = (results: { timesheetChanged: { kind: string } }[]) => results.map((result) => result.timesheetChanged.kind);
    await vi.waitFor(() => expect(changes(mine.data())).toEqual(["SUBSCRIBED", "SUBMITTED", "APPROVED"]), WAIT);
    await vi.waitFor(() => expect(changes(watched.data())).toEqual(["SUBMITTED", "APPROVED"]), WAIT);
    await vi.waitFor(
      () => expect(queue.data().map((result) => result.timesheetApprovalsChanged.kind)).toEqual(["SUBSCRIBED", "SUBMITTED", "APPROVED"]),
      WAIT,
    );
    const [, submitted, approved] = mine.data().map((result) => result.timesheetChanged);
    expect(submitted).toMatchObject({
      timesheetId: timesheet.id,
      weekStart: "2026-10-26",
      status: "SUBMITTED",
      previousStatus: "DRAFT",
      actor: { id: team.MEMBER.id },
      user: { id: team.MEMBER.id, name: "Member User" },
    });
    // Each event is resolved when it is delivered: the week as it is by then.
    expect(approved).toMatchObject({
      status: "APPROVED",
      previousStatus: "SUBMITTED",
      actor: { id: team.MANAGER.id },
      timesheet: { id: timesheet.id, totalHours: 6 },
    });
    expect(queue.data()[1]!.timesheetApprovalsChanged).toMatchObject({
      kind: "SUBMITTED",
      user: { id: team.MEMBER.id },
      timesheetId: timesheet.id,
    });
    await Promise.all([mine.stop(), watched.stop(), queue.stop()]);
  });

  it("lets a MEMBER follow only their own weeks, and nobody who tracks no time follow the queue", async () => {
    const refusal = async (
      token: string,
      document: typeof TimesheetChangedDocument | typeof TimesheetApprovalsChangedDocument,
      variables: Record<string, unknown>,
    ) => {
      const watch = collect(subscribe(live(token), document as typeof TimesheetChangedDocument, variables as { userId: string }));
      await vi.waitFor(() => expect(watch.ended.current).toBe(true), WAIT);
      return (watch.failure.current as { extensions?: { code?: string }; message?: string }[])[0];
    };
    expect(await refusal(team.MEMBER.token, TimesheetChangedDocument, { userId: team.MANAGER.id })).toMatchObject({
      extensions: { code: "FORBIDDEN" },
      message: `You may follow only your own weeks (MANAGER and above: any member's; a team's lead: the team's members'); not those of user ${team.MANAGER.id}`,
    });
    expect((await refusal(team.VIEWER.token, TimesheetChangedDocument, { userId: team.MEMBER.id }))?.extensions?.code).toBe("FORBIDDEN");
    // A MEMBER follows the queue of the weeks they decide as a team's lead (none here); a VIEWER decides none.
    expect((await refusal(team.VIEWER.token, TimesheetApprovalsChangedDocument, {}))?.extensions?.code).toBe("FORBIDDEN");
    // A user of no shared workspace is not someone whose weeks anyone here follows.
    const stranger = "0190a000-0000-7000-8000-00000000dead";
    expect((await refusal(team.owner.token, TimesheetChangedDocument, { userId: stranger }))?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("timers through the gateway", () => {
  it("runs one timer per user, visible on User.runningTimer, and logs it as an entry when stopped", async () => {
    const token = team.MEMBER.token;
    const started = dataOf(
      await execute(url, StartTimerDocument, { token, variables: { input: { taskId, projectId, note: "Pairing on the flow" } } }),
    ).startTimer.runningTimer;
    expect(started).toMatchObject({
      note: "Pairing on the flow",
      billable: true,
      elapsedHours: 0.01,
      task: { id: taskId, title: "Build the weekly flow" },
    });
    const second = await execute(url, StartTimerDocument, { token, variables: { input: { taskId, projectId } } });
    expect(problem(second).code).toBe("CONFLICT");
    expect(second.errors?.[0]?.extensions?.runningTimer).toMatchObject({ taskId, startedAt: started.startedAt });

    // Seen by its owner and by a manager; not by another member.
    const read = async (as: string) =>
      dataOf(await execute(url, RunningTimerDocument, { token: as, variables: { userId: team.MEMBER.id } })).user;
    expect((await read(token))?.runningTimer).toMatchObject({ startedAt: started.startedAt, task: { id: taskId } });
    expect((await read(team.MANAGER.token))?.runningTimer).toMatchObject({ startedAt: started.startedAt });
    expect((await read(team.VIEWER.token))?.runningTimer).toBeNull();

    const entry = dataOf(await execute(url, StopTimerDocument, { token, variables: { input: { note: "Paired with Ana" } } })).stopTimer
      .timeEntry;
    // Dated the day it started (the workspace's time zone is UTC here); a timer stopped at once logs 0.01 h.
    expect(entry).toMatchObject({
      date: started.startedAt.slice(0, 10),
      hours: 0.01,
      note: "Paired with Ana",
      billable: true,
      task: { id: taskId },
    });
    expect((await read(token))?.runningTimer).toBeNull();
    expect(problem(await execute(url, StopTimerDocument, { token })).code).toBe("NOT_FOUND");

    dataOf(await execute(url, StartTimerDocument, { token, variables: { input: { taskId, projectId } } }));
    expect(dataOf(await execute(url, DiscardTimerDocument, { token })).discardTimer.discarded).toBe(true);
    expect(dataOf(await execute(url, DiscardTimerDocument, { token })).discardTimer.discarded).toBe(false);
    expect(
      problem(await execute(url, StartTimerDocument, { token: team.VIEWER.token, variables: { input: { taskId, projectId } } })).code,
    ).toBe("FORBIDDEN");
  });
});

describe("non-project time through the gateway", () => {
  it("logs time in a category of the workspace's catalogue instead of a task, with the category's billability", async () => {
    const byMember = await execute(url, CreateTimeCategoryDocument, {
      token: team.MEMBER.token,
      variables: { input: { name: "Meetings" } },
    });
    expect(problem(byMember).code).toBe("FORBIDDEN");
    const meetings = dataOf(
      await execute(url, CreateTimeCategoryDocument, { token: team.MANAGER.token, variables: { input: { name: " Meetings " } } }),
    ).createTimeCategory.timeCategory;
    expect(meetings).toMatchObject({ name: "Meetings", billable: false, archived: false, version: 1 });
    const twice = await execute(url, CreateTimeCategoryDocument, { token: team.MANAGER.token, variables: { input: { name: "Meetings" } } });
    expect(problem(twice)).toMatchObject({ code: "CONFLICT", field: "input.name" });
    const support = dataOf(
      await execute(url, CreateTimeCategoryDocument, {
        token: team.MANAGER.token,
        variables: { input: { name: "Customer support", billable: true } },
      }),
    ).createTimeCategory.timeCategory;

    const logIn = (categoryId: string, extra: Record<string, unknown> = {}) =>
      execute(url, LogTimeDocument, {
        token: team.MEMBER.token,
        variables: { input: { categoryId, date: "2026-10-05", hours: 1.5, ...extra } },
      });
    const standUp = dataOf(await logIn(meetings.id)).logTime.timeEntry;
    const call = dataOf(await logIn(support.id)).logTime.timeEntry;
    const entries = dataOf(
      await execute(url, TimeEntriesDocument, { token: team.MEMBER.token, variables: { filter: { categoryId: { isNull: false } } } }),
    ).timeEntries.nodes;
    expect(entries.map((entry) => [entry.id, entry.category?.name, entry.task, entry.project, entry.billable]).sort()).toEqual(
      [
        [standUp.id, "Meetings", null, null, false],
        [call.id, "Customer support", null, null, true],
      ].sort(),
    );

    // A task and a category at once, or neither, or an archived category: BAD_USER_INPUT naming the field, nothing written.
    expect(problem(await logIn(meetings.id, { taskId, projectId }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.categoryId" });
    const neither = await execute(url, LogTimeDocument, {
      token: team.MEMBER.token,
      variables: { input: { date: "2026-10-05", hours: 1 } },
    });
    expect(problem(neither)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.taskId" });
    dataOf(
      await execute(url, UpdateTimeCategoryDocument, {
        token: team.MANAGER.token,
        variables: { input: { id: meetings.id, archived: true } },
      }),
    );
    expect(problem(await logIn(meetings.id))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.categoryId" });
    const listed = dataOf(
      await execute(url, TimeCategoriesDocument, { token: team.VIEWER.token, variables: { filter: { archived: false } } }),
    );
    expect(listed.timeCategories.nodes.map((category) => category.name)).toEqual(["Customer support"]);
    // The week as CSV: names from their owners, non-project time by category, a note that looks like a formula defused.
    dataOf(
      await execute(url, LogTimeDocument, {
        token: team.MEMBER.token,
        variables: { input: { taskId, projectId, date: "2026-10-06", hours: 2, note: '=HYPERLINK("http://evil.example")' } },
      }),
    );
    const csv = dataOf(
      await execute(url, TimesheetCsvDocument, { token: team.MANAGER.token, variables: { week: "2026-10-07", userId: team.MEMBER.id } }),
    ).timesheetCsv;
    expect(csv).toMatchObject({
      filename: `timesheet-2026-W41-${team.MEMBER.id}.csv`,
      contentType: "text/csv; charset=utf-8; header=present",
      rowCount: 3,
    });
    expect(csv.content.split("\r\n")).toEqual([
      "date,person,project,task,category,hours,billable,note",
      expect.stringMatching(/^2026-10-05,Member User,,,(Meetings|Customer support),1.5,(true|false),$/),
      expect.stringMatching(/^2026-10-05,Member User,,,(Meetings|Customer support),1.5,(true|false),$/),
      `2026-10-06,Member User,Timesheets,Build the weekly flow,,2,true,"'=HYPERLINK(""http://evil.example"")"`,
      "",
    ]);
    expect(
      problem(await execute(url, TimesheetCsvDocument, { token: team.VIEWER.token, variables: { userId: team.MEMBER.id } })).code,
    ).toBe("FORBIDDEN");
    // By project, non-project time is nobody's: only the task's 2 hours show, the total has all 5.
    const byProject = dataOf(
      await execute(url, UtilizationDocument, {
        token: team.MEMBER.token,
        variables: { groupBy: "PROJECT", period: { from: "2026-10-05", to: "2026-10-11" } },
      }),
    ).utilization;
    expect(byProject.rows.nodes.map((row) => [row.project?.name, row.loggedHours])).toEqual([["Timesheets", 2]]);
    expect(byProject.total.loggedHours).toBe(5);
    // Its week counts non-project time like any other.
    expect(dataOf(await weekOf(team.MEMBER.token, "2026-10-05")).weeklyTimesheet).toMatchObject({
      totalHours: 5,
      billableHours: 3.5,
      entryCount: 3,
    });
  });
});

describe("what timesheets knows of portfolio's tasks", () => {
  it("forgets the tasks of a deleted project: no time is logged on them after", async () => {
    const doomed = await buildProject(url, team.MANAGER.token, { name: "Short-lived" });
    const task = await buildTask(url, team.MANAGER.token, doomed.id, { title: "Never finished" });
    // Once the record has the task (its creation event arrived), entries are checked against it.
    dataOf(await log2(task.id, doomed.id));
    const deleteProject = `mutation($input: DeleteProjectInput!) { deleteProject(input: $input) { deletedProjectId } }`;
    dataOf(await execute(url, deleteProject, { token: team.MANAGER.token, variables: { input: { id: doomed.id } } }));
    await expect
      .poll(async () => problem(await log2(task.id, doomed.id)), { timeout: 15_000, interval: 100 })
      .toMatchObject({ code: "BAD_USER_INPUT", field: "input.taskId" });
  });
});

const log2 = (task: string, project: string) =>
  execute(url, LogTimeDocument, {
    token: team.MEMBER.token,
    variables: { input: { taskId: task, projectId: project, date: "2026-09-01", hours: 0.5 } },
  });
