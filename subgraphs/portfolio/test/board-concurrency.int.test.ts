import { afterAll, beforeAll, expect, it } from "vitest";
import { portfolioEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { OutboxEvent, type RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf, type TestTokens } from "@plateau/test-kit";
import type { TaskMoved } from "../src/modules/task/task.events.js";
import { boardClient, someone, staleMoveOf, type BoardView } from "./board-client.js";
import { startPortfolioHarness, type PortfolioHarness } from "./harness.js";

/**
 * Contention on one board (docs/api/kanban.md, concurrent and stale moves): 50 moves by 50 different
 * users, sent at once through the subgraph's GraphQL endpoint. Afterwards every card is on the board
 * exactly once; the accepted moves, replayed one by one in the order they committed (the order of their
 * `portfolio.task.moved` events), give exactly the board that is stored; and every move that was not
 * applied was answered with CONFLICT.
 */

let app: RunningSubgraph;
let tokens: TestTokens;

let harness: PortfolioHarness | undefined;
beforeAll(async () => {
  harness = await startPortfolioHarness();
  ({ app, tokens } = harness);
});
afterAll(() => harness?.close());

const STATUSES = ["TODO", "IN_PROGRESS", "BLOCKED", "IN_REVIEW", "DONE"] as const;
type Status = (typeof STATUSES)[number];
const WIP_LIMITED: Status = "IN_REVIEW";
const WIP_LIMIT = 8;
const CARDS_PER_COLUMN = 6;

/** Where a move asks its card to go, relative to the two anchor cards (never moved) of the target column. */
type Mode = "afterSecondAnchor" | "beforeFirstAnchor" | "betweenAnchors" | "end";
const MODES: Mode[] = ["afterSecondAnchor", "beforeFirstAnchor", "betweenAnchors", "end"];

/** A move as sent, without `expectedVersion`. */
interface MoveInput {
  taskId: string;
  toStatus: Status;
  afterTaskId?: string;
  beforeTaskId?: string;
}

interface Move extends MoveInput {
  mode: Mode;
}

/** The board as a map from status to card ids in order. */
const layout = (board: BoardView): Map<Status, string[]> =>
  new Map(board.columns.map((column) => [column.status as Status, column.cards.map((card) => card.id)]));

/** The `portfolio.task.moved` events of a workspace, in the order they committed. */
const movedEvents = (workspaceId: string) =>
  app.database.asOwner((em) =>
    em.find(OutboxEvent, { workspaceId, type: portfolioEvents.taskMoved.name }, { orderBy: { id: "asc" }, filters: false }),
  );

/**
 * Replays the accepted moves on the starting board in the order their events committed, checking that
 * each one's anchors were where it asked (both: next to each other) and that its event names the
 * neighbours it got; `beforeEach` sees the board before each move. Returns the board they make.
 */
function replay(
  start: Map<Status, string[]>,
  events: OutboxEvent[],
  accepted: Map<string, MoveInput>,
  beforeEach: (move: MoveInput, from: Status, target: string[]) => void = () => {},
): Map<Status, string[]> {
  const board = new Map([...start].map(([status, cards]) => [status, [...cards]]));
  const statusOf = (taskId: string) => [...board].find(([, cards]) => cards.includes(taskId))![0];
  for (const event of events) {
    const move = accepted.get(event.subjectId)!;
    const from = statusOf(move.taskId);
    const source = board.get(from)!;
    source.splice(source.indexOf(move.taskId), 1);
    const target = board.get(move.toStatus)!;
    beforeEach(move, from, target);
    const indexOf = (id: string | undefined) => (id === undefined ? null : target.indexOf(id));
    const [after, before] = [indexOf(move.afterTaskId), indexOf(move.beforeTaskId)];
    if (after !== null) expect(after, `a move after a card outside ${move.toStatus} was accepted`).toBeGreaterThanOrEqual(0);
    if (before !== null) expect(before, `a move before a card outside ${move.toStatus} was accepted`).toBeGreaterThanOrEqual(0);
    if (after !== null && before !== null) expect(before, "a move between cards that were apart was accepted").toBe(after + 1);
    const at = after !== null ? after + 1 : (before ?? target.length);
    target.splice(at, 0, move.taskId);
    const data = event.data as unknown as TaskMoved;
    expect(data).toMatchObject({ from, to: move.toStatus, afterTaskId: target[at - 1] ?? null, beforeTaskId: target[at + 1] ?? null });
  }
  return board;
}

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
  const events = await movedEvents(workspaceId);
  expect(events.map((event) => event.subjectId).sort()).toEqual([...accepted.keys()].sort());
  const board = replay(start, events, accepted, (move, from, target) => {
    if (from !== move.toStatus && move.toStatus === WIP_LIMITED) expect(target.length).toBeLessThan(WIP_LIMIT);
  });
  expect(layout(final)).toEqual(board);
});

