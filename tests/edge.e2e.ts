import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { print } from "graphql";
import {
  BoardChangedDocument,
  documentHash,
  errorCodes,
  buildProject,
  buildUser,
  buildWorkspaceWithTeam,
  createLiveClient,
  dataOf,
  execute,
  MeDocument,
  PortfolioOverviewDocument,
  subscribe,
} from "@plateau/test-kit";
import { DEFAULT_OPERATION_LIMITS, DEFAULT_RATE_LIMIT_POLICY, type RunningGateway } from "@plateau/gateway";
import type { RunningGraph } from "../scripts/graph.js";
import { startExtraGateway, startTestGraph, TEST_TRUSTED_DOCUMENTS } from "./harness.js";

/** One POST as a client sends it, with the status, headers and body the client gets. */
async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: { requested: number; limit: number | null; remaining: number | null; resetAt: string | null } };
  };
  return { status: response.status, headers: response.headers, ...json };
}

let graph: RunningGraph;
let url: string;
let team: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
/** Every SQL statement any subgraph ran, to show a refused operation reached none. */
let statements = 0;

beforeAll(async () => {
  graph = await startTestGraph({ onQuery: () => (statements += 1) });
  url = graph.gateway.url;
  team = await buildWorkspaceWithTeam(url);
});
afterAll(() => graph?.close());

/** Statements run by the subgraphs while `send` ran. */
async function statementsDuring<T>(send: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const before = statements;
  const result = await send();
  return { result, statements: statements - before };
}

describe("operation limits", () => {
  it("refuses a depth-50 query with one QUERY_TOO_COMPLEX error before any subgraph sees it", async () => {
    const deep = "query Deep { me { " + "memberships { user { ".repeat(25) + "id" + " } }".repeat(25) + " } }";
    const { result, statements: ran } = await statementsDuring(() => post(url, { query: deep }, team.MEMBER.token));
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      {
        message: `The operation's depth is 52; at most ${DEFAULT_OPERATION_LIMITS.maxDepth} is accepted`,
        extensions: { code: "QUERY_TOO_COMPLEX", limitName: "depth", limit: DEFAULT_OPERATION_LIMITS.maxDepth, actual: 52 },
      },
    ]);
    expect(result.data).toBeUndefined();
    expect(ran).toBe(0);
  });

  it("refuses 56,000 aliases by the document's size, and a few too many by their count", async () => {
    const flood = "{ " + Array.from({ length: 56_000 }, (_, index) => `a${index}: __typename`).join(" ") + " }";
    const huge = await post(url, { query: flood.slice(0, 900_000) + " }" }, team.MEMBER.token);
    expect(huge.status).toBe(400);
    expect(huge.errors).toHaveLength(1);
    expect(huge.errors![0]!.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      limitName: "documentBytes",
      limit: DEFAULT_OPERATION_LIMITS.maxDocumentBytes,
    });

    const aliases = "{ " + Array.from({ length: 31 }, (_, index) => `m${index}: me { id }`).join(" ") + " }";
    const counted = await post(url, { query: aliases }, team.MEMBER.token);
    expect(counted.status).toBe(400);
    expect(counted.errors).toEqual([
      {
        message: expect.stringContaining("aliases is 31"),
        extensions: { code: "QUERY_TOO_COMPLEX", limitName: "aliases", limit: 30, actual: 31 },
      },
    ]);
  });

  it("refuses an operation whose cost is over the maximum, naming the cost and the limit", async () => {
    const query = "query Wide { projects(first: 100) { nodes { tasks(first: 100) { nodes { assignee { memberships { role } } } } } } }";
    const { result, statements: ran } = await statementsDuring(() => post(url, { query }, team.MEMBER.token));
    // 100 projects × (the project + 100 tasks × (task + assignee + 10 memberships)).
    const cost = 1 + 100 * (1 + 1 + 100 * (1 + 1 + 10));
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      {
        message: expect.stringContaining(`cost is ${cost}; at most ${DEFAULT_OPERATION_LIMITS.maxCost}`),
        extensions: { code: "QUERY_TOO_COMPLEX", limitName: "cost", limit: DEFAULT_OPERATION_LIMITS.maxCost, actual: cost },
      },
    ]);
    expect(ran).toBe(0);
  });

  it("answers a subscription sent over HTTP with a clear error, not an internal one", async () => {
    const project = await buildProject(url, team.MANAGER.token);
    const result = await post(url, { query: `subscription { boardChanged(projectId: "${project.id}") { kind } }` }, team.MEMBER.token);
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      {
        message: "Subscriptions run over the WebSocket: connect to /graphql with graphql-ws (GraphQL over WebSocket)",
        extensions: { code: "BAD_USER_INPUT" },
      },
    ]);
  });

  it("caps the validation errors of one document", async () => {
    const query = "{ " + Array.from({ length: 25 }, (_, index) => `f${index}`).join(" ") + " }";
    const result = await post(url, { query }, team.MEMBER.token);
    expect(result.status).toBe(400);
    expect(result.errors).toHaveLength(11);
    expect(result.errors!.at(-1)!.message).toMatch(/Too many validation errors/);
  });

  it("keeps field suggestions to itself unless GRAPHQL_SUGGESTIONS is on", async () => {
    const typo = { query: "{ projets { totalCount } }" };
    const hidden = await post(url, typo, team.MEMBER.token);
    expect(hidden.errors?.[0]?.message).toBe('Cannot query field "projets" on type "Query".');
    const talkative = await startExtraGateway(graph, { edge: { suggestions: true } });
    try {
      expect((await post(talkative.url, typo, team.MEMBER.token)).errors?.[0]?.message).toMatch(/Did you mean "project.*"\?$/);
    } finally {
      await talkative.close();
    }
  });
});

