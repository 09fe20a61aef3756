import { createPrivateKey } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SignJWT } from "jose";
import {
  AddWorkspaceMemberDocument,
  BoardChangedDocument,
  buildProject,
  buildTask,
  buildUser,
  buildWorkspaceWithTeam,
  collect,
  createLiveClient,
  dataOf,
  errorCodes,
  execute,
  followLive,
  LogTimeDocument,
  loginAs,
  LogoutDocument,
  MoveTaskDocument,
  ProjectChangedDocument,
  RiskChangedDocument,
  subscribe,
  TaskChangedDocument,
} from "@plateau/test-kit";
import type { Client } from "graphql-ws";
import { uuidv7 } from "@plateau/kernel";
import type { RunningGraph } from "../scripts/graph.js";
import { startExtraGateway, startTestGraph } from "./harness.js";
import { isoDay } from "./tenant-fixtures.js";

/**
 * Live boards as a client meets them: the real graphql-ws client against the gateway, with every
 * subgraph behind it and events on the in-process bus (the Redis cases are in subscriptions-redis).
 */

const WAIT = { timeout: 15_000, interval: 25 };
let graph: RunningGraph;
let url: string;
let dataDir: string;
let team: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let other: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let projectId: string;
const clients: Client[] = [];

function live(token: string | (() => string), retryAttempts = 0): Client {
  const client = createLiveClient({ url, token, retryAttempts });
  clients.push(client);
  return client;
}

async function move(token: string, taskId: string, toStatus: string) {
  return execute(url, MoveTaskDocument, { token, variables: { input: { taskId, toStatus: toStatus as never } } });
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "plateau-e2e-"));
  graph = await startTestGraph({ dataDir });
  url = graph.gateway.url;
  team = await buildWorkspaceWithTeam(url, { name: "Live boards" });
  other = await buildWorkspaceWithTeam(url, { name: "Someone else" });
  projectId = (await buildProject(url, team.MANAGER.token, { name: "Live", key: "LIVE", startDate: isoDay(10), endDate: isoDay(-60) })).id;
});
// Each test counts the subscriptions it opens from zero.
beforeEach(() => vi.waitFor(() => expect(graphSubscriptions()).toBe(0), WAIT));
// A test that failed before stopping its subscriptions does not leave them to fail the next ones.
afterEach(() => Promise.all(clients.splice(0).map((client) => client.dispose())));
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await graph?.close();
});

