import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Client } from "graphql-ws";
import {
  AddWorkspaceMemberDocument,
  ApproveTimesheetDocument,
  dataOf,
  execute,
  LogTimeDocument,
  RejectTimesheetDocument,
  ReopenTimesheetDocument,
  SubmitTimesheetDocument,
  TimesheetCsvDocument,
  TimesheetApprovalsChangedDocument,
  TimesheetChangedDocument,
  TimesheetsAwaitingApprovalDocument,
  WeeklyTimesheetDocument,
  WeeklyTimesheetsDocument,
} from "@plateau/client";
import {
  buildProject,
  buildTask,
  buildUser,
  buildWorkspaceWithTeam,
  collect,
  createLiveClient,
  loginAs,
  problem,
  subscribe,
} from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";

/**
 * A team with a lead, through the gateway: the lead approves the team's members' weeks (and nobody
 * else's), and the team's utilisation, published by timesheets when a week is submitted, opens insights'
 * TEAM_OVERLOAD risk on the team's project. The workspace works 40 hours a week, Monday to Friday, in UTC.
 */

let graph: RunningGraph;
let url: string;
let ws: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let lead: { id: string; token: string };
let worker: { id: string; token: string };
let teamId: string;
let projectId: string;
let taskId: string;

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const today = new Date().toISOString().slice(0, 10);
const thisMonday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
/** The last four complete weeks' Mondays, oldest first: the period timesheets publishes. */
const WEEKS = [4, 3, 2, 1].map((weeksAgo) => addDays(thisMonday, -7 * weeksAgo));
const LAST_WEEK = WEEKS[3]!;
const PERIOD = { from: WEEKS[0]!, to: addDays(LAST_WEEK, 6) };

const WAIT = { timeout: 15_000, interval: 50 };
const clients: Client[] = [];
const gql = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await execute<T>(url, query, { token, variables }));

/** A new MEMBER of the workspace, signed in to it. */
async function newMember(name: string) {
  const user = await buildUser(url, { name });
  dataOf(
    await execute(url, AddWorkspaceMemberDocument, { token: ws.owner.token, variables: { input: { userId: user.id, role: "MEMBER" } } }),
  );
  return { id: user.id, token: await loginAs(url, user.email, ws.workspaceId) };
}

/** `timesheet(id:)` as `token` sees it: null for a week they may not read. */
const weekById = async (token: string, id: string) =>
  (
    await gql<{ timesheet: { status: string; user: { id: string } } | null }>(
      token,
      `query($id: ID!) { timesheet(id: $id) { status user { id } } }`,
      {
        id,
      },
    )
  ).timesheet;

const submit = (token: string, week: string) => execute(url, SubmitTimesheetDocument, { token, variables: { input: { week } } });

beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
  ws = await buildWorkspaceWithTeam(url);
  lead = await newMember("Lena Lead");
  worker = await newMember("Walter Worker");
  // The lead is named on creation, and joins the team with it; the worker is added.
  const { createTeam } = await gql<{ createTeam: { team: { id: string; lead: { id: string }; members: { id: string }[] } } }>(
    ws.MANAGER.token,
    `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id lead { id } members { id } } } }`,
    { input: { name: "Platform", leadId: lead.id } },
  );
  teamId = createTeam.team.id;
  expect(createTeam.team.lead.id).toBe(lead.id);
  expect(createTeam.team.members.map((m) => m.id)).toEqual([lead.id]);
  await gql(ws.MANAGER.token, `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`, {
    input: { teamId, userId: worker.id },
  });
  projectId = (await buildProject(url, ws.MANAGER.token, { name: "Platform rebuild", teamId })).id;
  taskId = (await buildTask(url, ws.MANAGER.token, projectId, { title: "Migrate the cluster" })).id;
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await graph?.close();
});

