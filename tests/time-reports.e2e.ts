import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddCapacityOverrideDocument,
  AddNonWorkingDayDocument,
  dataOf,
  execute,
  LogTimeDocument,
  MoveTaskDocument,
  MyProductivityDocument,
  NonWorkingDaysDocument,
  TeamProductivityDocument,
  TimeSettingsDocument,
  UpdateTimeSettingsDocument,
  UtilizationCsvDocument,
  UtilizationDocument,
} from "@plateau/client";
import type { Weekday } from "@plateau/client";
import { buildProject, buildTask, buildWorkspaceWithTeam, problem } from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";

/**
 * Capacity, utilisation and productivity through the gateway, on a worked example over two ISO weeks
 * (the last one and this one, so the tasks completed now fall inside): every figure below is worked out
 * by hand in the comments, as docs/api/timesheets.md defines it.
 */

let graph: RunningGraph;
let url: string;
let team: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let projectId: string;
let teamId: string;

const TIME_ZONE = "Europe/Paris";
const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** Today where the workspace is: the day the tasks completed below are completed on. */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(
  new Date(),
);
const thisMonday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
const lastMonday = addDays(thisMonday, -7);
const PERIOD = { from: lastMonday, to: addDays(thisMonday, 6) };

const gql = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await execute<T>(url, query, { token, variables }));

beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
  team = await buildWorkspaceWithTeam(url);
  const manager = team.MANAGER.token;
  projectId = (await buildProject(url, manager, { name: "Reports" })).id;
  const { createTeam } = await gql<{ createTeam: { team: { id: string } } }>(
    manager,
    `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`,
    { input: { name: "Delivery" } },
  );
  teamId = createTeam.team.id;
  for (const userId of [team.MEMBER.id, team.MANAGER.id, team.ADMIN.id]) {
    await gql(manager, `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`, {
      input: { teamId, userId },
    });
  }
});
afterAll(() => graph?.close());

