import { afterAll, beforeAll, expect, it, vi } from "vitest";
import {
  AddCapacityOverrideDocument,
  AddNonWorkingDayDocument,
  CreateTimeCategoryDocument,
  CreateWorkPackageDocument,
  dataOf,
  execute,
  LogTimeDocument,
  RejectTimesheetDocument,
  SubmitTimesheetDocument,
} from "@plateau/client";
import type { RunningGraph } from "../scripts/graph.js";
import { buildProject, buildTask, buildWorkspaceWithTeam } from "@plateau/test-kit";
import { startTestGraph } from "./harness.js";

/**
 * No N+1 anywhere in the graph: 200 tasks with their assignee (identity), the assignee's memberships
 * (workspaces), the time logged on each (timesheets) and their project (portfolio) cost the same number
 * of SQL statements per subgraph as 20 tasks do; so does a board of 100 cards against one of 10, and a
 * page of 30 projects with their tasks against one of 3.
 */
let graph: RunningGraph;
let counting = false;
const statements = new Map<string, number>();

beforeAll(async () => {
  graph = await startTestGraph({
    onQuery: (subgraph) => {
      if (counting) statements.set(subgraph, (statements.get(subgraph) ?? 0) + 1);
    },
  });
});
afterAll(() => graph?.close());

const QUERY = `{
  projects(first: 10) {
    nodes {
      name
      tasks(first: 100) { nodes { title timeLogged project { name } assignee { name memberships { role } } } }
    }
  }
}`;

/** The board of one project: every card with its assignee (identity) and time logged (timesheets). */
const BOARD = `query($projectId: ID!) {
  board(projectId: $projectId) { columns { name cards { title rank timeLogged assignee { name memberships { role } } } } }
}`;

/** A page of projects, each with a page of its tasks and their count. */
const PROJECT_PAGE = `{ projects(first: 50) { nodes { tasks(first: 20) { totalCount nodes { id title } } } } }`;

async function countStatements(url: string, token: string) {
  statements.clear();
  counting = true;
  const result = await execute<{ projects: { nodes: { tasks: { nodes: unknown[] } }[] } }>(url, QUERY, { token });
  counting = false;
  expect(result.errors).toBeUndefined();
  const tasks = result.data!.projects.nodes.reduce((sum, project) => sum + project.tasks.nodes.length, 0);
  return { tasks, perSubgraph: Object.fromEntries([...statements].sort()) };
}

async function countBoardStatements(url: string, token: string, projectId: string) {
  statements.clear();
  counting = true;
  const result = await execute<{ board: { columns: { cards: unknown[] }[] } }>(url, BOARD, { token, variables: { projectId } });
  counting = false;
  expect(result.errors).toBeUndefined();
  const cards = result.data!.board.columns.reduce((sum, column) => sum + column.cards.length, 0);
  return { cards, perSubgraph: Object.fromEntries([...statements].sort()) };
}

it("issues a constant number of SQL statements per subgraph for 20 and for 200 tasks, and for boards of 10 and 100 cards", async () => {
  const url = graph.gateway.url;
  const team = await buildWorkspaceWithTeam(url);
  const token = team.MANAGER.token;
  const assignees = [team.ADMIN.id, team.MANAGER.id, team.MEMBER.id];
  const projectIds: string[] = [];
  for (const key of ["ALPHA", "BRAVO"]) {
    projectIds.push((await buildProject(url, token, { name: key, key })).id);
  }
  const addTasks = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const projectId = projectIds[i % 2]!;
      const task = await buildTask(url, token, projectId, { title: `Task ${i}`, assigneeId: assignees[i % 3] });
      if (i % 4 === 0) {
        dataOf(
          await execute(url, LogTimeDocument, {
            token,
            variables: { input: { taskId: task.id, projectId, date: "2026-11-02", hours: 0.25 } },
          }),
        );
      }
    }
  };

  await addTasks(20);
  const few = await countStatements(url, token);
  const fewCards = await countBoardStatements(url, token, projectIds[0]!);
  await addTasks(180);
  const many = await countStatements(url, token);
  const manyCards = await countBoardStatements(url, token, projectIds[0]!);

  // The board of one project: 10 cards, then 100, for the same statements in every subgraph.
  expect([fewCards.cards, manyCards.cards]).toEqual([10, 100]);
  expect(Object.keys(manyCards.perSubgraph)).toEqual(expect.arrayContaining(["identity", "portfolio", "timesheets", "workspaces"]));
  expect(manyCards.perSubgraph).toEqual(fewCards.perSubgraph);

  expect(few.tasks).toBe(20);
  expect(many.tasks).toBe(200);
  expect(Object.keys(many.perSubgraph)).toEqual(expect.arrayContaining(["identity", "portfolio", "timesheets", "workspaces"]));
  expect(many.perSubgraph).toEqual(few.perSubgraph);
  console.log("SQL statements per subgraph for 20 and 200 tasks:", few.perSubgraph, many.perSubgraph);
  console.log("SQL statements per subgraph for a board of 10 and 100 cards:", fewCards.perSubgraph, manyCards.perSubgraph);
});