describe("a team's lead approves the team's weeks", () => {
  it("queues the team's members' submitted weeks for their lead, who approves and rejects them, and nobody else's", async () => {
    // Each logs 38 hours in each of the last four weeks (19 on Monday, 19 on Tuesday).
    for (const person of [lead, worker]) {
      for (const monday of WEEKS) {
        for (const date of [monday, addDays(monday, 1)]) {
          dataOf(
            await execute(url, LogTimeDocument, { token: person.token, variables: { input: { taskId, projectId, date, hours: 19 } } }),
          );
        }
      }
    }
    const workers = [
      dataOf(await submit(worker.token, WEEKS[2]!)).submitTimesheet.timesheet,
      dataOf(await submit(worker.token, LAST_WEEK)).submitTimesheet.timesheet,
    ];
    const leads = dataOf(await submit(lead.token, LAST_WEEK)).submitTimesheet.timesheet;
    // A colleague outside the team submits too: not the lead's to decide.
    dataOf(
      await execute(url, LogTimeDocument, {
        token: ws.MEMBER.token,
        variables: { input: { taskId, projectId, date: LAST_WEEK, hours: 8 } },
      }),
    );
    const outsider = dataOf(await submit(ws.MEMBER.token, LAST_WEEK)).submitTimesheet.timesheet;

    const queueOf = async (token: string) =>
      dataOf(await execute(url, TimesheetsAwaitingApprovalDocument, { token })).timesheetsAwaitingApproval.nodes.map(
        (node) => `${node.user.id === worker.id ? "worker" : node.user.id === lead.id ? "lead" : "outsider"} ${node.weekStart}`,
      );
    expect(await queueOf(lead.token)).toEqual([`worker ${WEEKS[2]}`, `worker ${LAST_WEEK}`]);
    expect(await queueOf(worker.token)).toEqual([]);
    expect((await queueOf(ws.MANAGER.token)).sort()).toEqual(
      [`lead ${LAST_WEEK}`, `outsider ${LAST_WEEK}`, `worker ${WEEKS[2]}`, `worker ${LAST_WEEK}`].sort(),
    );

    // The lead reads the team's members' weeks, not an outsider's.
    expect(
      dataOf(await execute(url, WeeklyTimesheetDocument, { token: lead.token, variables: { week: LAST_WEEK, userId: worker.id } }))
        .weeklyTimesheet,
    ).toMatchObject({
      status: "SUBMITTED",
      totalHours: 38,
    });
    const outsiders = await execute(url, WeeklyTimesheetDocument, {
      token: lead.token,
      variables: { week: LAST_WEEK, userId: ws.MEMBER.id },
    });
    expect(problem(outsiders)).toMatchObject({
      code: "FORBIDDEN",
      message: "Only a MANAGER or above, or the lead of a team they belong to, may read another user's weeks",
    });
    const listed = dataOf(await execute(url, WeeklyTimesheetsDocument, { token: lead.token })).weeklyTimesheets.nodes;
    expect(new Set(listed.map((node) => node.user.id))).toEqual(new Set([lead.id, worker.id]));

    // By id and as CSV too; and the lead may withdraw a submitted week of the team (it is a DRAFT again), then it is resubmitted.
    expect(await weekById(lead.token, workers[1]!.id)).toMatchObject({
      status: "SUBMITTED",
      user: { id: worker.id },
    });
    expect(await weekById(lead.token, outsider.id)).toBeNull();
    const csv = dataOf(
      await execute(url, TimesheetCsvDocument, { token: lead.token, variables: { week: LAST_WEEK, userId: worker.id } }),
    ).timesheetCsv;
    expect(csv).toMatchObject({ rowCount: 2, content: expect.stringContaining("Walter Worker") });
    const withdrawn = dataOf(
      await execute(url, ReopenTimesheetDocument, { token: lead.token, variables: { input: { id: workers[1]!.id } } }),
    ).reopenTimesheet.timesheet;
    expect(withdrawn).toMatchObject({ status: "DRAFT", locked: false });
    dataOf(await submit(worker.token, LAST_WEEK));

    // Decisions: the lead approves one week and rejects the other; not their own, not an outsider's.
    const approved = dataOf(
      await execute(url, ApproveTimesheetDocument, { token: lead.token, variables: { input: { id: workers[1]!.id } } }),
    ).approveTimesheet.timesheet;
    expect(approved).toMatchObject({ status: "APPROVED", decidedBy: { id: lead.id } });
    const rejected = dataOf(
      await execute(url, RejectTimesheetDocument, {
        token: lead.token,
        variables: { input: { id: workers[0]!.id, reason: "Split Monday by task" } },
      }),
    ).rejectTimesheet.timesheet;
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionReason: "Split Monday by task" });
    const own = await execute(url, ApproveTimesheetDocument, { token: lead.token, variables: { input: { id: leads.id } } });
    expect(problem(own)).toMatchObject({ code: "FORBIDDEN", message: "Nobody may approve their own week" });
    // A week not of the lead's team is one they cannot see, as `timesheet(id)` answers null for it.
    const notTheirs = await execute(url, ApproveTimesheetDocument, { token: lead.token, variables: { input: { id: outsider.id } } });
    expect(problem(notTheirs).code).toBe("NOT_FOUND");
    // A member who leads nothing is refused whatever the id, so the answer tells nothing about whose weeks exist.
    for (const id of [leads.id, "0190a000-0000-7000-8000-00000000beef"]) {
      const byWorker = await execute(url, ApproveTimesheetDocument, { token: worker.token, variables: { input: { id } } });
      expect(problem(byWorker)).toMatchObject({
        code: "FORBIDDEN",
        message: "Only a MANAGER or above, or a team's lead, may approve a week",
      });
    }
    expect(
      dataOf(
        await execute(url, WeeklyTimesheetDocument, { token: ws.MANAGER.token, variables: { week: LAST_WEEK, userId: outsider.user.id } }),
      ).weeklyTimesheet.status,
    ).toBe("SUBMITTED");
  });
});

