import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { today } from "@plateau/subgraph-kit";
import { dataOf, execute } from "@plateau/test-kit";
import { freshWorkspace, problem, startProjectsHarness, type ProjectsHarness } from "./projects-client.js";

let harness: ProjectsHarness;

beforeAll(async () => {
  harness = await startProjectsHarness();
});
afterAll(async () => {
  await harness?.close();
});

type Client = Awaited<ReturnType<typeof freshWorkspace>>["client"];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const OVERVIEW = `{ portfolioOverview {
  asOf projectCount activeProjectCount completedProjectCount overdueTaskCount blockedTaskCount
  projectsByStatus { status count }
  projectsByHealth { health count }
  progressByCategory { category { name } projectCount progress }
  milestonesAchieved { count milestones { name dueDate project { key } } }
  milestonesDue { count milestones { id name dueDate project { key name } } }
  projectsAtRisk { project { key category { name } } health overdueTaskCount blockedTaskCount scheduleSlipDays }
} }`;

interface Overview {
  asOf: string;
  projectCount: number;
  activeProjectCount: number;
  completedProjectCount: number;
  overdueTaskCount: number;
  blockedTaskCount: number;
  projectsByStatus: { status: string; count: number }[];
  projectsByHealth: { health: string; count: number }[];
  progressByCategory: { category: { name: string } | null; projectCount: number; progress: number }[];
  milestonesAchieved: { count: number; milestones: { name: string; dueDate: string; project: { key: string } }[] };
  milestonesDue: { count: number; milestones: { id: string; name: string; dueDate: string; project: { key: string; name: string } }[] };
  projectsAtRisk: {
    project: { key: string; category: { name: string } | null };
    health: string;
    overdueTaskCount: number;
    blockedTaskCount: number;
    scheduleSlipDays: number;
  }[];
}

const overviewOf = async (client: Client) => dataOf(await client.run<{ portfolioOverview: Overview }>(OVERVIEW)).portfolioOverview;

async function milestone(client: Client, projectId: string, name: string, due: number, achieved = false): Promise<string> {
  const created = await client.run<{ createMilestone: { milestone: { id: string } } }>(
    `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`,
    { i: { projectId, name, dueDate: day(due) } },
  );
  const id = dataOf(created).createMilestone.milestone.id;
  if (achieved) {
    dataOf(
      await client.run(`mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { milestone { id } } }`, {
        i: { id, status: "ACHIEVED" },
      }),
    );
  }
  return id;
}

/** Writes columns no operation sets directly (a baseline end, an achievement long ago), as the owner within the workspace. */
async function writeAsOwner(workspaceId: string, sql: string, params: unknown[]): Promise<void> {
  await harness.app.database.asOwner(async (em) => {
    await em.getConnection().execute(`select set_config('app.workspace_id', ?, true)`, [workspaceId], "all", em.getTransactionContext());
    await em.getConnection().execute(sql, params, "run", em.getTransactionContext());
  });
}

