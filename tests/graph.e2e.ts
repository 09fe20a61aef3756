import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrivateKey } from "node:crypto";
import { SignJWT } from "jose";
import {
  CreateArchitectureElementDocument,
  CreateProjectDocument,
  CreateTaskDocument,
  UpdateTaskDocument,
  CreateWorkPackageDocument,
  dataOf,
  errorCodes,
  execute,
  LinkWorkPackageDocument,
  LogTimeDocument,
  PortfolioOverviewDocument,
  ProjectsPageDocument,
  RefreshAccessTokenDocument,
  TaskByIdDocument,
} from "@plateau/client";
import { uuidv7 } from "@plateau/kernel";
import type { RunningGraph } from "../scripts/graph.js";
import { buildWorkspaceWithTeam, TEST_PASSWORD } from "@plateau/test-kit";
import { startTestGraph } from "./harness.js";

let graph: RunningGraph;
let url: string;
let team: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let projectId: string;

const dataDir = mkdtempSync(path.join(tmpdir(), "plateau-e2e-"));

beforeAll(async () => {
  graph = await startTestGraph({ dataDir });
  url = graph.gateway.url;
  team = await buildWorkspaceWithTeam(url);
});
afterAll(() => graph?.close());

describe("the supergraph", () => {
  it("answers one query across all six subgraphs for a logged-in user", async () => {
    const manager = team.MANAGER.token;
    const { createProject } = dataOf(
      await execute(url, CreateProjectDocument, {
        token: manager,
        variables: {
          input: { name: "WAF/API Security", key: "WAF", startDate: "2026-01-01", endDate: "2027-12-31", ownerId: team.MANAGER.id },
        },
      }),
    );
    projectId = createProject.project.id;
    const taskIds: string[] = [];
    for (const [title, status, completion] of [
      ["Deploy WAF in detection mode", "DONE", 100],
      ["Switch to blocking mode", "BLOCKED", 20],
      ["API schema validation", "BLOCKED", 0],
      ["Bot management rules", "BLOCKED", 0],
    ] as const) {
      const { createTask } = dataOf(
        await execute(url, CreateTaskDocument, {
          token: manager,
          variables: { input: { projectId, title, status, completion, estimateHours: 5, assigneeId: team.MEMBER.id } },
        }),
      );
      taskIds.push(createTask.task.id);
    }
    dataOf(
      await execute(url, LogTimeDocument, {
        token: team.MEMBER.token,
        variables: { input: { taskId: taskIds[0]!, projectId, date: "2026-11-20", hours: 6.5 } },
      }),
    );
    dataOf(
      await execute(url, LogTimeDocument, {
        token: team.MEMBER.token,
        variables: { input: { taskId: taskIds[0]!, projectId, date: "2026-11-21", hours: 1.5, billable: false } },
      }),
    );
    const { createWorkPackage } = dataOf(
      await execute(url, CreateWorkPackageDocument, {
        token: manager,
        variables: {
          input: { name: "Modernization Sprint #7", kind: "PROJECT", status: "IN_PROGRESS", riskLevel: "MEDIUM", progress: 75, projectId },
        },
      }),
    );
    const { createArchitectureElement } = dataOf(
      await execute(url, CreateArchitectureElementDocument, {
        token: manager,
        variables: { input: { type: "GOAL", name: "Reduce security exposure" } },
      }),
    );
    dataOf(
      await execute(url, LinkWorkPackageDocument, {
        token: manager,
        variables: {
          input: { workPackageId: createWorkPackage.workPackage.id, elementId: createArchitectureElement.element.id, relation: "REALIZES" },
        },
      }),
    );

    // insights evaluates the risks from portfolio's events, a moment after the changes that raise them.
    const overview = await vi.waitFor(
      async () => {
        const read = await execute(url, PortfolioOverviewDocument, { token: team.VIEWER.token });
        expect(read.data?.projects.nodes.find((node) => node.id === projectId)?.risks).toHaveLength(2);
        return read;
      },
      { timeout: 15_000, interval: 50 },
    );
    expect(overview.errors).toBeUndefined();
    const project = overview.data!.projects.nodes.find((node) => node.id === projectId)!;
    expect(overview.data!.workspace?.id).toBe(team.workspaceId);
    expect(project).toMatchObject({
      name: "WAF/API Security",
      progress: 30, // (100 + 20 + 0 + 0) / 4, equal estimates
      blockedTaskCount: 3,
      owner: { id: team.MANAGER.id, name: "Manager User" }, // identity
      workPackages: [
        // workpackages
        {
          name: "Modernization Sprint #7",
          kind: "PROJECT",
          riskLevel: "MEDIUM",
          links: [{ relation: "REALIZES", element: { type: "GOAL", name: "Reduce security exposure" } }],
        },
      ],
      effort: { totalHours: 8, billableHours: 6.5, entryCount: 2 }, // timesheets
    });
    // insights: three blocked tasks cross the "more than 2 blocked" rule; the dates put it behind schedule too.
    expect(project.risks.map((risk) => risk.rule).sort()).toEqual(["BLOCKED_TASKS", "SCHEDULE_SLIPPAGE"]);
    const blocked = project.risks.find((risk) => risk.rule === "BLOCKED_TASKS")!;
    expect(blocked).toMatchObject({ severity: "MEDIUM", detail: expect.stringContaining("3") });
    const deployed = project.tasks.nodes.find((task) => task.title === "Deploy WAF in detection mode")!;
    expect(deployed).toMatchObject({
      timeLogged: 8, // timesheets
      assignee: { id: team.MEMBER.id, name: "Member User", memberships: [{ role: "MEMBER" }] }, // identity + workspaces
    });
  });

  it("serves insights' velocity and forecast on portfolio's projects, from portfolio's task events", async () => {
    const manager = team.MANAGER.token;
    const { createProject } = dataOf(
      await execute(url, CreateProjectDocument, { token: manager, variables: { input: { name: "Forecast", key: "FCST" } } }),
    );
    const id = createProject.project.id;
    const createTask = (status: "DONE" | "TODO") =>
      execute(url, CreateTaskDocument, { token: manager, variables: { input: { projectId: id, title: `A ${status} task`, status } } });
    dataOf(await createTask("DONE"));
    const today = new Date().toISOString().slice(0, 10);
    const monday = new Date(Date.parse(`${today}T00:00:00Z`) - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) * 86_400_000);
    const query = `query($id: ID!) { project(id: $id) { velocity(weeks: 2) { weekStart completedTasks } forecast { remainingTasks asOf p50 { weeks date } } } }`;
    const read = async () =>
      dataOf(
        await execute<{ project: { velocity: { weekStart: string; completedTasks: number }[]; forecast: Record<string, unknown> | null } }>(
          url,
          query,
          { token: team.VIEWER.token, variables: { id } },
        ),
      ).project;
    // Every task done: done before this week began, whatever the throughput. Today's completion is in no complete week yet.
    await vi.waitFor(async () => expect((await read()).forecast).not.toBeNull(), { timeout: 15_000, interval: 50 });
    const dayBefore = new Date(monday.getTime() - 86_400_000).toISOString().slice(0, 10);
    expect(await read()).toEqual({
      velocity: [
        { weekStart: new Date(monday.getTime() - 14 * 86_400_000).toISOString().slice(0, 10), completedTasks: 0 },
        { weekStart: new Date(monday.getTime() - 7 * 86_400_000).toISOString().slice(0, 10), completedTasks: 0 },
      ],
      forecast: { remainingTasks: 0, asOf: today, p50: { weeks: 0, date: dayBefore } },
    });
    // A task to do and no completed week to draw from: no forecast.
    dataOf(await createTask("TODO"));
    await vi.waitFor(async () => expect((await read()).forecast).toBeNull(), { timeout: 15_000, interval: 50 });

    // Work done earlier and recorded now (an import, a card moved late) counts in the weeks it was done: one
    // task created DONE last Wednesday, one moved to DONE with the Wednesday before.
    const wednesday = (weeksAgo: number) => new Date(monday.getTime() + (2 - 7 * weeksAgo) * 86_400_000 + 12 * 3_600_000).toISOString();
    const imported = await execute(url, CreateTaskDocument, {
      token: manager,
      variables: { input: { projectId: id, title: "Imported", status: "DONE", completedAt: wednesday(1) } },
    });
    expect(dataOf(imported).createTask.task.completedAt).toBe(wednesday(1));
    const late = dataOf(await createTask("TODO")).createTask.task;
    const moved = await execute(url, UpdateTaskDocument, {
      token: manager,
      variables: { input: { id: late.id, status: "DONE", completedAt: wednesday(2) } },
    });
    expect(dataOf(moved).updateTask.task).toMatchObject({ status: "DONE", completedAt: wednesday(2) });
    await vi.waitFor(async () => expect((await read()).velocity.map((week) => week.completedTasks)).toEqual([1, 1]), {
      timeout: 15_000,
      interval: 50,
    });
    // One task left, and two of the last twelve weeks completed one each: a forecast again.
    await vi.waitFor(async () => expect((await read()).forecast).toMatchObject({ remainingTasks: 1, asOf: today }), {
      timeout: 15_000,
      interval: 50,
    });

    // The chance of meeting a milestone, on the same draws: one linked to the open task, due in eight weeks, and one
    // due today with nothing linked (nothing to do: met for sure).
    const milestone = async (name: string, dueDate: string, taskIds: string[]) => {
      const created = dataOf(
        await execute<{ createMilestone: { milestone: { id: string } } }>(
          url,
          `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`,
          { token: manager, variables: { i: { projectId: id, name, dueDate } } },
        ),
      ).createMilestone.milestone.id;
      if (taskIds.length > 0) {
        dataOf(
          await execute(url, `mutation($i: MilestoneTasksInput!) { linkMilestoneTasks(input: $i) { milestone { id } } }`, {
            token: manager,
            variables: { i: { milestoneId: created, taskIds } },
          }),
        );
      }
      return created;
    };
    const open = dataOf(await createTask("TODO")).createTask.task.id;
    const inEightWeeks = new Date(Date.parse(`${today}T00:00:00Z`) + 56 * 86_400_000).toISOString().slice(0, 10);
    const launch = await milestone("Launch", inEightWeeks, [open]);
    const kickOff = await milestone("Kick-off", today, []);
    type Odds = { milestone: { id: string; name: string } | null; dueDate: string; remainingTasks: number; probability: number };
    const odds = async () =>
      dataOf(
        await execute<{ project: { forecast: { remainingTasks: number; milestones: Odds[] | null } | null } }>(
          url,
          `query($id: ID!) { project(id: $id) { forecast { remainingTasks milestones { milestone { id name } dueDate remainingTasks probability } } } }`,
          { token: team.VIEWER.token, variables: { id } },
        ),
      ).project.forecast;
    await vi.waitFor(async () => expect((await odds())?.remainingTasks).toBe(2), { timeout: 15_000, interval: 50 });
    const byName = Object.fromEntries(((await odds())!.milestones ?? []).map((one) => [one.milestone?.name, one]));
    expect(byName["Kick-off"]).toEqual({ milestone: { id: kickOff, name: "Kick-off" }, dueDate: today, remainingTasks: 0, probability: 1 });
    expect(byName.Launch).toMatchObject({ milestone: { id: launch, name: "Launch" }, dueDate: inEightWeeks, remainingTasks: 1 });
    // Two of the last twelve weeks completed a task: the linked task in the eight weeks to go is possible, not certain.
    expect(byName.Launch!.probability).toBeGreaterThan(0.2);
    expect(byName.Launch!.probability).toBeLessThan(1);

    // The workspace's portfolio analysis has the project with the same forecast, from stored figures.
    const { portfolioAnalysis } = dataOf(
      await execute<{
        portfolioAnalysis: {
          projectCount: number;
          projects: { nodes: { project: { id: string } | null; forecast: { remainingTasks: number } | null }[] };
        };
      }>(url, `{ portfolioAnalysis { projectCount projects(first: 50) { nodes { project { id } forecast { remainingTasks } } } } }`, {
        token: team.VIEWER.token,
      }),
    );
    const analysed = portfolioAnalysis.projects.nodes.find((node) => node.project?.id === id);
    expect(analysed?.forecast).toEqual({ remainingTasks: 2 });
    expect(portfolioAnalysis.projectCount).toBe(portfolioAnalysis.projects.nodes.length);

    const refused = await execute(url, `{ project(id: "${id}") { velocity(weeks: 0) { weekStart } } }`, { token: team.VIEWER.token });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "weeks" }] } });
  });

  it("serves GraphiQL and its assets from the gateway itself", async () => {
    const base = url.replace(/\/graphql$/, "");
    const page = await fetch(`${base}/graphiql`);
    const html = await page.text();
    expect(page.headers.get("content-type")).toContain("text/html");
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBe(5);
    for (const asset of assets) expect((await fetch(`${base}${asset}`)).status).toBe(200);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const browser = await fetch(url, { headers: { accept: "text/html" } });
    expect(await browser.text()).toContain("graphiql");
  });

  it("reports the readiness of every subgraph and carries the request id", async () => {
    const health = await fetch(url.replace(/\/graphql$/, "/ready"));
    const report = (await health.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(health.status).toBe(200);
    expect(report.status).toBe("healthy");
    expect(Object.keys(report.checks).sort()).toEqual([
      "eventBus",
      "identity",
      "insights",
      "jwks",
      "portfolio",
      "timesheets",
      "workpackages",
      "workspaces",
    ]);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "trace-me-123", authorization: `Bearer ${team.VIEWER.token}` },
      body: JSON.stringify({ query: "{ projects { totalCount } }" }),
    });
    expect(response.headers.get("x-request-id")).toBe("trace-me-123");
  });
});