describe("boardChanged through the gateway", () => {
  it("shows two users on one board each other's moves, with fields from portfolio, identity and timesheets", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, {
      title: "Wire the racks",
      assigneeId: team.MEMBER.id,
      estimateHours: 8,
    });
    dataOf(
      await execute(url, LogTimeDocument, {
        token: team.MEMBER.token,
        variables: { input: { taskId: task.id, projectId, date: isoDay(1), hours: 2.5 } },
      }),
    );
    const manager = collect(subscribe(live(team.MANAGER.token), BoardChangedDocument, { projectId }));
    const member = collect(subscribe(live(team.MEMBER.token), BoardChangedDocument, { projectId }));
    await vi.waitFor(() => expect(graphSubscriptions()).toBe(2), WAIT);

    dataOf(await move(team.MEMBER.token, task.id, "IN_PROGRESS"));
    dataOf(await move(team.MANAGER.token, task.id, "IN_REVIEW"));

    for (const seen of [manager, member]) {
      await vi.waitFor(() => expect(seen.data().filter((d) => d.boardChanged.kind === "CARD_MOVED")).toHaveLength(2), WAIT);
      const moves = seen
        .data()
        .map((d) => d.boardChanged)
        .filter((event) => event.kind === "CARD_MOVED");
      expect(moves.map((event) => [event.fromStatus, event.position?.status, event.actor?.id])).toEqual([
        ["TODO", "IN_PROGRESS", team.MEMBER.id],
        ["IN_PROGRESS", "IN_REVIEW", team.MANAGER.id],
      ]);
      expect(moves[1]!.task).toMatchObject({ id: task.id, title: "Wire the racks", status: "IN_REVIEW", timeLogged: 2.5 });
      expect(moves[1]!.task!.assignee).toMatchObject({ id: team.MEMBER.id, name: expect.any(String) });
      expect(moves[0]!.cursor < moves[1]!.cursor || moves[0]!.cursor.length < moves[1]!.cursor.length).toBe(true);
      expect(seen.results.every((result) => result.errors === undefined)).toBe(true);
    }
    await Promise.all([manager.stop(), member.stop()]);
  });

  it("lets a VIEWER watch the board but not move a card", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Viewer watches" });
    const viewer = collect(subscribe(live(team.VIEWER.token), BoardChangedDocument, { projectId }));
    await vi.waitFor(() => expect(graphSubscriptions()).toBe(1), WAIT);
    expect(errorCodes(await move(team.VIEWER.token, task.id, "IN_PROGRESS"))).toEqual(["FORBIDDEN"]);
    dataOf(await move(team.MANAGER.token, task.id, "IN_PROGRESS"));
    await vi.waitFor(
      () => expect(viewer.data().map((d) => [d.boardChanged.kind, d.boardChanged.taskId])).toContainEqual(["CARD_MOVED", task.id]),
      WAIT,
    );
    await viewer.stop();
  });

  it("resolves a field only some readers may see for each of them: the actor sees their own mfaEnabled, others get null", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Whose secret" });
    const query = `subscription($projectId: ID!) { boardChanged(projectId: $projectId) { kind taskId actor { id mfaEnabled } } }`;
    type Seen = { boardChanged: { kind: string; taskId: string; actor: { id: string; mfaEnabled: boolean } | null } };
    const watch = (token: string) => collect(subscribe<Seen>(live(token), query, { projectId }));
    // The mover and a second MEMBER have the same role: only who they are tells their answers apart.
    const colleague = await buildUser(url, { name: "Second Member" });
    dataOf(
      await execute(url, AddWorkspaceMemberDocument, {
        token: team.owner.token,
        variables: { input: { userId: colleague.id, role: "MEMBER" } },
      }),
    );
    const colleagueToken = await loginAs(url, colleague.email, team.workspaceId);
    const mover = watch(team.MEMBER.token);
    const member = watch(colleagueToken);
    const viewer = watch(team.VIEWER.token);
    await vi.waitFor(() => expect(graphSubscriptions()).toBe(3), WAIT);
    dataOf(await move(team.MEMBER.token, task.id, "IN_PROGRESS"));
    // The move (the card's creation may still be on its way too, under load: it is not what is looked at).
    const moveOf = (seen: typeof mover) => seen.results.find((result) => result.data?.boardChanged.kind === "CARD_MOVED");
    for (const seen of [mover, member, viewer]) await vi.waitFor(() => expect(moveOf(seen)).toBeDefined(), WAIT);
    expect(moveOf(mover)!.data!.boardChanged.actor).toEqual({ id: team.MEMBER.id, mfaEnabled: false });
    expect(moveOf(mover)!.errors).toBeUndefined();
    for (const other of [member, viewer]) {
      expect(moveOf(other)!.data!.boardChanged).toMatchObject({ taskId: task.id, actor: null });
      expect(moveOf(other)!.errors!.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
    await Promise.all([mover, member, viewer].map((seen) => seen.stop()));
  });

  it("refuses another workspace's user with FORBIDDEN and sends them nothing", async () => {
    const outsider = subscribe(live(other.owner.token), BoardChangedDocument, { projectId });
    const refusal = await outsider.next().then(
      () => undefined,
      (errors: unknown) => errors,
    );
    expect((refusal as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("closes a connection without a valid token with 4403", async () => {
    for (const token of ["garbage", ""]) {
      const client = createLiveClient({ url, token, retryAttempts: 0 });
      clients.push(client);
      const refused = await subscribe(client, BoardChangedDocument, { projectId })
        .next()
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect((refused as { code?: number }).code).toBe(4403);
    }
  });

  it("replays exactly the moves made while a subscriber was away, from its cursor", async () => {
    const { task, watcher: first } = await movedWhileWatched("Away and back");
    const cursor = first.data().at(-1)!.boardChanged.cursor;
    await first.stop();

    for (const status of ["IN_REVIEW", "DONE", "IN_PROGRESS"]) dataOf(await move(team.MANAGER.token, task.id, status));
    const back = collect(subscribe(live(team.MEMBER.token), BoardChangedDocument, { projectId, after: cursor }));
    await vi.waitFor(() => expect(back.data()).toHaveLength(3), WAIT);
    // Nothing more arrives: each missed move exactly once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(back.data().map((d) => d.boardChanged.position?.status)).toEqual(["IN_REVIEW", "DONE", "IN_PROGRESS"]);
    expect(new Set(back.data().map((d) => d.boardChanged.eventId)).size).toBe(3);

    // And live events follow the replay.
    dataOf(await move(team.MANAGER.token, task.id, "DONE"));
    await vi.waitFor(() => expect(back.data().map((d) => d.boardChanged.position?.status)).toHaveLength(4), WAIT);
    await back.stop();
  });

  it("follows a board through a gateway restart with followLive: the moves made while it was down arrive once, in order", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Through a restart" });
    let gateway = await startExtraGateway(graph, { eventBus: graph.eventBus });
    const port = gateway.port;
    const client = createLiveClient({ url: gateway.url, token: team.MEMBER.token, retryAttempts: 0 });
    clients.push(client);
    const seen = collect(followLive(client, BoardChangedDocument, { projectId }, { cursorOf: (data) => data.boardChanged.cursor }));
    const moves = () => seen.data().filter((d) => d.boardChanged.taskId === task.id && d.boardChanged.kind === "CARD_MOVED");
    try {
      await vi.waitFor(() => expect(gateway.liveSubscriptions()).toBe(1), WAIT);
      dataOf(await move(team.MANAGER.token, task.id, "IN_PROGRESS"));
      await vi.waitFor(() => expect(moves()).toHaveLength(1), WAIT);

      await gateway.close();
      for (const status of ["IN_REVIEW", "DONE"]) dataOf(await move(team.MANAGER.token, task.id, status));
      gateway = await startExtraGateway(graph, { eventBus: graph.eventBus, port });
      await vi.waitFor(() => expect(gateway.liveSubscriptions()).toBe(1), WAIT);
      dataOf(await move(team.MANAGER.token, task.id, "IN_PROGRESS"));

      await vi.waitFor(
        () => expect(moves().map((d) => d.boardChanged.position?.status)).toEqual(["IN_PROGRESS", "IN_REVIEW", "DONE", "IN_PROGRESS"]),
        WAIT,
      );
      expect(new Set(seen.data().map((d) => d.boardChanged.eventId)).size).toBe(seen.data().length);
      expect(seen.failure.current).toBeUndefined();
    } finally {
      await seen.stop();
      await gateway.close();
    }
  });

  it("acknowledges with SUBSCRIBED first when asked: resuming from its cursor brings what came after it, once, and nothing from before", async () => {
    // Without `acknowledge` nothing changes (checked at the end). The move made before subscribing has
    // reached the stream once this subscriber has it.
    const { task, watcher: plain } = await movedWhileWatched("Acknowledged");

    const first = collect(subscribe(live(team.MEMBER.token), BoardChangedDocument, { projectId, acknowledge: true }));
    await vi.waitFor(() => expect(first.data()).not.toHaveLength(0), WAIT);
    const acknowledgement = first.data()[0]!.boardChanged;
    expect(acknowledgement).toMatchObject({ kind: "SUBSCRIBED", projectId, taskId: null, task: null, position: null, actor: null });
    expect(acknowledgement.cursor).toMatch(/^\d+-\d+$/);
    expect(acknowledgement.board?.columns.map((column) => column.status)).toContain("IN_PROGRESS");
    expect(first.results[0]!.errors).toBeUndefined();
    await first.stop();

    // The socket is gone before any other event reached it: the next move is committed meanwhile.
    dataOf(await move(team.MANAGER.token, task.id, "IN_REVIEW"));
    const back = collect(
      subscribe(live(team.MEMBER.token), BoardChangedDocument, { projectId, after: acknowledgement.cursor, acknowledge: true }),
    );
    const ofTask = () => back.data().filter((d) => d.boardChanged.kind === "SUBSCRIBED" || d.boardChanged.taskId === task.id);
    await vi.waitFor(() => expect(ofTask()).toHaveLength(2), WAIT);
    dataOf(await move(team.MANAGER.token, task.id, "DONE"));
    await vi.waitFor(() => expect(ofTask()).toHaveLength(3), WAIT);
    // SUBSCRIBED with the position it resumes from, the move made while away once, then live.
    expect(ofTask().map((d) => [d.boardChanged.kind, d.boardChanged.position?.status ?? null])).toEqual([
      ["SUBSCRIBED", null],
      ["CARD_MOVED", "IN_REVIEW"],
      ["CARD_MOVED", "DONE"],
    ]);
    expect(back.data()[0]!.boardChanged.cursor).toBe(acknowledgement.cursor);
    expect(back.data()[0]!.boardChanged.eventId).not.toBe(acknowledgement.eventId);

    // Its moves only: the task's CARD_CREATED can reach a subscriber that started after the creation returned (the
    // outbox is relayed after the commit), so whether the plain watcher has it depends on timing.
    const plainMoves = () => plain.data().filter((d) => d.boardChanged.taskId === task.id && d.boardChanged.kind === "CARD_MOVED");
    await vi.waitFor(
      () => expect(plainMoves().map((d) => d.boardChanged.position?.status)).toEqual(["IN_PROGRESS", "IN_REVIEW", "DONE"]),
      WAIT,
    );
    expect(plain.data().map((d) => d.boardChanged.kind)).not.toContain("SUBSCRIBED");
    await Promise.all([back.stop(), plain.stop()]);
  });

  it("follows a board with followLive through a restart that comes before any event: the moves made meanwhile arrive once", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Down before the first event" });
    let gateway = await startExtraGateway(graph, { eventBus: graph.eventBus });
    const port = gateway.port;
    const follow = (includeAcknowledgements: boolean) => {
      const client = createLiveClient({ url: gateway.url, token: team.MEMBER.token, retryAttempts: 0 });
      clients.push(client);
      return collect(
        followLive(client, BoardChangedDocument, { projectId }, { cursorOf: (data) => data.boardChanged.cursor, includeAcknowledgements }),
      );
    };
    // One follower shows the acknowledgements (to wait for the first before the drop), one does not.
    const seen = follow(true);
    const quiet = follow(false);
    const moves = (of: typeof seen) => of.data().filter((d) => d.boardChanged.taskId === task.id && d.boardChanged.kind === "CARD_MOVED");
    const acknowledgements = () => seen.data().filter((d) => d.boardChanged.kind === "SUBSCRIBED");
    try {
      await vi.waitFor(() => expect(acknowledgements()).toHaveLength(1), WAIT);
      await vi.waitFor(() => expect(gateway.liveSubscriptions()).toBe(2), WAIT);

      await gateway.close();
      for (const status of ["IN_PROGRESS", "IN_REVIEW"]) dataOf(await move(team.MANAGER.token, task.id, status));
      gateway = await startExtraGateway(graph, { eventBus: graph.eventBus, port });
      await vi.waitFor(() => expect(acknowledgements()).toHaveLength(2), WAIT);
      dataOf(await move(team.MANAGER.token, task.id, "DONE"));

      await vi.waitFor(
        () => expect(moves(seen).map((d) => d.boardChanged.position?.status)).toEqual(["IN_PROGRESS", "IN_REVIEW", "DONE"]),
        WAIT,
      );
      // It resumed from the position the first acknowledgement gave.
      expect(acknowledgements()[1]!.boardChanged.cursor).toBe(acknowledgements()[0]!.boardChanged.cursor);
      expect(new Set(seen.data().map((d) => d.boardChanged.eventId)).size).toBe(seen.data().length);
      expect(seen.failure.current).toBeUndefined();
      await vi.waitFor(() => expect(moves(quiet).at(-1)?.boardChanged.position?.status).toBe("DONE"), WAIT);
      expect(quiet.data().map((d) => d.boardChanged.kind)).not.toContain("SUBSCRIBED");
    } finally {
      await Promise.all([seen.stop(), quiet.stop()]);
      await gateway.close();
    }
  });

  it("refuses a malformed cursor, and one older than what the stream holds with CURSOR_EXPIRED", async () => {
    for (const [after, code] of [
      ["yesterday", "BAD_USER_INPUT"],
      ["1-0", "CURSOR_EXPIRED"],
    ] as const) {
      const refused = await subscribe(live(team.MEMBER.token), BoardChangedDocument, { projectId, after })
        .next()
        .then(
          () => undefined,
          (errors: unknown) => errors,
        );
      expect((refused as { extensions?: { code?: string } }[])[0]?.extensions?.code, after).toBe(code);
    }
  });
});

describe("taskChanged and riskChanged", () => {
  it("sends a task's own events in order", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Watched task" });
    const watcher = collect(subscribe(live(team.MEMBER.token), TaskChangedDocument, { taskId: task.id }));
    await vi.waitFor(() => expect(graphSubscriptions()).toBe(1), WAIT);
    dataOf(await move(team.MANAGER.token, task.id, "DONE"));
    // Its CREATED event may still be on its way when the subscription starts, under load: not counted here.
    const kinds = () =>
      watcher
        .data()
        .map((d) => d.taskChanged.kind)
        .filter((kind) => kind !== "CREATED");
    await vi.waitFor(() => expect(kinds()).toEqual(["MOVED", "STATUS_CHANGED", "COMPLETED"]), WAIT);
    expect(watcher.data().every((d) => d.taskChanged.task?.status === "DONE")).toBe(true);
    await watcher.stop();
  });

  it("acknowledges taskChanged, projectChanged and riskChanged with what each watches", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Acknowledge me" });
    const token = team.VIEWER.token;
    const taskWatch = collect(subscribe(live(token), TaskChangedDocument, { taskId: task.id, acknowledge: true }));
    const projectWatch = collect(subscribe(live(token), ProjectChangedDocument, { projectId, acknowledge: true }));
    const riskWatch = collect(subscribe(live(token), RiskChangedDocument, { projectId, acknowledge: true }));
    const watches = [taskWatch, projectWatch, riskWatch];
    for (const watch of watches) await vi.waitFor(() => expect(watch.results).not.toHaveLength(0), WAIT);
    expect(taskWatch.data()[0]!.taskChanged).toMatchObject({ kind: "SUBSCRIBED", taskId: task.id, task: { id: task.id }, actor: null });
    expect(projectWatch.data()[0]!.projectChanged).toMatchObject({
      kind: "SUBSCRIBED",
      projectId,
      project: { id: projectId, name: "Live" },
      progress: null,
      milestone: null,
    });
    const risk = riskWatch.data()[0]!.riskChanged;
    expect(risk).toMatchObject({ kind: "SUBSCRIBED", projectId, riskId: risk.eventId, risk: null, previousSeverity: null });
    for (const watch of watches) {
      expect(watch.results[0]!.errors).toBeUndefined();
      expect(Object.values(watch.data()[0]!)[0]).toMatchObject({ cursor: expect.stringMatching(/^\d+-\d+$/) });
    }
    await Promise.all(watches.map((watch) => watch.stop()));
  });

  it("raises a BLOCKED_TASKS risk on the project when a move makes it the third blocked task", async () => {
    const project = await buildProject(url, team.MANAGER.token, { name: "Risky", key: `R${uuidv7().slice(-5).toUpperCase()}` });
    const tasks = [];
    for (let i = 0; i < 3; i++) tasks.push(await buildTask(url, team.MANAGER.token, project.id, { title: `Blocker ${i}` }));
    const risks = collect(subscribe(live(team.VIEWER.token), RiskChangedDocument, { projectId: project.id }));
    await vi.waitFor(() => expect(graphSubscriptions()).toBe(1), WAIT);
    for (const task of tasks.slice(0, 2)) dataOf(await move(team.MANAGER.token, task.id, "BLOCKED"));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(risks.data()).toEqual([]);
    dataOf(await move(team.MANAGER.token, tasks[2]!.id, "BLOCKED"));
    await vi.waitFor(() => expect(risks.data().map((d) => d.riskChanged.kind)).toEqual(["OPENED"]), WAIT);
    expect(risks.data()[0]!.riskChanged).toMatchObject({ status: "OPEN", risk: { rule: "BLOCKED_TASKS", metric: 3 } });
    await risks.stop();
  });
});