describe("operation limits over the WebSocket", () => {
  let projectId: string;
  beforeAll(async () => {
    projectId = (await buildProject(url, team.MANAGER.token)).id;
  });

  /** The errors a subscription is refused with over graphql-ws; no subgraph ran a statement for it, and nothing started. */
  async function refusedOverSocket(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
    const client = createLiveClient({ url, token: team.MEMBER.token, retryAttempts: 0 });
    try {
      let settled = false;
      const { result, statements: ran } = await statementsDuring(() =>
        Promise.race([
          client
            .iterate({ query, variables })
            .next()
            .then(
              (started) => ({ started }),
              (errors: unknown) => ({ errors }),
            )
            .finally(() => (settled = true)),
          // A subscription that starts waits for events: it is a failure, seen at once.
          (async () => {
            while (!settled && graph.gateway.liveSubscriptions() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
            return { started: graph.gateway.liveSubscriptions() };
          })(),
        ]),
      );
      expect(result).not.toHaveProperty("started");
      expect(ran).toBe(0);
      expect(graph.gateway.liveSubscriptions()).toBe(0);
      return "errors" in result ? result.errors : undefined;
    } finally {
      await client.dispose();
    }
  }

  /** The same document's errors over HTTP, which checks the document limits and validation before the operation's type. */
  async function refusedOverHttp(query: string, variables: Record<string, unknown> = {}) {
    const result = await post(url, { query, variables }, team.MEMBER.token);
    expect(result.status).toBe(400);
    return result.errors;
  }

  it("refuses a too-deep subscription with the one QUERY_TOO_COMPLEX error HTTP gives, and starts nothing", async () => {
    const deep = `subscription Deep($id: ID!) { boardChanged(projectId: $id) { task { ${"parent { ".repeat(10)}id${" }".repeat(10)} } } }`;
    const http = await refusedOverHttp(deep, { id: projectId });
    expect(http).toEqual([
      {
        message: `The operation's depth is 13; at most ${DEFAULT_OPERATION_LIMITS.maxDepth} is accepted`,
        extensions: { code: "QUERY_TOO_COMPLEX", limitName: "depth", limit: DEFAULT_OPERATION_LIMITS.maxDepth, actual: 13 },
      },
    ]);
    expect(await refusedOverSocket(deep, { id: projectId })).toEqual(http);
  });

  it("refuses a subscription with too many aliases the same way", async () => {
    const aliases = Array.from({ length: 31 }, (_, index) => `k${index}: kind`).join(" ");
    const query = `subscription Aliased($id: ID!) { boardChanged(projectId: $id) { ${aliases} } }`;
    const http = await refusedOverHttp(query, { id: projectId });
    expect(http).toEqual([
      {
        message: expect.stringContaining("aliases is 31"),
        extensions: { code: "QUERY_TOO_COMPLEX", limitName: "aliases", limit: DEFAULT_OPERATION_LIMITS.maxAliases, actual: 31 },
      },
    ]);
    expect(await refusedOverSocket(query, { id: projectId })).toEqual(http);
  });

  it("refuses a subscription whose cost is over the maximum, naming the cost and the limit as HTTP does", async () => {
    const selection = "project { tasks(first: 100) { nodes { comments(first: 100) { nodes { mentions { id } } } } } }";
    // The project, 100 tasks × (task + 100 comments × (comment + 10 mentions)).
    const selectionCost = 1 + (1 + 100 * (1 + (1 + 100 * (1 + 10))));
    const refusal = (cost: number) => [
      {
        message: `The operation's cost is ${cost}; at most ${DEFAULT_OPERATION_LIMITS.maxCost} is accepted: ask for smaller pages (first/last) or fewer nested connections`,
        extensions: { code: "QUERY_TOO_COMPLEX", limitName: "cost", limit: DEFAULT_OPERATION_LIMITS.maxCost, actual: cost },
      },
    ];
    // Over HTTP the selection under the task asked for by id; over the socket under the event's task.
    expect(await refusedOverHttp(`query Costly($id: ID!) { task(id: $id) { ${selection} } }`, { id: projectId })).toEqual(
      refusal(1 + selectionCost),
    );
    expect(
      await refusedOverSocket(`subscription Costly($id: ID!) { boardChanged(projectId: $id) { task { ${selection} } } }`, {
        id: projectId,
      }),
    ).toEqual(refusal(1 + 1 + selectionCost));
  });

  it("refuses a misspelt field with HTTP's validation error, without suggesting names", async () => {
    const typo = "subscription Typo($id: ID!) { boardChanged(projectId: $id) { knd } }";
    const http = await refusedOverHttp(typo, { id: projectId });
    expect(http).toEqual([
      {
        message: 'Cannot query field "knd" on type "BoardEvent".',
        locations: [{ line: 1, column: 62 }],
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      },
    ]);
    expect(await refusedOverSocket(typo, { id: projectId })).toEqual(http);
  });
});

describe("introspection", () => {
  const introspect = { query: "{ __schema { queryType { name } } }" };

  it("answers signed-in callers and refuses anonymous ones by default", async () => {
    const anonymous = await post(url, introspect);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const signedIn = await post(url, introspect, (await buildUser(url)).token);
    expect(signedIn.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("is refused to everyone, and GraphiQL is not served, when turned off", async () => {
    const closed = await startExtraGateway(graph, { edge: { introspection: "off" } });
    try {
      const refused = await post(closed.url, introspect, team.owner.token);
      expect(refused.status).toBe(403);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await fetch(closed.url.replace(/graphql$/, "graphiql"))).status).toBe(404);
      expect((await fetch(url.replace(/graphql$/, "graphiql"))).status).toBe(200);
    } finally {
      await closed.close();
    }
  });
});

describe("cost and rate limits", () => {
  it("reports every operation's cost in extensions and the budget in RateLimit headers", async () => {
    const result = await post(url, { query: print(PortfolioOverviewDocument), variables: {} }, team.MANAGER.token);
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    const cost = result.extensions!.cost!;
    // 20 projects × (project + owner + 10 work packages × (package + 10 links × (link + element)) + effort
    // + 10 risks + 10 milestones + 100 tasks × (task + assignee + 10 memberships)), and the workspace.
    expect(cost.requested).toBe(1 + (1 + 20 * (1 + 1 + 10 * (1 + 10 * 2) + 1 + 10 + 10 + (1 + 100 * 12))));
    expect(cost.limit).toBe(1e12);
    expect(cost.remaining).toBeLessThanOrEqual(1e12 - cost.requested);
    expect(Date.parse(cost.resetAt!)).toBeGreaterThan(Date.now());
    // The budget with the least left decides: here the workspace's, which every test user shares.
    expect(result.headers.get("ratelimit-policy")).toBe(`"workspace";q=${1e12};w=60`);
    expect(result.headers.get("ratelimit")).toMatch(new RegExp(`^"workspace";r=${cost.remaining};t=\\d+$`));
  });

  describe("with small budgets", () => {
    let limited: RunningGateway;
    beforeAll(async () => {
      limited = await startExtraGateway(graph, {
        eventBus: graph.eventBus,
        edge: {
          rateLimit: {
            ...DEFAULT_RATE_LIMIT_POLICY,
            userPoints: 1_000,
            workspacePoints: 100_000,
            anonymousPoints: 300,
            minimumCharge: 100,
          },
        },
      });
    });
    afterAll(() => limited?.close());

    it("answers 429 with Retry-After, RateLimit headers and RATE_LIMITED once a user's budget is spent", async () => {
      const me = { query: "query Me { me { id } }" };
      const token = team.VIEWER.token;
      for (let spent = 100; spent <= 1_000; spent += 100) {
        const ok = await post(limited.url, me, token);
        expect(ok.status).toBe(200);
        expect(ok.extensions?.cost).toMatchObject({ requested: 1, limit: 1_000, remaining: 1_000 - spent });
      }
      const refused = await post(limited.url, me, token);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      // The window slides: the rest of the current window, then the part of the next one over which
      // this window's spend (1,000) must slide out until a minimum charge of 100 fits: 60 × (1 − 900/1000)
      // = 6 s more when all of it fell in the current window (CI once saw 64 s).
      expect(retryAfter).toBeLessThanOrEqual(66);
      expect(refused.headers.get("ratelimit")).toBe(`"user";r=0;t=${retryAfter}`);
      expect(refused.headers.get("ratelimit-policy")).toBe('"user";q=1000;w=60');
      expect(refused.data).toBeUndefined();
      expect(refused.errors).toEqual([
        {
          message: `The user budget of 1000 per 60 s is spent: retry in ${retryAfter} s`,
          extensions: {
            code: "RATE_LIMITED",
            retryAfter,
            policy: "user",
            limit: 1_000,
            remaining: 0,
            resetAt: expect.any(String),
            cost: 1,
          },
        },
      ]);
      expect(refused.extensions?.cost).toMatchObject({ requested: 1, limit: 1_000, remaining: 0 });
      // Another user of the workspace has a budget of their own.
      expect((await post(limited.url, me, team.MEMBER.token)).status).toBe(200);
    });

    it("charges a request whose variables do not fit its operation the minimum, and reports it", async () => {
      // Its operation never runs (execution refuses the variables), yet a flood of them is still a flood.
      const user = await buildUser(url);
      const badVariables = { query: "query TaskTitle($id: ID!) { task(id: $id) { title } }", variables: { id: { not: "an id" } } };
      const { result: answers, statements: ran } = await statementsDuring(async () => {
        const sent = [];
        for (let i = 0; i < 11; i++) sent.push(await post(limited.url, badVariables, user.token));
        return sent;
      });
      answers.slice(0, 10).forEach((answer, index) => {
        expect(answer.status).toBe(400);
        expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
        expect(answer.extensions?.cost).toMatchObject({ requested: 0, limit: 1_000, remaining: 1_000 - 100 * (index + 1) });
      });
      expect(answers[10]!.status).toBe(429);
      expect(answers[10]!.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: "RATE_LIMITED", policy: "user", limit: 1_000, cost: 0 }) }),
      ]);
      expect(ran).toBe(0);
    });

    it("refuses an operation costing more than the caller's whole budget as too complex, not as a retry that never helps", async () => {
      // The page, 100 projects and a page of 5 tasks each: 701 points, above the anonymous budget of 300, below the user's 1,000.
      const query = { query: "{ projects(first: 100) { nodes { id tasks(first: 5) { nodes { id } } } } }" };
      const anonymous = await post(limited.url, query);
      expect(anonymous.status).toBe(400);
      expect(anonymous.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: "QUERY_TOO_COMPLEX", limitName: "cost", limit: 300, actual: 701 }),
        }),
      ]);
      expect(anonymous.errors?.[0]?.message).toMatch(/without a token/);
      const signedIn = await post(limited.url, query, team.MEMBER.token);
      expect(signedIn.status).toBe(200);
      const bigger = await post(
        limited.url,
        { query: "{ projects(first: 100) { nodes { id tasks(first: 10) { nodes { id } } } } }" },
        team.MEMBER.token,
      );
      expect(bigger.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: "QUERY_TOO_COMPLEX", limitName: "cost", limit: 1_000, actual: 1_201 }),
        }),
      ]);
    });

    it("limits anonymous callers by address", async () => {
      const anonymous = { query: "{ __typename }" };
      for (let i = 0; i < 3; i++) expect((await post(limited.url, anonymous)).status).toBe(200);
      const refused = await post(limited.url, anonymous);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", policy: "anonymous", limit: 300 });
    });

    it("charges a subscription to the same budget when it starts", async () => {
      const project = await buildProject(url, team.MANAGER.token);
      const token = team.ADMIN.token;
      // 1,000 points: nine queries leave 100, one subscription takes them, the next is refused.
      for (let i = 0; i < 9; i++) expect((await post(limited.url, { query: "{ me { id } }" }, token)).status).toBe(200);
      const client = createLiveClient({ url: limited.url, token, retryAttempts: 0 });
      try {
        const first = subscribe(client, BoardChangedDocument, { projectId: project.id });
        void first.next().catch(() => undefined);
        await expect.poll(() => limited.liveSubscriptions()).toBe(1);
        // The subscription took what was left: the next request is refused.
        expect((await post(limited.url, { query: "{ me { id } }" }, token)).status).toBe(429);
        const second = subscribe(client, BoardChangedDocument, { projectId: project.id });
        // As over HTTP, less the status and headers a socket has no place for.
        await expect(second.next()).rejects.toEqual([
          {
            message: expect.stringMatching(/^The user budget of 1000 per 60 s is spent: retry in \d+ s$/),
            extensions: {
              code: "RATE_LIMITED",
              retryAfter: expect.any(Number),
              policy: "user",
              limit: 1_000,
              remaining: expect.any(Number),
              resetAt: expect.any(String),
              cost: expect.any(Number),
            },
          },
        ]);
        await first.return?.();
      } finally {
        await client.dispose();
      }
    });
  });
});

