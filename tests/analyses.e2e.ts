import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Client } from "graphql-ws";
import {
  AiSettingsDocument,
  AnalysisRequestDocument,
  CancelAnalysisRequestDocument,
  dataOf,
  execute,
  InsightGeneratedDocument,
  ProjectAnalysesDocument,
  RequestAnalysisDocument,
  UpdateAiSettingsDocument,
  type RequestAnalysisInput,
} from "@plateau/client";
import {
  buildProject,
  buildTask,
  buildWorkspaceWithTeam,
  collect,
  createLiveClient,
  problem,
  startChatCompletionsServer,
  subscribe,
  type ChatCompletionsServer,
} from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";

/**
 * Analyses through the gateway, with a model: the graph's insights asks the test kit's chat-completions
 * server through the real `openai` SDK. A request is QUEUED at once, a worker writes the insights, and
 * they arrive over `insightGenerated` and on the project. Who may ask, cancel and set the budget, and what
 * a client sees when the model refuses, the budget is spent or the input is wrong.
 */
let server: ChatCompletionsServer;
let graph: RunningGraph;
let url: string;
let ws: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let projectId: string;
const clients: Client[] = [];
const WAIT = { timeout: 15_000, interval: 50 };

beforeAll(async () => {
  server = await startChatCompletionsServer();
  graph = await startTestGraph({
    settings: {
      OPENAI_API_KEY: "e2e-key",
      OPENAI_BASE_URL: server.baseURL,
      OPENAI_MODEL: "gpt-e2e",
      OPENAI_TIMEOUT_MS: "2000",
      AI_RETRY_BASE_MS: "20",
      AI_MAX_ATTEMPTS: "2",
    },
  });
  url = graph.gateway.url;
  ws = await buildWorkspaceWithTeam(url, { name: "Analysed workspace" });
  const project = await buildProject(url, ws.MANAGER.token, { name: "Payments platform", key: "PAY" });
  projectId = project.id;
  await buildTask(url, ws.MANAGER.token, projectId, { title: "Tokenise card numbers" });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await graph?.close();
  await server?.close();
});

const ask = (token: string, input: RequestAnalysisInput) => execute(url, RequestAnalysisDocument, { token, variables: { input } });
const read = async (token: string, id: string) =>
  dataOf(await execute(url, AnalysisRequestDocument, { token, variables: { id } })).analysisRequest!;
const settled = (id: string) =>
  vi.waitFor(async () => {
    const request = await read(ws.MEMBER.token, id);
    expect(["SUCCEEDED", "FAILED", "CANCELLED"]).toContain(request.status);
    return request;
  }, WAIT);