const RISKS = `query($id: ID!) { project(id: $id) { risks(includeResolved: true) { rule severity status metric threshold detail
  evidence { ... on TeamOverloadEvidence { team { id name } periodFrom periodTo utilization loggedHours capacityHours } } } } }`;

/** The project's TEAM_OVERLOAD assessments, as a VIEWER reads them. */
async function overloads() {
  const { project } = await gql<{ project: { risks: { rule: string; status: string }[] } }>(ws.VIEWER.token, RISKS, { id: projectId });
  return project.risks.filter((risk) => risk.rule === "TEAM_OVERLOAD");
}

describe("insights' TEAM_OVERLOAD from the team's utilisation", () => {
  it("opens on the team's project when a submitted week shows the team above 90%, with the team, the period and the hours as evidence", async () => {
    // Submitted above: the lead and the worker each logged 152 h of their 160 h over the last four weeks.
    await vi.waitFor(async () => expect(await overloads()).toHaveLength(1), WAIT);
    expect(await overloads()).toEqual([
      {
        rule: "TEAM_OVERLOAD",
        severity: "MEDIUM",
        status: "OPEN",
        metric: 95,
        threshold: 90,
        detail: `The team logged 304 h against 320 h of capacity from ${PERIOD.from} to ${PERIOD.to} (95% utilised, above 90%)`,
        evidence: {
          team: { id: teamId, name: "Platform" },
          periodFrom: PERIOD.from,
          periodTo: PERIOD.to,
          utilization: 0.95,
          loggedHours: 304,
          capacityHours: 320,
        },
      },
    ]);
  });
});

describe("a team's lead's queue, live", () => {
  it("tells the lead of the team's members' weeks joining and leaving the queue, not of others'", async () => {
    const client = createLiveClient({ url, token: lead.token, retryAttempts: 0 });
    clients.push(client);
    const queue = collect(subscribe(client, TimesheetApprovalsChangedDocument, { acknowledge: true }));
    await vi.waitFor(() => expect(queue.data()).toHaveLength(1), WAIT);
    // The owner (in no team of the lead's) submits first, then the worker.
    const week = WEEKS[1]!;
    dataOf(
      await execute(url, LogTimeDocument, { token: ws.owner.token, variables: { input: { taskId, projectId, date: week, hours: 3 } } }),
    );
    dataOf(await submit(ws.owner.token, week));
    const { timesheet } = dataOf(await submit(worker.token, week)).submitTimesheet;
    dataOf(await execute(url, ApproveTimesheetDocument, { token: lead.token, variables: { input: { id: timesheet.id } } }));
    const seen = () =>
      queue.data().map((event) => `${event.timesheetApprovalsChanged.kind} ${event.timesheetApprovalsChanged.user?.id ?? "-"}`);
    await vi.waitFor(() => expect(seen()).toEqual(["SUBSCRIBED -", `SUBMITTED ${worker.id}`, `APPROVED ${worker.id}`]), WAIT);
    await queue.stop();
  });
});

describe("a team's lead, changed", () => {
  it("lets the lead follow a team member's weeks live, and stops deciding once no longer lead", async () => {
    const client = createLiveClient({ url, token: lead.token, retryAttempts: 0 });
    clients.push(client);
    const watch = collect(subscribe(client, TimesheetChangedDocument, { userId: worker.id, acknowledge: true }));
    await vi.waitFor(() => expect(watch.data()).toHaveLength(1), WAIT);
    const week = WEEKS[0]!;
    const { timesheet } = dataOf(await submit(worker.token, week)).submitTimesheet;
    await vi.waitFor(() => expect(watch.data().map((d) => d.timesheetChanged.kind)).toEqual(["SUBSCRIBED", "SUBMITTED"]), WAIT);
    await watch.stop();

    // The manager names someone else lead: the queue empties and the decision is refused.
    await gql(ws.MANAGER.token, `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id } } }`, {
      input: { id: teamId, leadId: ws.MEMBER.id },
    });
    expect(
      dataOf(await execute(url, TimesheetsAwaitingApprovalDocument, { token: lead.token })).timesheetsAwaitingApproval.totalCount,
    ).toBe(0);
    const refused = await execute(url, ApproveTimesheetDocument, { token: lead.token, variables: { input: { id: timesheet.id } } });
    expect(problem(refused).code).toBe("FORBIDDEN");
    expect(await weekById(lead.token, timesheet.id)).toBeNull();
    const approved = await execute(url, ApproveTimesheetDocument, { token: ws.MEMBER.token, variables: { input: { id: timesheet.id } } });
    expect(dataOf(approved).approveTimesheet.timesheet).toMatchObject({ status: "APPROVED", decidedBy: { id: ws.MEMBER.id } });

    // The new lead joined the team with the 8 hours they logged: 312 h of 480 h (65%) on that decision's
    // measurement, and the risk resolves.
    await vi.waitFor(async () => expect((await overloads()).map((risk) => risk.status)).toEqual(["RESOLVED"]), WAIT);
  });
});