describe("portfolioOverview", () => {
  it("sums up a hand-built workspace exactly", async () => {
    const { client, workspaceId } = await freshWorkspace(harness);
    const security = await client.category("Security");
    const infra = await client.category("Infrastructure");

    const alpha = await client.project({ key: "ALPHA", status: "ACTIVE", health: "OFF_TRACK", categoryId: security.id });
    await client.createTask(alpha.id, { estimateHours: 10, status: "DONE" });
    await client.createTask(alpha.id, { estimateHours: 10, dueDate: day(-2) });
    await client.createTask(alpha.id, { estimateHours: 20, completion: 50, status: "BLOCKED" });

    const bravo = await client.project({ key: "BRAVO", status: "ACTIVE", health: "AT_RISK", categoryId: security.id });
    await client.createTask(bravo.id, { estimateHours: 5, completion: 20, status: "BLOCKED", dueDate: day(5) });
    await client.createTask(bravo.id, { estimateHours: 5, status: "DONE", dueDate: day(-10) });

    const charlie = await client.project({ key: "CHARLIE", status: "PLANNED", categoryId: infra.id, endDate: day(40) });
    await client.createTask(charlie.id, { completion: 30, dueDate: day(-1) });

    const delta = await client.project({ key: "DELTA", status: "COMPLETED", categoryId: infra.id });
    await client.createTask(delta.id, { estimateHours: 4, status: "DONE" });
    await client.createTask(delta.id, { estimateHours: 4, status: "DONE" });

    await client.project({ key: "ECHO", status: "ON_HOLD" });

    const foxtrot = await client.project({ key: "FOXTROT", status: "CANCELLED", health: "OFF_TRACK" });
    await client.createTask(foxtrot.id, { dueDate: day(-3) });
    await client.createTask(foxtrot.id, { status: "BLOCKED" });

    const golf = await client.project({ key: "GOLF", status: "ACTIVE", health: "OFF_TRACK", categoryId: security.id });
    await client.createTask(golf.id, { dueDate: day(-3), status: "BLOCKED" });

    const hotel = await client.project({ key: "HOTEL", status: "ACTIVE", categoryId: infra.id });
    await client.createTask(hotel.id, { estimateHours: 2, status: "BLOCKED", dueDate: today() });

    const india = await client.project({ key: "INDIA", status: "PLANNED", endDate: day(20) });
    const juliet = await client.project({ key: "JULIET", status: "ACTIVE", endDate: day(20) });

    // Schedule slips: planned ends 10, 3 and 1 days after their baselines.
    for (const [id, baselineEnd] of [
      [charlie.id, day(30)],
      [india.id, day(17)],
      [juliet.id, day(19)],
    ]) {
      await writeAsOwner(workspaceId, `update portfolio.project set baseline_end_date = ? where id = ?`, [baselineEnd, id]);
    }

    await milestone(client, alpha.id, "Alpha beta", 5);
    await milestone(client, bravo.id, "Bravo launch", 30);
    await milestone(client, charlie.id, "Charlie later", 31);
    await milestone(client, alpha.id, "Alpha design", -5, true);
    const longAgo = await milestone(client, delta.id, "Delta done long ago", -45, true);
    await writeAsOwner(workspaceId, `update portfolio.milestone set achieved_at = now() - interval '40 days' where id = ?`, [longAgo]);
    await milestone(client, golf.id, "Golf archived", 3);
    await milestone(client, bravo.id, "Bravo early", 1, true);
    await milestone(client, foxtrot.id, "Foxtrot cancelled", 10);
    dataOf(await client.archive(golf.id));

    const overview = await overviewOf(client);
    expect(overview).toEqual({
      asOf: today(),
      // Archived GOLF is left out everywhere.
      projectCount: 9,
      activeProjectCount: 4,
      completedProjectCount: 1,
      // ALPHA's and CHARLIE's; not BRAVO's DONE one, not HOTEL's due today, not cancelled FOXTROT's.
      overdueTaskCount: 2,
      blockedTaskCount: 3,
      projectsByStatus: [
        { status: "PLANNED", count: 2 },
        { status: "ACTIVE", count: 4 },
        { status: "ON_HOLD", count: 1 },
        { status: "COMPLETED", count: 1 },
        { status: "CANCELLED", count: 1 },
      ],
      projectsByHealth: [
        { health: "ON_TRACK", count: 6 },
        { health: "AT_RISK", count: 1 },
        { health: "OFF_TRACK", count: 2 },
      ],
      progressByCategory: [
        // CHARLIE 30%·1h, DELTA 100%·8h, HOTEL 0%·2h: 830 / 11
        { category: { name: "Infrastructure" }, projectCount: 3, progress: 75.5 },
        // ALPHA (100·10 + 0·10 + 50·20), BRAVO (20·5 + 100·5): 2600 / 50
        { category: { name: "Security" }, projectCount: 2, progress: 52 },
        { category: null, projectCount: 4, progress: 0 },
      ],
      milestonesAchieved: {
        count: 2,
        milestones: [
          { name: "Bravo early", dueDate: day(1), project: { key: "BRAVO" } },
          { name: "Alpha design", dueDate: day(-5), project: { key: "ALPHA" } },
        ],
      },
      milestonesDue: {
        count: 2,
        milestones: [
          { id: expect.any(String), name: "Alpha beta", dueDate: day(5), project: { key: "ALPHA", name: "Project" } },
          { id: expect.any(String), name: "Bravo launch", dueDate: day(30), project: { key: "BRAVO", name: "Project" } },
        ],
      },
      projectsAtRisk: [
        {
          project: { key: "ALPHA", category: { name: "Security" } },
          health: "OFF_TRACK",
          overdueTaskCount: 1,
          blockedTaskCount: 1,
          scheduleSlipDays: 0,
        },
        {
          project: { key: "BRAVO", category: { name: "Security" } },
          health: "AT_RISK",
          overdueTaskCount: 0,
          blockedTaskCount: 1,
          scheduleSlipDays: 0,
        },
        {
          project: { key: "CHARLIE", category: { name: "Infrastructure" } },
          health: "ON_TRACK",
          overdueTaskCount: 1,
          blockedTaskCount: 0,
          scheduleSlipDays: 10,
        },
        {
          project: { key: "HOTEL", category: { name: "Infrastructure" } },
          health: "ON_TRACK",
          overdueTaskCount: 0,
          blockedTaskCount: 1,
          scheduleSlipDays: 0,
        },
        // JULIET (1 day) is sixth.
        { project: { key: "INDIA", category: null }, health: "ON_TRACK", overdueTaskCount: 0, blockedTaskCount: 0, scheduleSlipDays: 3 },
      ],
    });

    // A health change moves a project up the list.
    dataOf(await client.postStatus(juliet.id, "OFF_TRACK", "Supplier gone"));
    const after = await overviewOf(client);
    expect(after.projectsAtRisk.map((risk) => risk.project.key)).toEqual(["ALPHA", "JULIET", "BRAVO", "CHARLIE", "HOTEL"]);
    expect(after.projectsByHealth).toContainEqual({ health: "OFF_TRACK", count: 3 });
  });

  it("lists at most 10 milestones per window while counting them all", async () => {
    const { client } = await freshWorkspace(harness);
    const project = await client.project();
    for (let i = 0; i < 12; i++) await milestone(client, project.id, `Due ${String(i).padStart(2, "0")}`, 1 + i);
    const overview = await overviewOf(client);
    expect(overview.milestonesDue.count).toBe(12);
    expect(overview.milestonesDue.milestones.map((m) => m.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Due ${String(i).padStart(2, "0")}`),
    );
  });

  it("is empty for a workspace without projects, sees only the caller's workspace, and is readable by every role", async () => {
    const { client, as } = await freshWorkspace(harness);
    const project = await client.project({ status: "ACTIVE" });
    await client.createTask(project.id, { status: "BLOCKED", dueDate: day(-1) });

    const stranger = await freshWorkspace(harness);
    const empty = await overviewOf(stranger.client);
    expect(empty).toMatchObject({
      projectCount: 0,
      activeProjectCount: 0,
      overdueTaskCount: 0,
      blockedTaskCount: 0,
      progressByCategory: [],
      milestonesAchieved: { count: 0, milestones: [] },
      milestonesDue: { count: 0, milestones: [] },
      projectsAtRisk: [],
    });
    expect(empty.projectsByStatus.every((entry) => entry.count === 0)).toBe(true);

    const viewer = await overviewOf(await as("VIEWER"));
    expect(viewer).toMatchObject({ projectCount: 1, activeProjectCount: 1, overdueTaskCount: 1, blockedTaskCount: 1 });
    const anonymous = await execute(harness.app.url, `{ portfolioOverview { projectCount } }`);
    expect(problem(anonymous).code).toBe("UNAUTHENTICATED");
    const noWorkspace = await execute(harness.app.url, `{ portfolioOverview { projectCount } }`, {
      token: await harness.tokens.sign({ sub: uuidv7(), sid: uuidv7() }),
    });
    expect(problem(noWorkspace).code).toBe("FORBIDDEN");
  });

  it("runs the same number of statements for 5 projects as for 50", async () => {
    const { client } = await freshWorkspace(harness);
    const categories = [await client.category("One"), await client.category("Two"), await client.category("Three")];
    const add = async (from: number, count: number) => {
      for (let i = from; i < from + count; i++) {
        const project = await client.project({
          status: i % 2 ? "ACTIVE" : "PLANNED",
          health: ["ON_TRACK", "AT_RISK", "OFF_TRACK"][i % 3],
          categoryId: categories[i % 3]!.id,
        });
        await client.createTask(project.id, { status: i % 2 ? "BLOCKED" : "TODO", dueDate: day(-1), estimateHours: 1 + (i % 4) });
        await milestone(client, project.id, `M${i}`, (i % 20) + 1, i % 4 === 0);
      }
    };
    const count = async () => {
      const { result, statements } = await harness.sql.count(() => client.run<{ portfolioOverview: Overview }>(OVERVIEW));
      return { overview: dataOf(result).portfolioOverview, statements: statements.length };
    };
    await add(0, 5);
    const few = await count();
    await add(5, 45);
    const many = await count();
    expect(few.overview.projectCount).toBe(5);
    expect(many.overview.projectCount).toBe(50);
    expect(many.overview.milestonesDue.milestones).toHaveLength(10);
    expect(many.overview.projectsAtRisk).toHaveLength(5);
    expect(many.statements).toBe(few.statements);
    // Three aggregates (projects by status and health; every figure read off the tasks; the milestone
    // windows), then one batch each of categories, milestones and projects.
    expect(few.statements).toBe(6);
  });
});