describe("an analysis by a model, through the gateway", () => {
  it("is QUEUED at once, written by the model from the project's facts, delivered live and kept on the project", async () => {
    const client = createLiveClient({ url, token: ws.VIEWER.token, retryAttempts: 0 });
    clients.push(client);
    const live = collect(subscribe(client, InsightGeneratedDocument, { projectId, acknowledge: true }));
    await vi.waitFor(() => expect(live.data()).toHaveLength(1), WAIT);

    const before = server.requests.length;
    server.enqueue(
      {
        kind: "json",
        content: {
          headline: "Payments is starting",
          summary: "One task, none done.",
          highlights: ["0 of 1 tasks done."],
          citedIds: [projectId],
        },
        usage: { promptTokens: 800, completionTokens: 60 },
      },
      {
        kind: "json",
        content: {
          headline: "Card data",
          summary: "Tokenisation touches PCI scope.",
          recommendations: [{ action: "Book a PCI review", rationale: "Card numbers are stored.", priority: "HIGH" }],
          citedIds: [],
        },
        usage: { promptTokens: 820, completionTokens: 40 },
      },
    );
    const asked = await ask(ws.MEMBER.token, { scope: "PROJECT", projectId, kinds: ["EXECUTIVE_SUMMARY", "RECOMMENDATIONS"] });
    const queued = dataOf(asked).requestAnalysis.analysisRequest;
    expect(queued).toMatchObject({
      status: "QUEUED",
      scope: "PROJECT",
      projectId,
      kinds: ["EXECUTIVE_SUMMARY", "RECOMMENDATIONS"],
      attempts: 0,
      requestedBy: { id: ws.MEMBER.id },
    });

    const done = await settled(queued.id);
    expect(done).toMatchObject({ status: "SUCCEEDED", attempts: 1, tokensIn: 1620, tokensOut: 100, errorCode: null });
    expect(done.insights.map((insight) => [insight.kind, insight.source, insight.model, insight.headline])).toEqual([
      ["EXECUTIVE_SUMMARY", "MODEL", "gpt-e2e", "Payments is starting"],
      ["RECOMMENDATIONS", "MODEL", "gpt-e2e", "Card data"],
    ]);
    expect(done.insights[0]).toMatchObject({
      citations: [{ kind: "PROJECT", id: projectId }],
      createdBy: { id: ws.MEMBER.id },
      costEstimate: null,
    });
    expect(done.insights[1]!.recommendations).toEqual([
      { action: "Book a PCI review", rationale: "Card numbers are stored.", priority: "HIGH" },
    ]);

    // The facts were gathered through portfolio as the requester: the project and its task are in the prompt.
    const facts = (server.requests[before]!.body.messages as { content: string }[])[1]!.content;
    expect(facts).toContain('"name":"Payments platform"');
    expect(facts).toContain('"taskCount":1');

    // Delivered live, one event per insight, to a VIEWER of the workspace.
    await vi.waitFor(() => expect(live.data()).toHaveLength(3), WAIT);
    expect(
      live
        .data()
        .map((event) => [
          event.insightGenerated.kind,
          event.insightGenerated.insightKind,
          event.insightGenerated.insight?.headline ?? null,
        ]),
    ).toEqual([
      ["SUBSCRIBED", null, null],
      ["GENERATED", "EXECUTIVE_SUMMARY", "Payments is starting"],
      ["GENERATED", "RECOMMENDATIONS", "Card data"],
    ]);
    await live.stop();

    // Kept on the project: the latest summary, and the insights by kind, newest first.
    const { project } = dataOf(await execute(url, ProjectAnalysesDocument, { token: ws.VIEWER.token, variables: { id: projectId } }));
    expect(project!.latestSummary).toMatchObject({ id: done.insights[0]!.id, source: "MODEL", promptVersion: "executive-summary@1" });
    expect(project!.insights.totalCount).toBe(2);
    const recommendations = dataOf(
      await execute(url, ProjectAnalysesDocument, { token: ws.VIEWER.token, variables: { id: projectId, kind: "RECOMMENDATIONS" } }),
    );
    expect(recommendations.project!.insights.nodes.map((insight) => insight.id)).toEqual([done.insights[1]!.id]);
  });

  it("shows a refusal as FAILED with MODEL_REFUSED and the model's words, storing nothing", async () => {
    server.enqueue({ kind: "refusal", refusal: "I can't assess that." });
    const { id } = dataOf(await ask(ws.MEMBER.token, { scope: "PROJECT", projectId, kinds: ["RISK_ASSESSMENT"] })).requestAnalysis
      .analysisRequest;
    expect(await settled(id)).toMatchObject({
      status: "FAILED",
      errorCode: "MODEL_REFUSED",
      lastError: "The model declined: I can't assess that.",
      insights: [],
    });
  });

  it("analyses the portfolio: every project the requester can read, in one insight without a project", async () => {
    const before = server.requests.length;
    server.enqueue({
      kind: "json",
      content: { headline: "One project", summary: "Payments only.", highlights: [], citedIds: [projectId] },
    });
    const { id } = dataOf(await ask(ws.MANAGER.token, { scope: "PORTFOLIO", kinds: ["EXECUTIVE_SUMMARY"] })).requestAnalysis
      .analysisRequest;
    const done = await settled(id);
    expect(done).toMatchObject({ status: "SUCCEEDED", scope: "PORTFOLIO", projectId: null });
    expect(done.insights[0]).toMatchObject({
      scope: "PORTFOLIO",
      headline: "One project",
      citations: [{ kind: "PROJECT", id: projectId }],
    });
    const facts = JSON.parse(
      (server.requests[before]!.body.messages as { content: string }[])[1]!.content
        .replace("<<<PLATEAU_FACTS\n", "")
        .replace("\nPLATEAU_FACTS>>>", ""),
    ) as { scope: string; projects: { id: string }[] };
    expect(facts.scope).toBe("PORTFOLIO");
    expect(facts.projects.map((project) => project.id)).toEqual([projectId]);
  });
});