describe("a subscription's lifetime follows its token", () => {
  it("ends with UNAUTHENTICATED when the access token expires", async () => {
    const stored = JSON.parse(readFileSync(path.join(dataDir, "identity-keys", "signing-key.json"), "utf8")) as {
      kid: string;
      privateJwk: Record<string, string>;
    };
    const now = Math.floor(Date.now() / 1000);
    const shortLived = await new SignJWT({ sid: uuidv7(), wid: team.workspaceId, wrole: "MEMBER" })
      .setProtectedHeader({ alg: "EdDSA", kid: stored.kid })
      .setSubject(team.MEMBER.id)
      .setIssuer("plateau-identity")
      .setAudience("plateau")
      .setIssuedAt(now)
      .setExpirationTime(now + 2)
      .sign(createPrivateKey({ key: stored.privateJwk, format: "jwk" }));
    const expiring = collect(subscribe(live(shortLived), BoardChangedDocument, { projectId }));
    await vi.waitFor(() => expect(expiring.ended.current).toBe(true), WAIT);
    expect(expiring.results.at(-1)!.errors![0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(expiring.results.at(-1)!.errors![0]!.message).toMatch(/expired/);
  });

  it("ends when the session logs out", async () => {
    const member = collect(subscribe(live(team.MEMBER.token), BoardChangedDocument, { projectId }));
    await vi.waitFor(() => expect(graphSubscriptions()).toBe(1), WAIT);
    dataOf(await execute(url, LogoutDocument, { token: team.MEMBER.token }));
    await vi.waitFor(() => expect(member.ended.current).toBe(true), WAIT);
    expect(member.results.at(-1)!.errors![0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(member.results.at(-1)!.errors![0]!.message).toMatch(/logged out/);
    // The client reconnects (4403 is not fatal to graphql-ws): the same token, still unexpired, is refused.
    const again = await subscribe(live(team.MEMBER.token), BoardChangedDocument, { projectId })
      .next()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect((again as { code?: number }).code).toBe(4403);
  });
});

describe("limits on the socket", () => {
  it("refuses a subscription past the per-connection limit with RATE_LIMITED, and closes on an oversized message (1009)", async () => {
    const small = await startExtraGateway(graph, {
      eventBus: graph.eventBus,
      subscriptionLimits: { maxSubscriptionsPerConnection: 2, maxMessageBytes: 4_096 },
    });
    try {
      const client = createLiveClient({ url: small.url, token: team.ADMIN.token, retryAttempts: 0 });
      clients.push(client);
      const open = [
        collect(subscribe(client, BoardChangedDocument, { projectId })),
        collect(subscribe(client, BoardChangedDocument, { projectId })),
      ];
      await vi.waitFor(() => expect(small.liveSubscriptions()).toBe(2), WAIT);
      const third = await subscribe(client, BoardChangedDocument, { projectId })
        .next()
        .then(
          () => undefined,
          (errors: unknown) => errors,
        );
      expect((third as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe("RATE_LIMITED");
      await Promise.all(open.map((seen) => seen.stop()));

      const padded = `subscription { boardChanged(projectId: "${projectId}") { kind } } # ${"x".repeat(5_000)}`;
      const oversized = await subscribe(createLiveClientFor(small.url), padded)
        .next()
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect((oversized as { code?: number }).code).toBe(1009);
    } finally {
      await small.close();
    }
  });
});

function createLiveClientFor(gatewayUrl: string): Client {
  const client = createLiveClient({ url: gatewayUrl, token: team.ADMIN.token, retryAttempts: 0 });
  clients.push(client);
  return client;
}

/** A new task moved to IN_PROGRESS while a MEMBER's board subscription (no `acknowledge`) watched, once it has the move. */
async function movedWhileWatched(title: string) {
  const task = await buildTask(url, team.MANAGER.token, projectId, { title });
  const watcher = collect(subscribe(live(team.MEMBER.token), BoardChangedDocument, { projectId }));
  await vi.waitFor(() => expect(graphSubscriptions()).toBe(1), WAIT);
  dataOf(await move(team.MANAGER.token, task.id, "IN_PROGRESS"));
  // The move itself, not just any event of the task: the task's creation may reach the watcher late (its outbox
  // relayed after the subscription started), and a cursor taken then would sit before the move.
  await vi.waitFor(
    () =>
      expect(
        watcher
          .data()
          .some(
            (d) =>
              d.boardChanged.taskId === task.id &&
              d.boardChanged.kind === "CARD_MOVED" &&
              d.boardChanged.position?.status === "IN_PROGRESS",
          ),
      ).toBe(true),
    WAIT,
  );
  return { task, watcher };
}

/** Subscriptions the gateway holds right now. */
function graphSubscriptions(): number {
  return graph.gateway.liveSubscriptions();
}