describe("capacity, utilisation and productivity through the gateway", () => {
  it("keeps the workspace's working time, people's own capacity, holidays and leave, each for the roles that may set them", async () => {
    expect(dataOf(await execute(url, TimeSettingsDocument, { token: team.MEMBER.token })).timeSettings).toEqual({
      hoursPerWeek: 40,
      workingDays: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
      timeZone: "UTC",
      version: 0,
    });
    const byManager = await execute(url, UpdateTimeSettingsDocument, {
      token: team.MANAGER.token,
      variables: { input: { timeZone: TIME_ZONE } },
    });
    expect(problem(byManager).code).toBe("FORBIDDEN");
    const badZone = await execute(url, UpdateTimeSettingsDocument, {
      token: team.ADMIN.token,
      variables: { input: { timeZone: "Mars/Olympus" } },
    });
    expect(problem(badZone)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.timeZone" });
    const twice = await execute(url, UpdateTimeSettingsDocument, {
      token: team.ADMIN.token,
      variables: { input: { workingDays: ["MONDAY", "MONDAY"] } },
    });
    expect(problem(twice)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.workingDays" });
    const { timeSettings } = dataOf(
      await execute(url, UpdateTimeSettingsDocument, {
        token: team.ADMIN.token,
        variables: { input: { timeZone: TIME_ZONE, expectedVersion: 0 } },
      }),
    ).updateTimeSettings;
    expect(timeSettings).toEqual({
      hoursPerWeek: 40,
      workingDays: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
      timeZone: TIME_ZONE,
      version: 1,
    });

    // Last week's Wednesday is a holiday (set by a manager; a member may not), its Friday the member's leave (set by the member).
    const holiday = { date: addDays(lastMonday, 2), name: "Founders' Day" };
    expect(problem(await execute(url, AddNonWorkingDayDocument, { token: team.MEMBER.token, variables: { input: holiday } })).code).toBe(
      "FORBIDDEN",
    );
    dataOf(await execute(url, AddNonWorkingDayDocument, { token: team.MANAGER.token, variables: { input: holiday } }));
    const again = await execute(url, AddNonWorkingDayDocument, { token: team.MANAGER.token, variables: { input: holiday } });
    expect(problem(again)).toMatchObject({ code: "CONFLICT", field: "input.date" });
    const leave = { date: addDays(lastMonday, 4), name: "Annual leave", userId: team.MEMBER.id };
    dataOf(await execute(url, AddNonWorkingDayDocument, { token: team.MEMBER.token, variables: { input: leave } }));
    const othersLeave = await execute(url, AddNonWorkingDayDocument, {
      token: team.MEMBER.token,
      variables: { input: { ...leave, userId: team.MANAGER.id } },
    });
    expect(problem(othersLeave).code).toBe("FORBIDDEN");
    const visible = dataOf(await execute(url, NonWorkingDaysDocument, { token: team.VIEWER.token })).nonWorkingDays;
    expect(visible.nodes.map((day) => day.name)).toEqual(["Founders' Day"]);
    // The same day of leave added twice at once (well after the period below): one is added, the other is CONFLICT.
    const dentist = { date: addDays(thisMonday, 60), name: "Dentist", userId: team.ADMIN.id };
    const addedTwice = await Promise.all(
      [0, 1].map(() => execute(url, AddNonWorkingDayDocument, { token: team.ADMIN.token, variables: { input: dentist } })),
    );
    expect(addedTwice.map((result) => (result.errors ? problem(result).code : "ADDED")).sort()).toEqual(["ADDED", "CONFLICT"]);

    // From this Monday the admin works part-time: 20 hours over Monday to Wednesday.
    const partTime = {
      userId: team.ADMIN.id,
      from: thisMonday,
      hoursPerWeek: 20,
      workingDays: ["MONDAY", "TUESDAY", "WEDNESDAY"] as Weekday[],
    };
    const byMember = await execute(url, AddCapacityOverrideDocument, { token: team.MEMBER.token, variables: { input: partTime } });
    expect(problem(byMember).code).toBe("FORBIDDEN");
    const backwards = await execute(url, AddCapacityOverrideDocument, {
      token: team.MANAGER.token,
      variables: { input: { ...partTime, to: lastMonday } },
    });
    expect(problem(backwards)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.to" });
    const { capacityOverride } = dataOf(
      await execute(url, AddCapacityOverrideDocument, { token: team.MANAGER.token, variables: { input: partTime } }),
    ).addCapacityOverride;
    expect(capacityOverride).toMatchObject({
      from: thisMonday,
      to: null,
      hoursPerWeek: 20,
      workingDays: ["MONDAY", "TUESDAY", "WEDNESDAY"],
    });
  });

  it("reports utilisation by person, week, team and project against capacity", async () => {
    // Last week: the member logs Monday 8 h, Tuesday 8 h, Thursday 8 h (not billable); the manager Monday 6 h.
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Reporting" });
    for (const [token, day, hours, billable] of [
      [team.MEMBER.token, 0, 8, true],
      [team.MEMBER.token, 1, 8, true],
      [team.MEMBER.token, 3, 8, false],
      [team.MANAGER.token, 0, 6, true],
    ] as const) {
      const input = { taskId: task.id, projectId, date: addDays(lastMonday, day), hours, billable };
      dataOf(await execute(url, LogTimeDocument, { token, variables: { input } }));
    }
    const report = async (token: string, groupBy: "USER" | "TEAM" | "PROJECT" | "WEEK", filter?: Record<string, unknown>) =>
      execute(url, UtilizationDocument, { token, variables: { groupBy, period: PERIOD, filter } });

    // Capacity over the two weeks (8 h a day, Monday to Friday): the member 10 days less the holiday and the
    // leave = 8 days = 64 h; the manager 9 days = 72 h; the admin 4 days last week (32 h) and this week 3 days
    // of 20/3 h (20 h) = 52 h. Without a filter the report covers who logged time: the member and the manager.
    const byUser = dataOf(await report(team.MANAGER.token, "USER")).utilization;
    expect(byUser.total).toEqual({
      loggedHours: 30,
      billableHours: 22,
      capacityHours: 136,
      utilization: 0.2206,
      billableUtilization: 0.1618,
      people: 2,
    });
    expect(
      byUser.rows.nodes.map((row) => [row.user?.name, row.loggedHours, row.billableHours, row.capacityHours, row.utilization]),
    ).toEqual([
      ["Member User", 24, 16, 64, 0.375],
      ["Manager User", 6, 6, 72, 0.0833],
    ]);

    // The team: all three members, the admin's 52 h of capacity included.
    const byWeek = dataOf(await report(team.MANAGER.token, "WEEK", { teamId })).utilization;
    expect(byWeek.rows.nodes.map((row) => [row.weekStart, row.loggedHours, row.capacityHours, row.utilization, row.people])).toEqual([
      // last week: member 3 days (24 h), manager 4 days (32 h), admin 4 days (32 h) = 88 h; 30 / 88
      [lastMonday, 30, 88, 0.3409, 3],
      // this week: member 40 h, manager 40 h, admin 20 h = 100 h
      [thisMonday, 0, 100, 0, 3],
    ]);
    const byTeam = dataOf(await report(team.MANAGER.token, "TEAM")).utilization;
    expect(byTeam.rows.nodes.map((row) => [row.team?.name, row.loggedHours, row.capacityHours, row.utilization, row.people])).toEqual([
      ["Delivery", 30, 136, 0.2206, 2],
    ]);
    const byProject = dataOf(await report(team.MANAGER.token, "PROJECT", { projectIds: [projectId] })).utilization;
    expect(byProject.rows.nodes.map((row) => [row.project?.name, row.loggedHours, row.capacityHours, row.utilization])).toEqual([
      ["Reports", 30, 136, 0.2206],
    ]);

    // The same report as CSV: a row per person with their name, the total last.
    const csv = dataOf(
      await execute(url, UtilizationCsvDocument, { token: team.MANAGER.token, variables: { groupBy: "USER", period: PERIOD } }),
    ).utilization.csv;
    expect(csv).toMatchObject({ filename: `utilization-by-user-${PERIOD.from}-${PERIOD.to}.csv`, rowCount: 3 });
    expect(csv.content.split("\r\n")).toEqual([
      "user,name,logged_hours,billable_hours,capacity_hours,utilization,billable_utilization,people",
      `${team.MEMBER.id},Member User,24,16,64,0.375,0.25,1`,
      `${team.MANAGER.id},Manager User,6,6,72,0.0833,0.0833,1`,
      "total,,30,22,136,0.2206,0.1618,2",
      "",
    ]);

    // A MEMBER sees only their own figures, whatever they ask; a VIEWER aggregates, not people.
    const mine = dataOf(await report(team.MEMBER.token, "USER", { teamId })).utilization;
    expect(mine.rows.nodes.map((row) => [row.user?.id, row.utilization])).toEqual([[team.MEMBER.id, 0.375]]);
    expect(mine.total).toMatchObject({ loggedHours: 24, capacityHours: 64, people: 1 });
    expect(problem(await report(team.VIEWER.token, "USER")).code).toBe("FORBIDDEN");
    // Narrowed to one person or a team, a VIEWER's aggregate would be people's figures.
    expect(problem(await report(team.VIEWER.token, "WEEK", { userIds: [team.MEMBER.id] })).code).toBe("FORBIDDEN");
    expect(problem(await report(team.VIEWER.token, "WEEK", { teamId })).code).toBe("FORBIDDEN");
    expect(dataOf(await report(team.VIEWER.token, "WEEK")).utilization.total).toMatchObject({ loggedHours: 30, capacityHours: 136 });

    // Bad periods and filters are coded errors naming the field.
    const backwards = await execute(url, UtilizationDocument, {
      token: team.MANAGER.token,
      variables: { groupBy: "USER", period: { from: thisMonday, to: lastMonday } },
    });
    expect(problem(backwards)).toMatchObject({ code: "BAD_USER_INPUT", field: "period.to" });
    const tooLong = await execute(url, UtilizationDocument, {
      token: team.MANAGER.token,
      variables: { groupBy: "USER", period: { from: "2024-01-01", to: "2026-01-01" } },
    });
    expect(problem(tooLong)).toMatchObject({ code: "BAD_USER_INPUT", field: "period.to" });
    const stranger = await report(team.MANAGER.token, "USER", { userIds: ["0190a000-0000-7000-8000-00000000dead"] });
    expect(problem(stranger)).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.userIds[0]" });
    const noTeam = await report(team.MANAGER.token, "USER", { teamId: "0190a000-0000-7000-8000-00000000dead" });
    expect(problem(noTeam)).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.teamId" });
  });

  it("scores productivity as the platform defines it, with the components beside the score (worked example)", async () => {
    // The member completes three tasks today: one due in a year (on time), one due last Monday (late), one
    // without a due date (on time). The manager completes one, due in a year. The admin completes none.
    const manager = team.MANAGER.token;
    const farAhead = addDays(today, 365);
    const tasks = [
      [team.MEMBER.id, farAhead],
      [team.MEMBER.id, lastMonday],
      [team.MEMBER.id, null],
      [team.MANAGER.id, farAhead],
    ] as const;
    for (const [assigneeId, dueDate] of tasks) {
      const task = await buildTask(url, manager, projectId, { title: `Deliver ${dueDate ?? "whenever"}`, assigneeId, dueDate });
      dataOf(await execute(url, MoveTaskDocument, { token: manager, variables: { input: { taskId: task.id, toStatus: "DONE" } } }));
    }
    const teamScores = async () =>
      dataOf(await execute(url, TeamProductivityDocument, { token: manager, variables: { teamId, period: PERIOD } })).teamProductivity;
    // Completions reach timesheets through portfolio's events, a moment after the moves.
    const completed = async () => (await teamScores()).members.nodes.map((member) => member.completedTasks).sort((a, b) => b - a);
    await expect.poll(completed, { timeout: 15_000, interval: 100 }).toEqual([3, 1, 0]);

    // The median of tasks completed per member, [3, 1, 0], is 1: each member's TasksCompleted baseline.
    //   member:  TasksCompleted min(1, 3/1) = 1, OnTimeRate 2/3, UtilizationRate 24/64 = 0.375
    //            score 100 × (0.4 × 1 + 0.3 × 2/3 + 0.3 × 0.375) = 100 × (0.4 + 0.2 + 0.1125) = 71.25, shown 71.3
    //   manager: TasksCompleted 1/1 = 1, OnTimeRate 1/1 = 1, UtilizationRate 6/72 = 0.0833
    //            score 100 × (0.4 + 0.3 + 0.025) = 72.5
    //   admin:   nothing completed, nothing logged: 0
    const scores = await teamScores();
    expect(scores).toMatchObject({
      team: { id: teamId, name: "Delivery" },
      from: PERIOD.from,
      to: PERIOD.to,
      expectedTasks: 1,
      averageScore: 47.9,
    });
    expect(
      scores.members.nodes.map((member) => [member.user.name, member.score, member.components, member.completedTasks, member.onTimeTasks]),
    ).toEqual([
      ["Manager User", 72.5, { tasksCompleted: 1, onTimeRate: 1, utilizationRate: 0.0833 }, 1, 1],
      ["Member User", 71.3, { tasksCompleted: 1, onTimeRate: 0.6667, utilizationRate: 0.375 }, 3, 2],
      ["Admin User", 0, { tasksCompleted: 0, onTimeRate: 0, utilizationRate: 0 }, 0, 0],
    ]);
    expect(scores.members.nodes[2]).toMatchObject({ loggedHours: 0, capacityHours: 52, expectedTasks: 1 });

    // The member's own: compared with their team, the same figures.
    const mine = dataOf(
      await execute(url, MyProductivityDocument, { token: team.MEMBER.token, variables: { period: PERIOD } }),
    ).myProductivity;
    expect(mine).toMatchObject({ user: { id: team.MEMBER.id }, score: 71.3, expectedTasks: 1, loggedHours: 24, capacityHours: 64 });
    // Other people's scores are for MANAGER and above.
    const asMember = await execute(url, TeamProductivityDocument, { token: team.MEMBER.token, variables: { teamId, period: PERIOD } });
    expect(problem(asMember).code).toBe("FORBIDDEN");
  });
});