describe("skills coverage: in an analysis' facts, and as the rule SKILL_CONCENTRATION", () => {
  it("names each skill the open tasks need and who holds it at that level, asked of identity as the requester", async () => {
    const token = ws.MANAGER.token;
    const run = async <T>(query: string, input: Record<string, unknown>) =>
      dataOf(await execute<T>(url, query, { token, variables: { input } }));
    const project = await buildProject(url, token, { name: "Card vault", key: "VAULT" });
    const skill = async (name: string) =>
      (
        await run<{ createSkill: { skill: { id: string } } }>(
          `mutation($input: CreateSkillInput!) { createSkill(input: $input) { skill { id } } }`,
          { name },
        )
      ).createSkill.skill.id;
    const [pci, hsm] = [await skill("PCI DSS"), await skill("HSM operations")];
    const rate = `mutation($input: SetUserSkillInput!) { setUserSkill(input: $input) { userSkill { id } } }`;
    // PCI DSS: the manager is an expert, the member a beginner; HSM operations: nobody.
    await run(rate, { userId: ws.MANAGER.id, skillId: pci, level: "EXPERT" });
    await run(rate, { userId: ws.MEMBER.id, skillId: pci, level: "BEGINNER" });
    const needs = async (title: string, requiredSkills: { skillId: string; minLevel?: string }[], status?: string) =>
      (
        await run<{ createTask: { task: { id: string } } }>(
          `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`,
          {
            projectId: project.id,
            title,
            requiredSkills,
            status,
          },
        )
      ).createTask.task.id;
    const scope = await needs("Scope the cardholder data environment", [{ skillId: pci, minLevel: "ADVANCED" }]);
    const keys = await needs("Rotate the vault keys", [{ skillId: pci, minLevel: "INTERMEDIATE" }, { skillId: hsm }]);
    // A DONE task's needs are no longer needs.
    await needs("Old audit", [{ skillId: hsm }, { skillId: pci, minLevel: "BEGINNER" }], "DONE");

    const before = server.requests.length;
    server.enqueue({ kind: "json", content: { headline: "Vault", summary: "Two open tasks.", highlights: [], citedIds: [keys] } });
    const { id } = dataOf(await ask(ws.MEMBER.token, { scope: "PROJECT", projectId: project.id, kinds: ["EXECUTIVE_SUMMARY"] }))
      .requestAnalysis.analysisRequest;
    const done = await settled(id);
    expect(done.status).toBe("SUCCEEDED");
    // A task of the skills coverage is a fact the model may cite.
    expect(done.insights[0]!.citations).toEqual([{ kind: "TASK", id: keys }]);
    const facts = JSON.parse(
      (server.requests[before]!.body.messages as { content: string }[])[1]!.content
        .replace("<<<PLATEAU_FACTS\n", "")
        .replace("\nPLATEAU_FACTS>>>", ""),
    ) as { projects: { skills: unknown[] }[] };
    // Most needed first; PCI DSS at the lowest level an open task asks for (INTERMEDIATE): the manager only.
    expect(facts.projects[0]!.skills).toEqual([
      { id: pci, name: "PCI DSS", minLevel: "INTERMEDIATE", taskIds: [scope, keys], holderIds: [ws.MANAGER.id] },
      { id: hsm, name: "HSM operations", minLevel: null, taskIds: [keys], holderIds: [] },
    ]);

    // The same coverage, kept live from identity's and portfolio's events, is the rule SKILL_CONCENTRATION on the
    // project: the skill the fewest hold first, its evidence resolved through the graph.
    type SkillRisk = {
      severity: string;
      detail: string;
      evidence: { skill: { name: string }; minLevel: string | null; holders: { id: string }[]; tasks: number; concentratedSkills: number };
    };
    const skillRisk = async () => {
      const { project: read } = dataOf(
        await execute<{ project: { risks: (SkillRisk & { rule: string })[] } }>(
          url,
          `query($id: ID!) { project(id: $id) { risks { rule severity detail evidence { ... on SkillConcentrationEvidence {
             skill { name } minLevel holders { id } tasks concentratedSkills } } } } }`,
          { token: ws.VIEWER.token, variables: { id: project.id } },
        ),
      );
      return read.risks.find((risk) => risk.rule === "SKILL_CONCENTRATION");
    };
    await vi.waitFor(
      async () =>
        expect(await skillRisk()).toEqual({
          rule: "SKILL_CONCENTRATION",
          severity: "HIGH",
          detail: "1 open task needs a skill that nobody in the workspace holds (and 1 more skill likewise)",
          evidence: { skill: { name: "HSM operations" }, minLevel: null, holders: [], tasks: 1, concentratedSkills: 2 },
        }),
      WAIT,
    );
    // The member learns both: PCI DSS has two holders, HSM operations one.
    await run(rate, { userId: ws.MEMBER.id, skillId: pci, level: "ADVANCED" });
    await run(rate, { userId: ws.MEMBER.id, skillId: hsm, level: "EXPERT" });
    await vi.waitFor(
      async () =>
        expect((await skillRisk())?.evidence).toEqual({
          skill: { name: "HSM operations" },
          minLevel: null,
          holders: [{ id: ws.MEMBER.id }],
          tasks: 1,
          concentratedSkills: 1,
        }),
      WAIT,
    );
    expect((await skillRisk())?.severity).toBe("MEDIUM");
  });
});

