import { afterAll, beforeAll, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { OutboxEvent, startSubgraph, type RunningSubgraph } from "@plateau/subgraph-kit";
import { createTestTokens, dataOf, workerDatabaseUrl, type TestTokens } from "@plateau/test-kit";
import { portfolio } from "../src/index.js";
import type { TaskMoved } from "../src/modules/board/board.events.js";
import { boardClient, someone, type BoardView } from "./board-client.js";
import { startWorkspaces, workspacesSettings } from "./workspaces.js";

/**
 * Contention on one board (issue 4, "Boards"): 50 moves by 50 different users, sent at once through
 * the subgraph's GraphQL endpoint. Afterwards every card is on the board exactly once; the accepted
 * moves, replayed one by one in the order they committed (the order of their `portfolio.task.moved`
 * events), give exactly the board that is stored; and every move that was not applied was answered
 * with CONFLICT.
 */

let app: RunningSubgraph;
let workspacesApp: RunningSubgraph;
let tokens: TestTokens;

beforeAll(async () => {
  tokens = await createTestTokens();
  const deps = { database: { url: await workerDatabaseUrl() }, tokenKeys: tokens.tokenKeys, tokenAudience: tokens.audience };
  workspacesApp = await startWorkspaces(deps);
  app = await startSubgraph(portfolio, { ...deps, settings: workspacesSettings(workspacesApp) });
});
afterAll(async () => {
  await app?.close();
  await workspacesApp?.close();
});

const STATUSES = ["TODO", "IN_PROGRESS", "BLOCKED", "IN_REVIEW", "DONE"] as const;
type Status = (typeof STATUSES)[number];
const WIP_LIMITED: Status = "IN_REVIEW";
const WIP_LIMIT = 8;
const CARDS_PER_COLUMN = 6;

/** Where a move asks its card to go, relative to the two anchor cards (never moved) of the target column. */
type Mode = "afterSecondAnchor" | "beforeFirstAnchor" | "betweenAnchors" | "end";
const MODES: Mode[] = ["afterSecondAnchor", "beforeFirstAnchor", "betweenAnchors", "end"];

interface Move {
  taskId: string;
  toStatus: Status;
  mode: Mode;
  afterTaskId?: string;
  beforeTaskId?: string;
}

/** The board as a map from status to card ids in order. */
const layout = (board: BoardView): Map<Status, string[]> =>
  new Map(board.columns.map((column) => [column.status as Status, column.cards.map((card) => card.id)]));

it("keeps every card exactly once, in the order the accepted moves make, under 50 concurrent moves by different users", async () => {
  const workspaceId = uuidv7();
  const manager = boardClient(app, await tokens.forRole(workspaceId, "MANAGER"));
  const projectId = await manager.project();
  for (const status of STATUSES) {
    for (let n = 0; n < CARDS_PER_COLUMN; n++) await manager.task(projectId, { title: `${status} ${n}`, status });
  }
  const columns = (await manager.read(projectId)).columns.map(({ status, name, category }) => ({
    status,
    name,
    category,
    wipLimit: status === WIP_LIMITED ? WIP_LIMIT : null,
  }));
  dataOf(await manager.updateWorkflow({ projectId, columns }));
  const initial = await manager.read(projectId);
  const start = layout(initial);
  const anchors = new Map(STATUSES.map((status) => [status, start.get(status)!.slice(0, 2) as [string, string]]));
  const movers = STATUSES.flatMap((status) => start.get(status)!.slice(2));
  const versions = new Map(initial.columns.flatMap((column) => column.cards.map((card) => [card.id, card.version])));
  expect(movers).toHaveLength(20);

  // Each mover is asked to move two or three times with the version everyone saw: one may win.
  const moves: Move[] = Array.from({ length: 50 }, (_, i) => {
    const mode = MODES[i % MODES.length]!;
    // Everyone squeezing between the same two cards: once one has, the others' neighbours are apart.
    const toStatus = mode === "betweenAnchors" ? "BLOCKED" : STATUSES[(i * 3 + Math.floor(i / 20)) % STATUSES.length]!;
    const [first, second] = anchors.get(toStatus)!;
    return {
      taskId: movers[i % movers.length]!,
      toStatus,
      mode,
      afterTaskId: mode === "afterSecondAnchor" ? second : mode === "betweenAnchors" ? first : undefined,
      beforeTaskId: mode === "beforeFirstAnchor" ? first : mode === "betweenAnchors" ? second : undefined,
    };
  });
  const clients = await Promise.all(moves.map((_, i) => someone(tokens, workspaceId, i % 2 ? "MANAGER" : "MEMBER")));
  const results = await Promise.all(
    moves.map(({ mode: _mode, ...move }, i) => boardClient(app, clients[i]!).move({ ...move, expectedVersion: versions.get(move.taskId) })),
  );

  // Every move was either applied or refused with CONFLICT; a stale version carries the current one.
  const accepted = new Map<string, Move>();
  const refusals: string[] = [];
  results.forEach((result, i) => {
    const move = moves[i]!;
    if (result.errors === undefined) {
      expect(result.data?.moveTask.task).toMatchObject({ id: move.taskId, status: move.toStatus, version: versions.get(move.taskId)! + 1 });
      expect(accepted.has(move.taskId), `two moves of one card at one version were both accepted`).toBe(false);
      accepted.set(move.taskId, move);
    } else {
      expect(
        result.errors.map((error) => error.extensions?.code),
        JSON.stringify(result.errors),
      ).toEqual(["CONFLICT"]);
      if (result.errors[0]!.message.includes("changed by someone else")) {
        expect(result.errors[0]!.extensions?.currentVersion).toBe(versions.get(move.taskId)! + 1);
      }
      refusals.push(result.errors[0]!.message);
    }
  });
  expect(accepted.size).toBeGreaterThan(0);
  expect(accepted.size + refusals.length).toBe(50);
  expect(refusals.some((message) => message.includes("changed by someone else"))).toBe(true);

  // Every card is on the board exactly once, in the column of its status.
  const final = await manager.read(projectId);
  const ids = final.columns.flatMap((column) => column.cards.map((card) => card.id));
  expect(ids).toHaveLength(STATUSES.length * CARDS_PER_COLUMN);
  expect(new Set(ids)).toEqual(new Set([...start.values()].flat()));
  for (const column of final.columns) expect(column.cards.every((card) => card.status === column.status)).toBe(true);
  expect(final.columns.find((column) => column.status === WIP_LIMITED)!.cards.length).toBeLessThanOrEqual(WIP_LIMIT);

  // The accepted moves, replayed in commit order on the starting board, give the stored board.
  const events = await app.database.asOwner((em) =>
    em.find(OutboxEvent, { workspaceId, type: "portfolio.task.moved" }, { orderBy: { id: "asc" }, filters: false }),
  );
  expect(events.map((event) => event.subjectId).sort()).toEqual([...accepted.keys()].sort());
  const board = new Map([...start].map(([status, cards]) => [status, [...cards]]));
  const statusOf = (taskId: string) => [...board].find(([, cards]) => cards.includes(taskId))![0];
  for (const event of events) {
    const move = accepted.get(event.subjectId)!;
    const from = statusOf(move.taskId);
    const source = board.get(from)!;
    source.splice(source.indexOf(move.taskId), 1);
    const target = board.get(move.toStatus)!;
    if (from !== move.toStatus && move.toStatus === WIP_LIMITED) expect(target.length).toBeLessThan(WIP_LIMIT);
    const [first, second] = anchors.get(move.toStatus)!;
    let at: number;
    if (move.mode === "afterSecondAnchor") at = target.indexOf(second) + 1;
    else if (move.mode === "beforeFirstAnchor") at = target.indexOf(first);
    else if (move.mode === "betweenAnchors") {
      expect(target.indexOf(second), "a move between anchors that were apart was accepted").toBe(target.indexOf(first) + 1);
      at = target.indexOf(second);
    } else at = target.length;
    target.splice(at, 0, move.taskId);
    const data = event.data as unknown as TaskMoved;
    expect(data).toMatchObject({ from, to: move.toStatus, afterTaskId: target[at - 1] ?? null, beforeTaskId: target[at + 1] ?? null });
  }
  expect(layout(final)).toEqual(board);
});