describe("trusted documents", () => {
  const meHash = documentHash(MeDocument)!;
  const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

  it("runs the client's documents by hash, and keeps automatic persisted queries for others", async () => {
    const me = await execute(url, MeDocument, { token: team.MEMBER.token, persisted: true });
    expect(me.data?.me?.id).toBe(team.MEMBER.id);
    // GET works too (Apollo's CSRF prevention wants a non-simple header).
    const get = await fetch(`${url}?extensions=${encodeURIComponent(JSON.stringify(byHash(meHash).extensions))}`, {
      headers: { authorization: `Bearer ${team.MEMBER.token}`, "apollo-require-preflight": "1" },
    });
    expect(((await get.json()) as { data: { me: { id: string } } }).data.me.id).toBe(team.MEMBER.id);

    const adHoc = "query Mine { me { name } }";
    const adHocHash = createHash("sha256").update(adHoc).digest("hex");
    expect(errorCodes({ ...(await post(url, byHash(adHocHash), team.MEMBER.token)), status: 400 })).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect((await post(url, { query: adHoc, ...byHash(adHocHash) }, team.MEMBER.token)).data).toEqual({ me: { name: "Member User" } });
    expect((await post(url, byHash(adHocHash), team.MEMBER.token)).data).toEqual({ me: { name: "Member User" } });
  });

  describe("when only trusted documents may run", () => {
    let strict: RunningGateway;
    beforeAll(async () => {
      strict = await startExtraGateway(graph, {
        eventBus: graph.eventBus,
        trustedDocuments: { ...TEST_TRUSTED_DOCUMENTS, only: true, allowAdmins: true },
      });
    });
    afterAll(() => strict?.close());

    it("runs them by hash or in full, and refuses any other document with a code", async () => {
      expect((await execute(strict.url, MeDocument, { token: team.MEMBER.token, persisted: true })).data?.me?.id).toBe(team.MEMBER.id);
      // The trusted text itself, sent in full, runs too.
      const text = TEST_TRUSTED_DOCUMENTS.manifest[`sha256:${meHash}`]!;
      expect((await post(strict.url, { query: text }, team.MEMBER.token)).data).toMatchObject({ me: { id: team.MEMBER.id } });

      const other = await post(strict.url, { query: "query Mine { me { id } }" }, team.MEMBER.token);
      expect(other.status).toBe(400);
      expect(other.errors).toEqual([
        {
          message: "This server runs only its trusted documents: send one of the client's operations",
          extensions: { code: "QUERY_NOT_IN_SAFELIST" },
        },
      ]);
      const unknown = await post(strict.url, byHash("0".repeat(64)), team.MEMBER.token);
      expect(unknown.status).toBe(400);
      expect(unknown.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
      // Anonymous callers are refused the same way (no token to be an admin with).
      expect((await post(strict.url, { query: "{ __typename }" })).errors?.[0]?.extensions?.code).toBe("QUERY_NOT_IN_SAFELIST");
    });

    it("lets workspace owners and admins send any document when configured", async () => {
      expect((await post(strict.url, { query: "query Mine { me { id } }" }, team.owner.token)).data).toEqual({ me: { id: team.owner.id } });
      expect((await post(strict.url, { query: "query Mine { me { id } }" }, team.ADMIN.token)).data).toEqual({ me: { id: team.ADMIN.id } });
      expect((await post(strict.url, { query: "query Mine { me { id } }" }, team.MANAGER.token)).errors?.[0]?.extensions?.code).toBe(
        "QUERY_NOT_IN_SAFELIST",
      );
    });

    it("applies to subscriptions: by hash they start, other documents are refused", async () => {
      const project = await buildProject(url, team.MANAGER.token);
      const client = createLiveClient({ url: strict.url, token: team.MEMBER.token, retryAttempts: 0 });
      try {
        const trustedSub = client.iterate({
          query: "",
          extensions: byHash(documentHash(BoardChangedDocument)!).extensions,
          variables: { projectId: project.id },
        });
        void trustedSub.next().catch(() => undefined);
        await expect.poll(() => strict.liveSubscriptions()).toBe(1);
        const other = client.iterate({ query: `subscription { boardChanged(projectId: "${project.id}") { kind } }` });
        await expect(other.next()).rejects.toEqual([expect.objectContaining({ extensions: { code: "QUERY_NOT_IN_SAFELIST" } })]);
        await trustedSub.return?.();
      } finally {
        await client.dispose();
      }
    });
  });
});

it("a signed-in user's own operations keep working under the default limits", async () => {
  dataOf(await execute(url, MeDocument, { token: team.MEMBER.token }));
});
