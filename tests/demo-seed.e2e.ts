import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import {
  dataOf,
  execute,
  LoginDocument,
  PortfolioOverviewDocument,
  TimesheetsAwaitingApprovalDocument,
  UtilizationDocument,
  WeeklyTimesheetsDocument,
} from "@plateau/client";
import { createLogger } from "@plateau/kernel";
import { TEST_SERVER_URL } from "@plateau/test-kit";
import { startGraph, type RunningGraph } from "../scripts/graph.js";
import { DEMO_PASSWORD, DEMO_USERS } from "../scripts/seed/demo-data.js";
import { seedDemo } from "../scripts/seed/seed-demo.js";

/** `npm start`'s demo data, seeded into an empty database through the public API. */
const database = `plateau_demo_${process.env.VITEST_POOL_ID ?? "0"}`;
let graph: RunningGraph;
const logger = createLogger({ service: "seed-test", level: "warn" });

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin(`drop database if exists ${database} with (force)`);
  await admin(`create database ${database}`);
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${database}`;
  graph = await startGraph({
    database: { url: url.toString() },
    fixedPorts: false,
    settings: { DATA_DIR: mkdtempSync(path.join(tmpdir(), "plateau-demo-")) },
    logger,
  });
});
afterAll(async () => {
  await graph?.close();
  await admin(`drop database if exists ${database} with (force)`);
});

it("seeds the demo portfolio once, with every role able to log in", async () => {
  const url = graph.gateway.url;
  expect(await seedDemo(url, logger)).toBe(true);
  expect(await seedDemo(url, logger)).toBe(false);

  for (const user of DEMO_USERS) {
    const { login } = dataOf(await execute(url, LoginDocument, { variables: { input: { email: user.email, password: DEMO_PASSWORD } } }));
    expect(login.role).toBe(user.key);
  }
  const token =
    dataOf(await execute(url, LoginDocument, { variables: { input: { email: "viewer@demo.plateau.dev", password: DEMO_PASSWORD } } })).login
      .accessToken ?? undefined;
  // insights evaluates the seed's risks from portfolio's events, a moment after the changes that raise them.
  const overview = await vi.waitFor(
    async () => {
      const read = await execute(url, PortfolioOverviewDocument, { token });
      const tape = read.data?.projects.nodes.find((project) => project.name === "Tape Library & Backup Server Replacements");
      expect(tape?.risks).toHaveLength(1);
      return read;
    },
    { timeout: 15_000, interval: 50 },
  );
  expect(overview.errors).toBeUndefined();
  const projects = Object.fromEntries(overview.data!.projects.nodes.map((project) => [project.name, project]));
  expect(overview.data!.workspace?.name).toBe("Demo IT Portfolio");
  expect(Object.fromEntries(Object.entries(projects).map(([name, project]) => [name, project.progress]))).toEqual({
    "Cloud Migration Planning": 70,
    "Tape Library & Backup Server Replacements": 20,
    "Vulnerabilities Remediation": 65,
    "WAF/API Security": 65,
  });
  const milestones = overview.data!.projects.nodes.flatMap((project) => project.milestones);
  expect(
    milestones
      .filter((m) => m.status === "ACHIEVED")
      .map((m) => m.name)
      .sort(),
  ).toEqual(["Exchange Node Addition", "NLB Replacement", "Oracle 19c Migration"]);
  expect(
    milestones
      .filter((m) => m.status === "UPCOMING")
      .map((m) => m.name)
      .sort(),
  ).toEqual(["APM across DLD", "Data Center Firewall", "PAM Re-implementation"]);
  // Work packages linked to projects show up on them; the gap-closing one is blocked and critical.
  expect(projects["Tape Library & Backup Server Replacements"]!.workPackages).toEqual([
    expect.objectContaining({
      name: "Capability Recovery Task for Data Loss Gap",
      kind: "TASK",
      status: "BLOCKED",
      riskLevel: "CRITICAL",
      links: expect.arrayContaining([{ relation: "CLOSES", element: { type: "GAP", name: "Data Loss Gap" } }]),
    }),
  ]);
  // The seed's rules: three blocked WAF tasks, and the tape project far behind its schedule.
  expect(projects["WAF/API Security"]!.risks.map((risk) => risk.rule)).toContain("BLOCKED_TASKS");
  expect(projects["Tape Library & Backup Server Replacements"]!.risks).toEqual([
    expect.objectContaining({ rule: "SCHEDULE_SLIPPAGE", severity: "CRITICAL" }),
  ]);
  expect(projects["Vulnerabilities Remediation"]!.effort.totalHours).toBe(29);
  expect(projects["Vulnerabilities Remediation"]!.tasks.nodes.find((task) => task.title.startsWith("Harden"))).toMatchObject({
    assignee: { name: "Marco Rossi", memberships: [{ role: "MEMBER" }] },
    timeLogged: 11.5,
  });

  // The tape project's timeline: a dependency chain, slips against the baseline, a critical path.
  const tapeProject = await execute<{ projects: { nodes: { id: string }[] } }>(
    url,
    `{ projects(filter: { key: { eq: "TAPE" } }) { nodes { id } } }`,
    {
      token,
    },
  );
  const timeline = await execute<{
    timeline: {
      dependencies: unknown[];
      criticalPaths: string[][];
      bars: { id: string; title: string; endDriftDays: number | null; critical: boolean }[];
    };
  }>(url, `query($id: ID!) { timeline(projectId: $id) { dependencies { id } criticalPaths bars { id title endDriftDays critical } } }`, {
    token,
    variables: { id: tapeProject.data!.projects.nodes[0]!.id },
  });
  expect(timeline.errors).toBeUndefined();
  const tape = timeline.data!.timeline;
  expect(tape.dependencies).toHaveLength(3);
  expect(Object.fromEntries(tape.bars.map((bar) => [bar.title, bar.endDriftDays]))).toMatchObject({
    "Install and configure backup servers": 12,
    "Migrate backup jobs": 12,
    // Its own date did not move, but the slips push it 7 days (migration + 14 days' lag) past its baseline.
    "Decommission tape library": 7,
  });
  const titles = new Map(tape.bars.map((bar) => [bar.id, bar.title]));
  // The migration waits for its own planned date, then the 14 days' lag: that chain sets the end.
  expect(tape.criticalPaths.map((path) => path.map((id) => titles.get(id)))).toContainEqual([
    "Migrate backup jobs",
    "Decommission tape library",
  ]);
});

it("gives every demo project a velocity from work done in past weeks, and so a forecast", async () => {
  const url = graph.gateway.url;
  const token =
    dataOf(await execute(url, LoginDocument, { variables: { input: { email: "viewer@demo.plateau.dev", password: DEMO_PASSWORD } } })).login
      .accessToken ?? undefined;
  type Answer = {
    projects: {
      nodes: {
        key: string;
        velocity: { completedTasks: number }[];
        forecast: { remainingTasks: number; p50: { weeks: number } | null } | null;
      }[];
    };
  };
  const read = async () =>
    dataOf(
      await execute<Answer>(
        url,
        `{ projects(first: 10) { nodes { key velocity(weeks: 12) { completedTasks } forecast { remainingTasks p50 { weeks } } } } }`,
        {
          token,
        },
      ),
    ).projects.nodes;
  // The seed's completions are dated back (`completedAt`); insights counts them once portfolio's events reach it.
  const projects = await vi.waitFor(
    async () => {
      const nodes = await read();
      expect(nodes.map((project) => project.velocity.reduce((sum, week) => sum + week.completedTasks, 0)).sort()).toEqual([1, 3, 3, 5]);
      return nodes;
    },
    { timeout: 15_000, interval: 50 },
  );
  const byKey = Object.fromEntries(projects.map((project) => [project.key, project]));
  // WAF's five completions fall in five different past weeks.
  expect(byKey.WAF!.velocity.map((week) => week.completedTasks).reduce((sum, count) => sum + count, 0)).toBe(5);
  expect(byKey.WAF!.velocity.filter((week) => week.completedTasks > 0)).toHaveLength(5);
  for (const project of projects) expect(project.forecast, project.key).not.toBeNull();
  expect(Object.fromEntries(projects.map((project) => [project.key, project.forecast!.remainingTasks]))).toEqual({
    CLOUD: 2,
    TAPE: 4,
    VULN: 3,
    WAF: 3,
  });
  expect(byKey.WAF!.forecast!.p50!.weeks).toBeGreaterThan(0);
});

it("seeds eight past weeks of the team's time: approved, rejected with a reason, submitted, in draft, and above 90% utilisation", async () => {
  const url = graph.gateway.url;
  const login = async (email: string) =>
    dataOf(await execute(url, LoginDocument, { variables: { input: { email, password: DEMO_PASSWORD } } })).login.accessToken ?? undefined;
  const manager = await login("manager@demo.plateau.dev");
  const member = DEMO_USERS.find((user) => user.key === "MEMBER")!;
  const weeks = dataOf(await execute(url, WeeklyTimesheetsDocument, { token: await login(member.email), variables: { first: 20 } }))
    .weeklyTimesheets.nodes;
  // Newest first: the last week is a draft nobody submitted (not stored), the one before waits for approval.
  expect(weeks.map((week) => week.status)).toEqual(["SUBMITTED", "REJECTED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED"]);
  expect(weeks[1]).toMatchObject({
    rejectionReason: "Friday shows 7 h but you were at the supplier workshop all afternoon: please check",
    decidedBy: { name: "Maya Patel" },
  });
  // The week rejected, corrected and approved keeps all four steps.
  expect(weeks[3]!.history.map((step) => step.to)).toEqual(["SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED"]);
  expect(weeks.every((week) => week.totalHours >= 34)).toBe(true);

  const queue = dataOf(await execute(url, TimesheetsAwaitingApprovalDocument, { token: manager })).timesheetsAwaitingApproval;
  expect(queue.nodes.map((week) => week.user.name)).toEqual(["Marco Rossi"]);

  const monday = weeks[0]!.weekStart;
  const period = {
    from: weeks[weeks.length - 1]!.weekStart,
    to: new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10),
  };
  const byTeam = dataOf(await execute(url, UtilizationDocument, { token: manager, variables: { groupBy: "TEAM", period } })).utilization;
  const team = byTeam.rows.nodes.find((row) => row.team?.name === "Security Operations")!;
  expect(team.people).toBe(2);
  expect(team.utilization).toBeGreaterThan(0.9);

  // insights' TEAM_OVERLOAD on both of the team's projects, from the utilisation timesheets published with
  // the last decisions: the four weeks ending with the last complete one (the draft week after the submitted one).
  const day = (from: string, days: number) => new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const overloads = async () => {
    const { projects } = dataOf(
      await execute<{ projects: { nodes: { key: string; risks: { rule: string; evidence: Record<string, unknown> | null }[] }[] } }>(
        url,
        `{ projects(filter: { key: { in: ["WAF", "CLOUD"] } }) {
           nodes { key risks { rule evidence { ... on TeamOverloadEvidence { team { name } periodFrom periodTo utilization } } } } } }`,
        { token: manager },
      ),
    );
    return projects.nodes.map((project) => [project.key, project.risks.find((risk) => risk.rule === "TEAM_OVERLOAD")?.evidence ?? null]);
  };
  await vi.waitFor(async () => expect((await overloads()).every(([, evidence]) => evidence !== null)).toBe(true), {
    timeout: 15_000,
    interval: 50,
  });
  for (const [, evidence] of await overloads()) {
    expect(evidence).toMatchObject({ team: { name: "Security Operations" }, periodFrom: day(monday, -14), periodTo: day(monday, 13) });
    expect((evidence as { utilization: number }).utilization).toBeGreaterThan(0.9);
  }
});

it("seeds an analysis of every project and of the portfolio, written by the rules (no model configured), naming the team's overload", async () => {
  const url = graph.gateway.url;
  const token =
    dataOf(await execute(url, LoginDocument, { variables: { input: { email: "viewer@demo.plateau.dev", password: DEMO_PASSWORD } } })).login
      .accessToken ?? undefined;
  // The workers write them in the background, a moment after the seed asked for them.
  const read = async () =>
    dataOf(
      await execute<{
        projects: {
          nodes: {
            key: string;
            name: string;
            latestSummary: { source: string; model: string | null; headline: string; summary: string } | null;
            risksInsight: { nodes: { risks: { category: string; evidence: string }[] }[] };
            actions: { nodes: { recommendations: { action: string; priority: string }[] }[] };
          }[];
        };
      }>(
        url,
        `{ projects(first: 20) { nodes { key name
          latestSummary { source model headline summary }
          risksInsight: insights(kind: RISK_ASSESSMENT, first: 1) { nodes { risks { category evidence } } }
          actions: insights(kind: RECOMMENDATIONS, first: 1) { nodes { recommendations { action priority } } }
      } } }`,
        { token },
      ),
    );
  const { projects } = await vi.waitFor(
    async () => {
      const answer = await read();
      expect(answer.projects.nodes.every((project) => project.latestSummary !== null && project.actions.nodes.length > 0)).toBe(true);
      return answer;
    },
    { timeout: 30_000, interval: 100 },
  );
  expect(projects.nodes.length).toBeGreaterThan(3);
  for (const project of projects.nodes) {
    expect(project.latestSummary, project.key).toMatchObject({ source: "RULES", model: null });
    expect(project.latestSummary!.headline.startsWith(`${project.name}: `)).toBe(true);
    expect(project.latestSummary!.summary).toContain(`${project.name} (${project.key}) is `);
  }
  const waf = projects.nodes.find((project) => project.key === "WAF")!;
  const overload = waf.risksInsight.nodes[0]!.risks.find((risk) => risk.category === "RESOURCING");
  expect(overload?.evidence).toMatch(/The team logged [\d.]+ h against [\d.]+ h of capacity/);
  expect(waf.actions.nodes[0]!.recommendations.map((action) => action.action)).toContain("Rebalance the load of WAF/API Security's team");
});