it("issues the same SQL statements per subgraph for the tasks of 3 projects and of 30", async () => {
  const url = graph.gateway.url;
  const team = await buildWorkspaceWithTeam(url);
  const token = team.MANAGER.token;
  let projects = 0;
  const addProjects = async (count: number) => {
    for (let i = 0; i < count; i++, projects++) {
      const { id } = await buildProject(url, token, { name: `Project ${projects}`, key: `P${projects}` });
      for (let t = 0; t < 1 + (projects % 3); t++) await buildTask(url, token, id, { title: `Task ${projects}.${t}` });
    }
  };
  const countProjectPage = async () => {
    statements.clear();
    counting = true;
    const result = await execute<{ projects: { nodes: { tasks: { totalCount: number; nodes: unknown[] } }[] } }>(url, PROJECT_PAGE, {
      token,
    });
    counting = false;
    expect(result.errors).toBeUndefined();
    const lists = result.data!.projects.nodes.map((project) => project.tasks);
    return { lists, perSubgraph: Object.fromEntries([...statements].sort()) };
  };

  await addProjects(3);
  const few = await countProjectPage();
  await addProjects(27);
  const many = await countProjectPage();

  expect(few.lists.map((list) => list.totalCount)).toEqual([1, 2, 3]);
  expect(many.lists).toHaveLength(30);
  expect(many.lists.every((list) => list.nodes.length === list.totalCount)).toBe(true);
  expect(many.perSubgraph).toEqual(few.perSubgraph);
  console.log("SQL statements per subgraph for the tasks of 3 and of 30 projects:", few.perSubgraph, many.perSubgraph);
});

it("issues the same SQL statements per subgraph for a page of 6 and of 60 time entries, and of 4 and 40 work packages", async () => {
  const url = graph.gateway.url;
  const team = await buildWorkspaceWithTeam(url);
  const token = team.MANAGER.token;
  const project = await buildProject(url, token, { name: "Lists", key: "LST" });
  const tasks = [await buildTask(url, token, project.id, { title: "One" }), await buildTask(url, token, project.id, { title: "Two" })];
  let entries = 0;
  const logTime = async (count: number) => {
    for (let i = 0; i < count; i++, entries++) {
      const task = tasks[entries % 2]!;
      const date = `2026-11-${String(1 + (entries % 28)).padStart(2, "0")}`;
      dataOf(
        await execute(url, LogTimeDocument, { token, variables: { input: { taskId: task.id, projectId: project.id, date, hours: 0.25 } } }),
      );
    }
  };
  let packages = 0;
  let firstPackage: string | undefined;
  const addPackages = async (count: number) => {
    for (let i = 0; i < count; i++, packages++) {
      const input = { name: `Package ${packages}`, projectId: project.id, parentId: firstPackage };
      const { workPackage } = dataOf(await execute(url, CreateWorkPackageDocument, { token, variables: { input } })).createWorkPackage;
      firstPackage ??= workPackage.id;
    }
  };
  const LISTS = `{
    timeEntries(first: 100) { totalCount nodes { hours date user { name } task { title } project { name } } }
    workPackages(first: 100) { totalCount nodes { name parent { name } project { name } } }
  }`;
  const countLists = async () => {
    statements.clear();
    counting = true;
    const result = await execute<{
      timeEntries: { totalCount: number; nodes: { hours: number; task: { title: string } }[] };
      workPackages: { totalCount: number; nodes: { parent: { name: string } | null }[] };
    }>(url, LISTS, { token });
    counting = false;
    expect(result.errors).toBeUndefined();
    return { data: result.data!, perSubgraph: Object.fromEntries([...statements].sort()) };
  };

  await logTime(6);
  await addPackages(4);
  const few = await countLists();
  await logTime(54);
  await addPackages(36);
  const many = await countLists();

  expect([few.data.timeEntries.totalCount, many.data.timeEntries.totalCount]).toEqual([6, 60]);
  expect([few.data.workPackages.totalCount, many.data.workPackages.totalCount]).toEqual([4, 40]);
  expect(many.data.timeEntries.nodes.every((entry) => entry.hours === 0.25 && ["One", "Two"].includes(entry.task.title))).toBe(true);
  expect(many.data.workPackages.nodes.filter((node) => node.parent?.name === "Package 0")).toHaveLength(39);
  expect(Object.keys(many.perSubgraph)).toEqual(expect.arrayContaining(["identity", "portfolio", "timesheets", "workpackages"]));
  expect(many.perSubgraph).toEqual(few.perSubgraph);
  console.log("SQL statements per subgraph for 6 and 60 time entries, 4 and 40 work packages:", few.perSubgraph, many.perSubgraph);
});