describe("bad input through the gateway", () => {
  it("answers an operationName the document does not define with OPERATION_RESOLUTION_FAILURE, not a masked internal error", async () => {
    for (const body of [
      { query: "query Mine { __typename }", operationName: "Theirs" },
      { query: "query A { __typename } query B { __typename }" },
    ]) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${team.VIEWER.token}` },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(
        result.errors?.map((error) => error.extensions?.code),
        JSON.stringify(body),
      ).toEqual(["OPERATION_RESOLUTION_FAILURE"]);
    }
  });

  it("names the field for malformed ids, page sizes, unknown enum values, dates and missing fields", async () => {
    const token = team.VIEWER.token;
    const malformed = await execute(url, TaskByIdDocument, { token, variables: { id: "not-a-uuid" } });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "id" }] });
    const unknown = await execute(url, TaskByIdDocument, { token, variables: { id: uuidv7() } });
    expect(unknown).toMatchObject({ data: { task: null } });
    expect(unknown.errors).toBeUndefined();
    const tooMany = await execute(url, ProjectsPageDocument, { token, variables: { first: 101 } });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "first" }] });
    const badEnumVariable = await execute(url, ProjectsPageDocument, {
      token,
      variables: { filter: { status: { eq: "SLEEPING" as never } } },
    });
    expect(errorCodes(badEnumVariable)).toEqual(["BAD_USER_INPUT"]);
    expect(badEnumVariable.errors?.[0]?.message).toContain("SLEEPING");
    const badEnumLiteral = await execute(url, `{ projects(filter: { status: { eq: SLEEPING } }) { totalCount } }`, { token });
    expect(errorCodes(badEnumLiteral)).toEqual(["BAD_USER_INPUT"]);
    const missingField = await execute(url, CreateTaskDocument, {
      token: team.MANAGER.token,
      variables: { input: { projectId } as never },
    });
    expect(errorCodes(missingField)).toEqual(["BAD_USER_INPUT"]);
    expect(missingField.errors?.[0]?.message).toContain("title");
    // A value a custom scalar refuses (the gateway only knows the scalar's name; the subgraph checks it): the
    // client's mistake, not the subgraph being unavailable, as a variable and as a literal.
    const badDateTimeVariable = await execute(
      url,
      `query($at: DateTime) { tasks(first: 1, filter: { updatedAt: { gt: $at } }) { totalCount } }`,
      {
        token,
        variables: { at: "yesterday" },
      },
    );
    const badDateLiteral = await execute(url, `{ tasks(first: 1, filter: { dueDate: { gt: "next tuesday" } }) { totalCount } }`, { token });
    const badCompletedAt = await execute(url, CreateTaskDocument, {
      token: team.MANAGER.token,
      variables: { input: { projectId, title: "Done once", status: "DONE", completedAt: "2026-13-45T99:00:00Z" } },
    });
    for (const [result, value] of [
      [badDateTimeVariable, "yesterday"],
      [badDateLiteral, "next tuesday"],
      [badCompletedAt, "2026-13-45T99:00:00Z"],
    ] as const) {
      expect(result.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        ["BAD_USER_INPUT", expect.stringContaining(value)],
      ]);
    }
    for (const result of [
      malformed,
      tooMany,
      badEnumVariable,
      badEnumLiteral,
      missingField,
      badDateTimeVariable,
      badDateLiteral,
      badCompletedAt,
    ]) {
      expect(JSON.stringify(result)).not.toMatch(/stack|127\.0\.0\.1|select |at .*\.ts/i);
    }
  });

  it("refuses missing, forged, expired and unsigned tokens with UNAUTHENTICATED", async () => {
    const anonymous = await execute(url, ProjectsPageDocument, {});
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    const [header, payload] = team.VIEWER.token.split(".");
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${payload}.`;
    const forged = `${header}.${payload}.${Buffer.from("not the signature").toString("base64url")}`;
    const foreignKey = await new SignJWT({ sid: uuidv7(), wid: team.workspaceId, wrole: "OWNER" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(uuidv7())
      .setIssuer("plateau-identity")
      .setAudience("plateau")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("a guessed shared secret of enough length"));
    for (const token of [unsigned, forged, foreignKey, "garbage"]) {
      const result = await execute(url, ProjectsPageDocument, { token });
      expect(errorCodes(result), token).toEqual(["UNAUTHENTICATED"]);
      expect(result.status).toBe(401);
    }
  });

  it("refuses tokens signed with identity's own key but expired, for another audience or issuer, or missing claims", async () => {
    const stored = JSON.parse(readFileSync(path.join(dataDir, "identity-keys", "signing-key.json"), "utf8")) as {
      kid: string;
      privateJwk: Record<string, string>;
    };
    const key = createPrivateKey({ key: stored.privateJwk, format: "jwk" });
    const sign = (overrides: { audience?: string; issuer?: string; expiresAt?: number; claims?: Record<string, unknown> }) =>
      new SignJWT({ sid: uuidv7(), wid: team.workspaceId, wrole: "OWNER", ...overrides.claims })
        .setProtectedHeader({ alg: "EdDSA", kid: stored.kid })
        .setSubject(team.owner.id)
        .setIssuer(overrides.issuer ?? "plateau-identity")
        .setAudience(overrides.audience ?? "plateau")
        .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
        .setExpirationTime(overrides.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
        .sign(key);
    // The key and claims are right: this one is let in, so the refusals below are about what differs.
    const valid = await execute(url, ProjectsPageDocument, { token: await sign({}) });
    expect(valid.errors).toBeUndefined();
    // It reads what the owner's own token reads.
    const ownersPage = dataOf(await execute(url, ProjectsPageDocument, { token: team.owner.token }));
    expect(valid.data).toEqual(ownersPage);
    expect(ownersPage.projects.totalCount).toBeGreaterThan(0);
    const refused = {
      expired: await sign({ expiresAt: Math.floor(Date.now() / 1000) - 60 }),
      "another audience": await sign({ audience: "someone-else" }),
      "the internal audience": await sign({ audience: "plateau-internal" }),
      "another issuer": await sign({ issuer: "elsewhere" }),
    };
    for (const [why, token] of Object.entries(refused)) {
      const result = await execute(url, ProjectsPageDocument, { token });
      expect(errorCodes(result), why).toEqual(["UNAUTHENTICATED"]);
      expect(result.status, why).toBe(401);
    }

    // A client still sending its expired token can refresh it (and log in): open operations ignore it.
    const { login } = dataOf(
      await execute<{ login: { refreshToken: string } }>(url, `mutation($i: LoginInput!) { login(input: $i) { refreshToken } }`, {
        variables: { i: { email: team.owner.email, password: TEST_PASSWORD, workspaceId: team.workspaceId } },
      }),
    );
    const refreshed = await execute(url, RefreshAccessTokenDocument, {
      token: refused.expired,
      variables: { input: { refreshToken: login.refreshToken } },
    });
    expect(refreshed.errors).toBeUndefined();
    expect(dataOf(refreshed).refreshAccessToken).toMatchObject({ workspaceId: team.workspaceId, user: { id: team.owner.id } });
    const fresh = await execute(url, ProjectsPageDocument, { token: dataOf(refreshed).refreshAccessToken.accessToken });
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data).toEqual(ownersPage);
    // …but not alongside an operation that needs the token.
    const mixed = await execute(
      url,
      `mutation($i: RefreshAccessTokenInput!) { refreshAccessToken(input: $i) { accessToken } logout { sessionId } }`,
      {
        token: refused.expired,
        variables: { i: { refreshToken: login.refreshToken } },
      },
    );
    expect(errorCodes(mixed)).toEqual(["UNAUTHENTICATED"]);
  });

  it("returns partial data and a masked error when a subgraph is down", async () => {
    await graph.subgraphs.get("timesheets")!.close();
    // effort is non-null, so the project it belongs to becomes null; the workspace still answers.
    const result = await execute<{ workspace: { name: string } | null; project: unknown }>(
      url,
      `query($id: ID!) { workspace { name } project(id: $id) { name effort { totalHours } } }`,
      { token: team.VIEWER.token, variables: { id: projectId } },
    );
    expect(result.data?.project).toBeNull();
    expect(result.data?.workspace).toMatchObject({ name: expect.stringMatching(/^E2E/) });
    expect(errorCodes(result)).toContain("SUBGRAPH_UNAVAILABLE");
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|http:|stack|ECONNREFUSED/);
  });
});