it("answers 50 concurrent movers anchoring on cards that others move with only successes and CONFLICTs, leaving a consistent board", async () => {
  const workspaceId = uuidv7();
  const manager = boardClient(app, await tokens.forRole(workspaceId, "MANAGER"));
  const projectId = await manager.project();
  // Card i starts in column i-1 and is moved to column i, next to card i+1 (which starts there): a
  // cycle in which consecutive targets differ, so whatever the order, the last mover of the cycle to
  // run finds its anchor gone (its mover ran before it): at least one CONFLICT is certain.
  const COUNT = 50;
  const target = (i: number): Status => STATUSES[i % STATUSES.length]!;
  const cards: string[] = [];
  for (let i = 0; i < COUNT; i++) cards.push((await manager.task(projectId, { title: `Card ${i}`, status: target(i + COUNT - 1) })).id);
  const start = layout(await manager.read(projectId));
  const moves: MoveInput[] = cards.map((taskId, i) => {
    const anchor = cards[(i + 1) % COUNT]!;
    const column = start.get(target(i))!;
    const next = column[column.indexOf(anchor) + 1];
    const previous = column[column.indexOf(anchor) - 1];
    if (i % 3 === 0) return { taskId, toStatus: target(i), afterTaskId: anchor };
    if (i % 3 === 1) return { taskId, toStatus: target(i), beforeTaskId: anchor };
    // Between the anchor and its neighbour in the view, itself a card that another mover moves.
    return next
      ? { taskId, toStatus: target(i), afterTaskId: anchor, beforeTaskId: next }
      : { taskId, toStatus: target(i), afterTaskId: previous, beforeTaskId: anchor };
  });
  const clients = await Promise.all(moves.map((_, i) => someone(tokens, workspaceId, i % 2 ? "MANAGER" : "MEMBER")));
  const results = await Promise.all(moves.map((move, i) => boardClient(app, clients[i]!).move({ ...move })));

  const counts = new Map<string, number>();
  const accepted = new Map<string, MoveInput>();
  results.forEach((result, i) => {
    const code = result.errors === undefined ? "SUCCESS" : String(result.errors.map((error) => error.extensions?.code).join(","));
    counts.set(code, (counts.get(code) ?? 0) + 1);
    if (code === "SUCCESS") {
      expect(result.data?.moveTask.task).toMatchObject({ id: moves[i]!.taskId, status: moves[i]!.toStatus });
      accepted.set(moves[i]!.taskId, moves[i]!);
    }
  });
  console.info(`50 movers anchoring on moving cards: ${JSON.stringify(Object.fromEntries(counts))}`);
  expect([...counts.keys()].filter((code) => code !== "SUCCESS" && code !== "CONFLICT")).toEqual([]);
  expect(counts.get("CONFLICT") ?? 0).toBeGreaterThan(0);
  expect((counts.get("SUCCESS") ?? 0) + (counts.get("CONFLICT") ?? 0)).toBe(COUNT);

  // Each refusal says why with figures that hold: the refused card has not moved (no one else moves
  // it), and an anchor that left the column is where its own mover, who succeeded, put it.
  results.forEach((result, i) => {
    if (result.errors === undefined) return;
    const move = moves[i]!;
    const stale = staleMoveOf(result)!;
    expect(stale.currentPlacement.task).toMatchObject({ id: move.taskId, status: target(i + COUNT - 1), version: 1 });
    const anchors = [stale.currentPlacement.afterTask, stale.currentPlacement.beforeTask].filter((anchor) => anchor !== null);
    if (stale.reason === "ANCHOR_MOVED") {
      const gone = anchors.find((anchor) => anchor.status !== move.toStatus)!;
      expect(accepted.get(gone.id)?.toStatus, `${gone.id} was reported in ${gone.status}`).toBe(gone.status);
    } else {
      expect(stale.reason).toBe("ANCHORS_NOT_ADJACENT");
      expect(anchors.map((anchor) => anchor.status)).toEqual([move.toStatus, move.toStatus]);
    }
  });

  // Every card once, ranks strictly increasing in each column, each card in the column of its last
  // recorded move (or where it started), and the accepted moves replayed in commit order give the board.
  const final = await manager.read(projectId);
  const ids = final.columns.flatMap((column) => column.cards.map((card) => card.id));
  expect(ids).toHaveLength(COUNT);
  expect(new Set(ids)).toEqual(new Set(cards));
  for (const column of final.columns) {
    const ranks = column.cards.map((card) => card.rank);
    ranks.slice(1).forEach((rank, k) => expect(ranks[k]! < rank, `${column.status}: ${ranks[k]} before ${rank}`).toBe(true));
  }
  const events = await movedEvents(workspaceId);
  expect(events.map((event) => event.subjectId).sort()).toEqual([...accepted.keys()].sort());
  const lastMove = new Map(events.map((event) => [event.subjectId, (event.data as unknown as TaskMoved).to]));
  for (const column of final.columns) {
    for (const card of column.cards) expect(card.status).toBe(lastMove.get(card.id) ?? target(cards.indexOf(card.id) + COUNT - 1));
  }
  expect(layout(final)).toEqual(replay(start, events, accepted));
});