describe("who may ask, read and cancel", () => {
  it("refuses a VIEWER's request (REQUEST_ANALYSIS) but lets them read the insights", async () => {
    const refused = await ask(ws.VIEWER.token, { scope: "PROJECT", projectId, kinds: ["EXECUTIVE_SUMMARY"] });
    expect(problem(refused).code).toBe("FORBIDDEN");
    expect(refused.errors![0]!.extensions).toMatchObject({ requiredAccess: "REQUEST_ANALYSIS" });
  });

  it("lets only the requester or ADMIN and above cancel, and refuses cancelling a finished request with CONFLICT", async () => {
    // A slow answer keeps the request RUNNING while the others try.
    server.enqueue({
      kind: "slow",
      delayMs: 1_500,
      then: { kind: "json", content: { headline: "Late", summary: "s", highlights: [], citedIds: [] } },
    });
    const { id } = dataOf(await ask(ws.MEMBER.token, { scope: "PROJECT", projectId, kinds: ["EXECUTIVE_SUMMARY"] })).requestAnalysis
      .analysisRequest;
    const byManager = await execute(url, CancelAnalysisRequestDocument, { token: ws.MANAGER.token, variables: { input: { id } } });
    expect(problem(byManager)).toMatchObject({
      code: "FORBIDDEN",
      message: "Only whoever asked for an analysis, or ADMIN and above, may cancel it",
    });
    const byAdmin = dataOf(await execute(url, CancelAnalysisRequestDocument, { token: ws.ADMIN.token, variables: { input: { id } } }));
    expect(byAdmin.cancelAnalysisRequest.analysisRequest).toMatchObject({ status: "CANCELLED" });
    // The model's late answer is dropped: nothing is stored for a cancelled request.
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    expect(await read(ws.MEMBER.token, id)).toMatchObject({ status: "CANCELLED", insights: [] });
    const again = await execute(url, CancelAnalysisRequestDocument, { token: ws.MEMBER.token, variables: { input: { id } } });
    expect(problem(again)).toMatchObject({
      code: "CONFLICT",
      message: `Analysis request ${id} is already CANCELLED and cannot be cancelled`,
    });
  });
});

