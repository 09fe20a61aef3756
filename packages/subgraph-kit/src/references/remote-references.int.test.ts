import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/core";
import {
  AppError,
  createInternalCredentialVerifier,
  createLogger,
  ErrorCode,
  generateInternalSecrets,
  internalCredential,
  uuidv7,
  type Viewer,
} from "@plateau/kernel";
import type { SubgraphContext } from "../context.js";
import { RequestReferences } from "./remote-references.js";

/**
 * RequestReferences against a local HTTP server that answers `_entities` the way portfolio and
 * workspaces do (null for what the caller's workspace does not hold), recording every call.
 */

interface Call {
  path: string;
  authorization?: string;
  requestId?: string;
  credential?: string;
  typename: string;
  ids: string[];
}

const WORKSPACE = uuidv7();
/** What the fake owners hold: projects and tasks of WORKSPACE, and each user's workspaces. */
const projects = new Set<string>();
const tasks = new Map<string, string>();
const memberships = new Map<string, string[]>();
const calls: Call[] = [];
/** How the server answers: normally, or broken in one of the ways a real one can be. */
let mode: "ok" | "silent" | "http-500" | "graphql-errors" | "short" = "ok";

function entity(typename: string, id: string): unknown {
  if (typename === "Project") return projects.has(id) ? { id } : null;
  if (typename === "Task") return tasks.has(id) ? { id, project: { id: tasks.get(id) } } : null;
  return { memberships: (memberships.get(id) ?? []).map((workspaceId) => ({ workspace: { id: workspaceId } })) };
}