it("issues the same SQL statements per subgraph for 3 and for 12 weekly timesheets, in the list and in the approval queue", async () => {
  const url = graph.gateway.url;
  const team = await buildWorkspaceWithTeam(url);
  const project = await buildProject(url, team.MANAGER.token, { name: "Weeks", key: "WKS" });
  const task = await buildTask(url, team.MANAGER.token, project.id, { title: "Weekly work" });
  let weeks = 0;
  /** Submits `count` more of the member's weeks (Mondays going back from 2026-10-26), each with an hour logged; rejects and resubmits every third. */
  const submitWeeks = async (count: number) => {
    for (let i = 0; i < count; i++, weeks++) {
      const monday = new Date(Date.UTC(2026, 9, 26) - weeks * 7 * 86_400_000).toISOString().slice(0, 10);
      const input = { taskId: task.id, projectId: project.id, date: monday, hours: 1 };
      dataOf(await execute(url, LogTimeDocument, { token: team.MEMBER.token, variables: { input } }));
      const submit = () => execute(url, SubmitTimesheetDocument, { token: team.MEMBER.token, variables: { input: { week: monday } } });
      const { timesheet } = dataOf(await submit()).submitTimesheet;
      if (weeks % 3 === 0) {
        const reject = { id: timesheet.id, reason: "Split the hour" };
        dataOf(await execute(url, RejectTimesheetDocument, { token: team.MANAGER.token, variables: { input: reject } }));
        dataOf(await submit());
      }
    }
  };
  const WEEKS = `{
    weeklyTimesheets(first: 100) { totalCount nodes { weekStart status totalHours days { hours } user { name } history { to actor { name } } } }
    timesheetsAwaitingApproval(first: 100) { totalCount nodes { isoWeek totalHours entryCount user { name } decidedBy { name } } }
  }`;
  const countWeeks = async () => {
    statements.clear();
    counting = true;
    const result = await execute<{
      weeklyTimesheets: { totalCount: number; nodes: { totalHours: number; history: { to: string }[] }[] };
      timesheetsAwaitingApproval: { totalCount: number };
    }>(url, WEEKS, { token: team.MANAGER.token });
    counting = false;
    expect(result.errors).toBeUndefined();
    return { data: result.data!, perSubgraph: Object.fromEntries([...statements].sort()) };
  };

  await submitWeeks(3);
  const few = await countWeeks();
  await submitWeeks(9);
  const many = await countWeeks();

  expect([few.data.weeklyTimesheets.totalCount, many.data.weeklyTimesheets.totalCount]).toEqual([3, 12]);
  expect([few.data.timesheetsAwaitingApproval.totalCount, many.data.timesheetsAwaitingApproval.totalCount]).toEqual([3, 12]);
  expect(many.data.weeklyTimesheets.nodes.every((node) => node.totalHours === 1)).toBe(true);
  expect(many.data.weeklyTimesheets.nodes.map((node) => node.history.length).sort()).toEqual([...Array(8).fill(1), ...Array(4).fill(3)]);
  expect(Object.keys(many.perSubgraph)).toEqual(expect.arrayContaining(["identity", "timesheets"]));
  expect(many.perSubgraph).toEqual(few.perSubgraph);
  console.log("SQL statements per subgraph for 3 and 12 weekly timesheets:", few.perSubgraph, many.perSubgraph);
});