describe("bad input", () => {
  it.each([
    [{ scope: "PROJECT", kinds: ["EXECUTIVE_SUMMARY"] }, "input.projectId", "input.projectId: a PROJECT analysis names its project"],
    [
      { scope: "PORTFOLIO", projectId: "P", kinds: ["EXECUTIVE_SUMMARY"] },
      "input.projectId",
      "input.projectId: a PORTFOLIO analysis covers every project: leave projectId out",
    ],
    [{ scope: "PROJECT", projectId: "nope", kinds: ["EXECUTIVE_SUMMARY"] }, "input.projectId", 'input.projectId: "nope" is not a valid ID'],
    [{ scope: "PROJECT", projectId: "P", kinds: [] }, "input.kinds", "input.kinds: name at least one kind of insight"],
    [
      { scope: "PROJECT", projectId: "P", kinds: ["RISK_ASSESSMENT", "RISK_ASSESSMENT"] },
      "input.kinds[1]",
      "input.kinds[1]: RISK_ASSESSMENT is listed twice",
    ],
  ])("%o is BAD_USER_INPUT naming %s", async (input, field, message) => {
    const sent = JSON.parse(JSON.stringify(input).replace('"P"', JSON.stringify(projectId))) as RequestAnalysisInput;
    const result = await ask(ws.MEMBER.token, sent);
    expect(result.data).toBeNull();
    expect(problem(result)).toEqual({ code: "BAD_USER_INPUT", field, message });
  });
});

describe("the daily token budget (ADMIN and above)", () => {
  it("is set by ADMIN and above, checked, and refuses new analyses with AI_BUDGET_EXHAUSTED once spent", async () => {
    expect(problem(await execute(url, AiSettingsDocument, { token: ws.MEMBER.token })).code).toBe("FORBIDDEN");
    const { aiSettings } = dataOf(await execute(url, AiSettingsDocument, { token: ws.ADMIN.token }));
    expect(aiSettings).toMatchObject({
      source: "MODEL",
      dailyTokenBudget: 200_000,
      dailyTokenBudgetIsDefault: true,
      model: "gpt-e2e",
      version: 0,
    });
    expect(aiSettings.tokensUsedToday).toBeGreaterThanOrEqual(1720);

    const negative = await execute(url, UpdateAiSettingsDocument, {
      token: ws.ADMIN.token,
      variables: { input: { dailyTokenBudget: -1, expectedVersion: 0 } },
    });
    expect(problem(negative)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.dailyTokenBudget" });
    const updated = dataOf(
      await execute(url, UpdateAiSettingsDocument, {
        token: ws.ADMIN.token,
        variables: { input: { dailyTokenBudget: 1_000, expectedVersion: 0 } },
      }),
    );
    expect(updated.updateAiSettings).toMatchObject({
      dailyTokenBudget: 1_000,
      dailyTokenBudgetIsDefault: false,
      modelIsDefault: true,
      version: 1,
    });
    const stale = await execute(url, UpdateAiSettingsDocument, {
      token: ws.ADMIN.token,
      variables: { input: { model: "other", expectedVersion: 0 } },
    });
    expect(problem(stale).code).toBe("CONFLICT");

    const before = server.requests.length;
    const spent = await ask(ws.MEMBER.token, { scope: "PROJECT", projectId, kinds: ["EXECUTIVE_SUMMARY"] });
    expect(spent.data).toBeNull();
    expect(spent.errors![0]!.extensions).toMatchObject({ code: "AI_BUDGET_EXHAUSTED", budget: 1_000 });
    expect(server.requests.length).toBe(before);

    // Back to the default: analyses are accepted again.
    dataOf(
      await execute(url, UpdateAiSettingsDocument, {
        token: ws.owner.token,
        variables: { input: { dailyTokenBudget: null, expectedVersion: 1 } },
      }),
    );
    server.enqueue({ kind: "json", content: { headline: "Again", summary: "s", highlights: [], citedIds: [] } });
    const { id } = dataOf(await ask(ws.MEMBER.token, { scope: "PROJECT", projectId, kinds: ["EXECUTIVE_SUMMARY"] })).requestAnalysis
      .analysisRequest;
    expect(await settled(id)).toMatchObject({ status: "SUCCEEDED" });
  });
});