const server = http.createServer((req, res) => {
  let raw = "";
  req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
  req.on("end", () => {
    const body = JSON.parse(raw) as { query: string; variables: { r: { __typename: string; id: string }[] } };
    const typename = body.variables.r[0]!.__typename;
    const ids = body.variables.r.map((r) => r.id);
    calls.push({
      path: req.url ?? "",
      authorization: req.headers.authorization,
      requestId: req.headers["x-request-id"] as string,
      credential: req.headers["x-plateau-internal"] as string,
      typename,
      ids,
    });
    if (mode === "silent") return;
    if (mode === "http-500") return void res.writeHead(500).end();
    const answer =
      mode === "graphql-errors"
        ? { errors: [{ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR" } }], data: null }
        : { data: { _entities: (mode === "short" ? ids.slice(1) : ids).map((id) => entity(typename, id)) } };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
  });
});

let base: string;
const logger = createLogger({ service: "references-test", level: "silent" });
const secrets = generateInternalSecrets();
/** The asking subgraph's own credential. */
const serviceCredential = internalCredential(secrets, "timesheets");

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  calls.length = 0;
  mode = "ok";
});

/** A request's context as the kit builds it (references use only the viewer, request id and logger). */
function request(userId = uuidv7()): SubgraphContext {
  const viewer: Viewer = {
    userId,
    sessionId: uuidv7(),
    workspaceId: WORKSPACE,
    role: "MANAGER",
    platformAdmin: false,
    token: `token-of-${userId}`,
  };
  return { requestId: `req-${uuidv7()}`, viewer, em: {} as EntityManager, loaders: {}, loadersFor: () => ({}), logger, serviceCredential };
}

/** The reference checks of the request `ctx`, as the kit builds them with each request's context. */
const references = (ctx: SubgraphContext, timeoutMs?: number) =>
  new RequestReferences({ portfolioUrl: base, workspacesUrl: base, timeoutMs }, ctx);

/** The AppError a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (rejected: unknown) => rejected,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("RequestReferences", () => {
  it("asks the owner once per type for every id checked in one tick, as the caller with its service's credential, and answers each in order", async () => {
    const [p1, p2, t1] = [uuidv7(), uuidv7(), uuidv7()];
    projects.add(p1).add(p2);
    tasks.set(t1, p1);
    const member = uuidv7();
    memberships.set(member, [uuidv7(), WORKSPACE]);
    const ctx = request();
    const refs = references(ctx);

    const [a, b, task, user] = await Promise.all([
      refs.requireProject(p1, "input.a"),
      refs.requireProject(p2.toUpperCase(), "input.b"),
      refs.requireTask(t1, "input.taskId"),
      refs.requireMember(member, "input.userId"),
    ]);
    expect([a, b, task, user]).toEqual([p1, p2, { id: t1, projectId: p1 }, member]);
    expect(calls.map(({ typename, ids }) => ({ typename, ids })).sort((x, y) => x.typename.localeCompare(y.typename))).toEqual([
      { typename: "Project", ids: [p1, p2] },
      { typename: "Task", ids: [t1] },
      { typename: "User", ids: [member] },
    ]);
    const verifier = createInternalCredentialVerifier(secrets);
    for (const call of calls) {
      expect(call).toMatchObject({ path: "/graphql", authorization: `Bearer ${ctx.viewer!.token}`, requestId: ctx.requestId });
      expect(await verifier.verify(call.credential)).toBe("timesheets");
    }
    // The same request asks nothing twice; the next request asks afresh.
    await refs.requireProject(p1, "input.a");
    expect(calls).toHaveLength(3);
    await references(request()).requireProject(p1, "input.a");
    expect(calls).toHaveLength(4);
  });

  it("refuses what the caller's workspace does not hold with BAD_USER_INPUT naming the field", async () => {
    const refs = references(request());
    const elsewhere = uuidv7();
    memberships.set(elsewhere, [uuidv7()]);
    const project = await failure(refs.requireProject(uuidv7(), "input.projectId"));
    expect(project).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, extensions: { fields: [{ field: "input.projectId" }] } });
    const task = await failure(refs.requireTask(uuidv7(), "input.taskId"));
    expect(task.extensions).toMatchObject({ fields: [{ field: "input.taskId" }] });
    expect(await refs.hasProject(uuidv7())).toBe(false);

    // A member of another workspace and a user that exists nowhere get the same answer.
    const nowhere = uuidv7();
    const answers = await Promise.all([elsewhere, nowhere].map((id) => failure(refs.requireMember(id, "input.assigneeId"))));
    expect(answers.map((error) => error.code)).toEqual([ErrorCode.BAD_USER_INPUT, ErrorCode.BAD_USER_INPUT]);
    expect(answers[0]!.message.replace(elsewhere, "<id>")).toBe(answers[1]!.message.replace(nowhere, "<id>"));
  });

  it("asks nothing about malformed ids, the caller, a cleared reference or one that stays as it is", async () => {
    const userId = uuidv7();
    const refs = references(request(userId));
    expect((await failure(refs.requireProject("nope", "input.projectId"))).extensions).toMatchObject({
      fields: [{ field: "input.projectId" }],
    });
    expect(await refs.hasProject("nope")).toBe(false);
    expect(await refs.requireMember(userId.toUpperCase(), "input.userId")).toBe(userId);
    expect(await refs.memberToStore(null, "input.assigneeId", uuidv7())).toBeNull();
    const current = uuidv7();
    expect(await refs.projectToStore(current, "input.projectId", current)).toBe(current);
    expect(calls).toEqual([]);
    await failure(refs.projectToStore(uuidv7(), "input.projectId", current));
    expect(calls).toHaveLength(1);
  });

  describe("when the owner cannot answer", () => {
    const unavailable = async (promise: Promise<unknown>, subgraph: string) => {
      const error = await failure(promise);
      expect(error).toMatchObject({ code: ErrorCode.SUBGRAPH_UNAVAILABLE, extensions: { subgraph } });
      expect(error.message).not.toContain("127.0.0.1");
      return error;
    };

    it.each(["http-500", "graphql-errors", "short"] as const)(
      "refuses with SUBGRAPH_UNAVAILABLE on %s, never accepting",
      async (broken) => {
        mode = broken;
        const refs = references(request());
        await unavailable(refs.requireProject(uuidv7(), "input.projectId"), "portfolio");
        await unavailable(refs.requireMember(uuidv7(), "input.userId"), "workspaces");
      },
    );

    it("refuses with SUBGRAPH_UNAVAILABLE when the owner does not answer in time", async () => {
      mode = "silent";
      const error = await unavailable(references(request(), 200).requireTask(uuidv7(), "input.taskId"), "portfolio");
      expect(error.message).toMatch(/in time/);
    });

    it("refuses with SUBGRAPH_UNAVAILABLE when the owner is down", async () => {
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const down = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
      await new Promise((resolve) => closed.close(resolve));
      const refs = new RequestReferences({ portfolioUrl: down }, request());
      await unavailable(refs.hasProject(uuidv7()), "portfolio");
    });
  });
});