it("issues the same SQL statements per subgraph for a team lead's queue of 2 and of 8 weeks", async () => {
  const url = graph.gateway.url;
  const team = await buildWorkspaceWithTeam(url);
  const project = await buildProject(url, team.MANAGER.token, { name: "Led weeks", key: "LED" });
  const task = await buildTask(url, team.MANAGER.token, project.id, { title: "Led work" });
  // The MEMBER leads a team the ADMIN is in: the lead's queue is the ADMIN's submitted weeks.
  const { createTeam } = dataOf(
    await execute<{ createTeam: { team: { id: string } } }>(
      url,
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`,
      { token: team.MANAGER.token, variables: { input: { name: "Led", leadId: team.MEMBER.id } } },
    ),
  );
  dataOf(
    await execute(url, `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`, {
      token: team.MANAGER.token,
      variables: { input: { teamId: createTeam.team.id, userId: team.ADMIN.id } },
    }),
  );
  let weeks = 0;
  const submitWeeks = async (count: number) => {
    for (let i = 0; i < count; i++, weeks++) {
      const monday = new Date(Date.UTC(2026, 9, 26) - weeks * 7 * 86_400_000).toISOString().slice(0, 10);
      const input = { taskId: task.id, projectId: project.id, date: monday, hours: 2 };
      dataOf(await execute(url, LogTimeDocument, { token: team.ADMIN.token, variables: { input } }));
      dataOf(await execute(url, SubmitTimesheetDocument, { token: team.ADMIN.token, variables: { input: { week: monday } } }));
    }
  };
  const QUEUE = `{ timesheetsAwaitingApproval(first: 100) { totalCount nodes { isoWeek totalHours user { name } } } }`;
  const countQueue = async () => {
    statements.clear();
    counting = true;
    const result = await execute<{ timesheetsAwaitingApproval: { totalCount: number; nodes: { totalHours: number }[] } }>(url, QUEUE, {
      token: team.MEMBER.token,
    });
    counting = false;
    expect(result.errors).toBeUndefined();
    return { data: result.data!, perSubgraph: Object.fromEntries([...statements].sort()) };
  };

  await submitWeeks(2);
  const few = await countQueue();
  await submitWeeks(6);
  const many = await countQueue();

  expect([few.data.timesheetsAwaitingApproval.totalCount, many.data.timesheetsAwaitingApproval.totalCount]).toEqual([2, 8]);
  expect(many.data.timesheetsAwaitingApproval.nodes.every((node) => node.totalHours === 2)).toBe(true);
  expect(Object.keys(many.perSubgraph)).toEqual(expect.arrayContaining(["identity", "timesheets"]));
  expect(many.perSubgraph).toEqual(few.perSubgraph);
  console.log("SQL statements per subgraph for a team lead's queue of 2 and 8 weeks:", few.perSubgraph, many.perSubgraph);
});

it("issues the same SQL statements per subgraph for time reports over 1 person and 1 week and over 4 people and 6 weeks", async () => {
  const url = graph.gateway.url;
  const team = await buildWorkspaceWithTeam(url);
  const manager = team.MANAGER.token;
  const project = await buildProject(url, manager, { name: "Reports", key: "RPT" });
  const task = await buildTask(url, manager, project.id, { title: "Reported work" });
  const people = [team.MEMBER, team.MANAGER, team.ADMIN, { id: team.owner.id, token: team.owner.token }];
  const { createTeam } = dataOf(
    await execute<{ createTeam: { team: { id: string } } }>(url, `mutation { createTeam(input: { name: "Everyone" }) { team { id } } }`, {
      token: manager,
    }),
  );
  for (const person of people) {
    const addMember = `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`;
    dataOf(await execute(url, addMember, { token: manager, variables: { input: { teamId: createTeam.team.id, userId: person.id } } }));
  }
  const monday = (week: number) => new Date(Date.UTC(2026, 9, 5) + week * 7 * 86_400_000).toISOString().slice(0, 10);
  /** Each of `who` logs an hour on the Monday of each of `weeks`, takes that Tuesday off and gets a capacity of their own from it. */
  const work = async (who: typeof people, weeks: number[]) => {
    for (const person of who) {
      for (const week of weeks) {
        const input = { taskId: task.id, projectId: project.id, date: monday(week), hours: 1 };
        dataOf(await execute(url, LogTimeDocument, { token: person.token, variables: { input } }));
        const leave = {
          date: monday(week).replace(/\d{2}$/, (day) => String(Number(day) + 1).padStart(2, "0")),
          name: "Off",
          userId: person.id,
        };
        dataOf(await execute(url, AddNonWorkingDayDocument, { token: manager, variables: { input: leave } }));
        const own = {
          userId: person.id,
          from: monday(week),
          hoursPerWeek: 30 + week,
          workingDays: ["MONDAY" as const, "TUESDAY" as const],
        };
        dataOf(await execute(url, AddCapacityOverrideDocument, { token: manager, variables: { input: own } }));
        const { createTimeCategory } = dataOf(
          await execute(url, CreateTimeCategoryDocument, {
            token: manager,
            variables: { input: { name: `Meetings ${person.id} ${week}` } },
          }),
        );
        const meeting = { categoryId: createTimeCategory.timeCategory.id, date: monday(week), hours: 0.5 };
        dataOf(await execute(url, LogTimeDocument, { token: person.token, variables: { input: meeting } }));
      }
    }
  };
  const REPORTS = `query($teamId: ID!) {
    byUser: utilization(groupBy: USER, period: { from: "2026-10-05", to: "2026-11-15" }) {
      total { loggedHours capacityHours } rows(first: 100) { totalCount nodes { user { name } loggedHours capacityHours utilization } }
    }
    byWeek: utilization(groupBy: WEEK, period: { from: "2026-10-05", to: "2026-11-15" }, filter: { teamId: $teamId }) {
      rows(first: 100) { nodes { weekStart loggedHours capacityHours } }
    }
    byTeam: utilization(groupBy: TEAM, period: { from: "2026-10-05", to: "2026-11-15" }) { rows { nodes { team { name } utilization } } }
    teamProductivity(teamId: $teamId, period: { from: "2026-10-05", to: "2026-11-15" }) {
      members(first: 100) { totalCount nodes { user { name } score components { utilizationRate } } }
    }
    capacityOverrides(first: 100) { totalCount nodes { from hoursPerWeek workingDays user { name } } }
    timeCategories(first: 100) { totalCount nodes { name billable } }
    nonProject: timeEntries(first: 100, filter: { categoryId: { isNull: false } }) { totalCount nodes { hours category { name } user { name } } }
    nonWorkingDays(first: 100) { totalCount nodes { date name user { name } } }
  }`;
  const countReports = async () => {
    statements.clear();
    counting = true;
    const result = await execute<{
      byUser: { total: { loggedHours: number }; rows: { totalCount: number } };
      byWeek: { rows: { nodes: { loggedHours: number }[] } };
      capacityOverrides: { totalCount: number };
      nonWorkingDays: { totalCount: number };
      timeCategories: { totalCount: number };
    }>(url, REPORTS, { token: manager, variables: { teamId: createTeam.team.id } });
    counting = false;
    expect(result.errors).toBeUndefined();
    return { data: result.data!, perSubgraph: Object.fromEntries([...statements].sort()) };
  };

  await work(people.slice(0, 1), [0]);
  const few = await countReports();
  await work(people.slice(1), [0]);
  await work(people, [1, 2, 3, 4, 5]);
  const many = await countReports();

  expect([few.data.byUser.total.loggedHours, many.data.byUser.total.loggedHours]).toEqual([1.5, 36]);
  expect([few.data.byUser.rows.totalCount, many.data.byUser.rows.totalCount]).toEqual([1, 4]);
  expect(many.data.byWeek.rows.nodes.map((row) => row.loggedHours)).toEqual([6, 6, 6, 6, 6, 6]);
  expect([few.data.capacityOverrides.totalCount, many.data.capacityOverrides.totalCount]).toEqual([1, 24]);
  expect([few.data.nonWorkingDays.totalCount, many.data.nonWorkingDays.totalCount]).toEqual([1, 24]);
  expect([few.data.timeCategories.totalCount, many.data.timeCategories.totalCount]).toEqual([1, 24]);
  expect(Object.keys(many.perSubgraph)).toEqual(expect.arrayContaining(["identity", "timesheets"]));
  expect(many.perSubgraph).toEqual(few.perSubgraph);
  console.log(
    "SQL statements per subgraph for time reports over 1 person and 1 week, and 4 people and 6 weeks:",
    few.perSubgraph,
    many.perSubgraph,
  );
});

it("issues the same SQL statements per subgraph for the insights of 2 projects and of 6", async () => {
  const url = graph.gateway.url;
  const team = await buildWorkspaceWithTeam(url);
  const token = team.MANAGER.token;
  const requests: string[] = [];
  const analyse = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const { id } = await buildProject(url, token, { name: `Analysed ${requests.length}`, key: `AN${requests.length}` });
      await buildTask(url, token, id, { title: "A task" });
      const answer = dataOf(
        await execute<{ requestAnalysis: { analysisRequest: { id: string } } }>(
          url,
          `mutation($input: RequestAnalysisInput!) { requestAnalysis(input: $input) { analysisRequest { id } } }`,
          { token, variables: { input: { scope: "PROJECT", projectId: id, kinds: ["EXECUTIVE_SUMMARY", "RECOMMENDATIONS"] } } },
        ),
      );
      requests.push(answer.requestAnalysis.analysisRequest.id);
    }
    // The workers write them a moment later (by the rules: no model in tests).
    await vi.waitFor(
      async () => {
        for (const id of requests) {
          const read = dataOf(
            await execute<{ analysisRequest: { status: string } }>(url, `query($id: ID!) { analysisRequest(id: $id) { status } }`, {
              token,
              variables: { id },
            }),
          );
          expect(read.analysisRequest.status).toBe("SUCCEEDED");
        }
      },
      { timeout: 15_000, interval: 50 },
    );
  };
  const INSIGHTS = `{ portfolioAnalysis { projectCount projects(first: 50) { nodes { project { name } riskHealth openRisks { rule } finishesAfterEndDate latestSummary { headline } } } }
  projects(first: 50) { nodes {
    latestSummary { headline source model request { status kinds requestedBy { name } insights { kind headline } } }
    insights(first: 5) { totalCount nodes { kind headline citations { kind id } recommendations { action priority } } }
  } } }`;
  const countInsights = async () => {
    statements.clear();
    counting = true;
    const result = await execute<{ projects: { nodes: { latestSummary: { source: string } | null; insights: { totalCount: number } }[] } }>(
      url,
      INSIGHTS,
      { token },
    );
    counting = false;
    expect(result.errors).toBeUndefined();
    return { projects: result.data!.projects.nodes, perSubgraph: Object.fromEntries([...statements].sort()) };
  };

  await analyse(2);
  const few = await countInsights();
  await analyse(4);
  const many = await countInsights();

  expect(few.projects.map((project) => [project.latestSummary?.source, project.insights.totalCount])).toEqual([
    ["RULES", 2],
    ["RULES", 2],
  ]);
  expect(many.projects).toHaveLength(6);
  expect(many.projects.every((project) => project.latestSummary?.source === "RULES" && project.insights.totalCount === 2)).toBe(true);
  expect(many.perSubgraph).toEqual(few.perSubgraph);
  console.log("SQL statements per subgraph for the insights of 2 and of 6 projects:", few.perSubgraph, many.perSubgraph);
});
