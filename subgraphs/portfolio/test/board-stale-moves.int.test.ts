import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes } from "@plateau/test-kit";
import { boardClient, placementOn, problem, someone, staleMoveOf, titles, writesOf, type BoardView } from "./board-client.js";
import { startPortfolioHarness, type PortfolioHarness } from "./harness.js";

/**
 * Moves made from a view of the board that is no longer true (docs/api/kanban.md): each is refused with CONFLICT,
 * `extensions.reason` and `extensions.currentPlacement` (the figures the board shows right after),
 * and changes nothing; input that can never be valid stays BAD_USER_INPUT.
 */

let harness: PortfolioHarness;

beforeAll(async () => {
  harness = await startPortfolioHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A board with A B C in TODO and X in IN_PROGRESS, the client that reads it, and someone else who changes it. */
async function board() {
  const workspaceId = uuidv7();
  const client = boardClient(harness.app, await harness.tokens.forRole(workspaceId, "MANAGER"));
  const other = boardClient(harness.app, await someone(harness.tokens, workspaceId, "MANAGER"));
  const projectId = await client.project();
  const [a, b, c] = [
    await client.task(projectId, { title: "A" }),
    await client.task(projectId, { title: "B" }),
    await client.task(projectId, { title: "C" }),
  ];
  const x = await client.task(projectId, { title: "X", status: "IN_PROGRESS" });

  /** Sends a move that must be refused; checks the board, the events and the activity log are as they were. */
  async function refused(input: Record<string, unknown>) {
    const before = { board: await client.read(projectId), writes: await writesOf(harness.app, workspaceId) };
    const result = await client.move(input);
    const after: BoardView = await client.read(projectId);
    expect(after, "a refused move changed the board").toEqual(before.board);
    expect(await writesOf(harness.app, workspaceId), "a refused move wrote events or activity").toEqual(before.writes);
    return { result, board: after };
  }
  return { workspaceId, projectId, client, other, a: a!, b: b!, c: c!, x, refused };
}

describe("a move from a stale view of the board", () => {
  it("answers CONFLICT ANCHOR_MOVED when an anchor left the target column, with where it and the card are now", async () => {
    const { projectId, other, a, b, x, refused } = await board();
    dataOf(await other.move({ taskId: b.id, toStatus: "DONE" }));
    dataOf(await other.move({ taskId: a.id, toStatus: "IN_REVIEW" }));
    for (const [input, field] of [
      [{ afterTaskId: b.id }, "input.afterTaskId"],
      [{ beforeTaskId: a.id }, "input.beforeTaskId"],
    ] as const) {
      const { result, board } = await refused({ taskId: x.id, toStatus: "TODO", ...input });
      expect(problem(result)).toEqual({ code: "CONFLICT", field });
      const stale = staleMoveOf(result)!;
      const anchorId = "afterTaskId" in input ? input.afterTaskId : input.beforeTaskId;
      expect(stale.reason).toBe("ANCHOR_MOVED");
      expect(result.errors![0]!.message).toContain(`now in the ${placementOn(board, anchorId)!.status} column, not TODO`);
      const anchor = { ...placementOn(board, anchorId)!, deleted: false };
      expect(stale.currentPlacement).toEqual({
        task: placementOn(board, x.id),
        afterTask: field === "input.afterTaskId" ? anchor : null,
        beforeTask: field === "input.beforeTaskId" ? anchor : null,
        cardsBetween: [],
        cardsBetweenCount: 0,
      });
    }
    expect(titles(await other.read(projectId))).toMatchObject({ TODO: ["C"], IN_PROGRESS: ["X"], IN_REVIEW: ["A"], DONE: ["B"] });
  });

  it("answers CONFLICT ANCHOR_DELETED when an anchor was deleted, a subtask deleted with its parent too", async () => {
    const { projectId, client, other, a, b, x, refused } = await board();
    const sub = await client.task(projectId, { title: "Sub", parentId: a.id });
    dataOf(await other.remove(b.id));
    dataOf(await other.remove(a.id));
    for (const [anchorId, input] of [
      [b.id, { beforeTaskId: b.id }],
      [sub.id, { afterTaskId: sub.id }],
    ] as const) {
      const { result, board } = await refused({ taskId: x.id, toStatus: "TODO", ...input });
      expect(problem(result).code).toBe("CONFLICT");
      const stale = staleMoveOf(result)!;
      expect(stale.reason).toBe("ANCHOR_DELETED");
      expect(placementOn(board, anchorId)).toBeUndefined();
      const deleted = { id: anchorId, deleted: true, status: null, rank: null, version: null };
      expect(stale.currentPlacement).toMatchObject({
        task: placementOn(board, x.id),
        afterTask: "afterTaskId" in input ? deleted : null,
        beforeTask: "beforeTaskId" in input ? deleted : null,
      });
    }
  });

  it("answers CONFLICT ANCHORS_NOT_ADJACENT listing the cards now between them, and when they swapped places", async () => {
    const { other, a, b, c, x, refused } = await board();
    // The client saw A B C; C was put between A and B meanwhile.
    dataOf(await other.move({ taskId: c.id, toStatus: "TODO", afterTaskId: a.id }));
    const between = await refused({ taskId: x.id, toStatus: "TODO", afterTaskId: a.id, beforeTaskId: b.id });
    expect(problem(between.result).code).toBe("CONFLICT");
    expect(between.result.errors![0]!.message).toMatch(/no longer next to each other.*1 card\(s\) between them/);
    const card = placementOn(between.board, c.id)!;
    expect(staleMoveOf(between.result)).toMatchObject({
      reason: "ANCHORS_NOT_ADJACENT",
      currentPlacement: {
        task: placementOn(between.board, x.id),
        afterTask: { ...placementOn(between.board, a.id), deleted: false },
        beforeTask: { ...placementOn(between.board, b.id), deleted: false },
        cardsBetween: [{ id: card.id, rank: card.rank, version: card.version }],
        cardsBetweenCount: 1,
      },
    });

    // Now A C B; A is moved after B: still neighbours, but the other way round.
    dataOf(await other.move({ taskId: a.id, toStatus: "TODO", afterTaskId: b.id }));
    const swapped = await refused({ taskId: x.id, toStatus: "TODO", afterTaskId: a.id, beforeTaskId: b.id });
    expect(titles(swapped.board).TODO).toEqual(["C", "B", "A"]);
    expect(swapped.result.errors![0]!.message).toMatch(/0 card\(s\) between them, and .* now comes first/);
    expect(staleMoveOf(swapped.result)).toMatchObject({
      code: "CONFLICT",
      reason: "ANCHORS_NOT_ADJACENT",
      currentPlacement: {
        afterTask: placementOn(swapped.board, a.id),
        beforeTask: placementOn(swapped.board, b.id),
        cardsBetween: [],
        cardsBetweenCount: 0,
      },
    });
  });

  it("answers a stale expectedVersion with CONFLICT STALE_VERSION and a full column with WIP_LIMIT, both with the placement", async () => {
    const { projectId, client, other, a, b, x, refused } = await board();
    dataOf(await other.move({ taskId: x.id, toStatus: "IN_PROGRESS" }));
    const version = await refused({ taskId: x.id, toStatus: "TODO", afterTaskId: a.id, expectedVersion: x.version });
    const current = placementOn(version.board, x.id)!;
    expect(staleMoveOf(version.result)).toEqual({
      code: "CONFLICT",
      reason: "STALE_VERSION",
      currentVersion: current.version,
      currentPlacement: {
        task: current,
        afterTask: { ...placementOn(version.board, a.id), deleted: false },
        beforeTask: null,
        cardsBetween: [],
        cardsBetweenCount: 0,
      },
    });

    const columns = (await client.read(projectId)).columns.map(({ status, name, category }) => ({
      status,
      name,
      category,
      wipLimit: status === "IN_PROGRESS" ? 1 : null,
    }));
    dataOf(await client.updateWorkflow({ projectId, columns }));
    const full = await refused({ taskId: b.id, toStatus: "IN_PROGRESS", beforeTaskId: x.id });
    expect(staleMoveOf(full.result)).toMatchObject({
      code: "CONFLICT",
      reason: "WIP_LIMIT",
      status: "IN_PROGRESS",
      wipLimit: 1,
      currentPlacement: { task: placementOn(full.board, b.id), beforeTask: { ...placementOn(full.board, x.id), deleted: false } },
    });
  });

  it("lets the client retry from the answer alone, without reading the board again", async () => {
    const { projectId, client, other, b, x } = await board();
    dataOf(await other.move({ taskId: b.id, toStatus: "DONE" }));
    // The user dropped X right after B: B is in DONE now, so X follows it there.
    const stale = staleMoveOf(await client.move({ taskId: x.id, toStatus: "TODO", afterTaskId: b.id, expectedVersion: x.version }))!;
    const { task, afterTask } = stale.currentPlacement;
    const retried = await client.move({
      taskId: task.id,
      toStatus: afterTask!.status,
      afterTaskId: afterTask!.id,
      expectedVersion: task.version,
    });
    expect(dataOf(retried).moveTask.task).toMatchObject({ id: x.id, status: "DONE", version: x.version + 1 });
    expect(titles(await client.read(projectId))).toMatchObject({ TODO: ["A", "C"], IN_PROGRESS: [], DONE: ["B", "X"] });
  });

  it("keeps BAD_USER_INPUT for anchors that can never be valid, naming the field", async () => {
    const { client, a, b, x, refused } = await board();
    const otherProject = await client.project();
    const [elsewhere, gone] = [await client.task(otherProject, { title: "Elsewhere" }), await client.task(otherProject, { title: "Gone" })];
    dataOf(await client.remove(gone.id));
    const cases: [Record<string, unknown>, string][] = [
      [{ afterTaskId: "not-an-id" }, "input.afterTaskId"],
      [{ afterTaskId: x.id }, "input.afterTaskId"],
      [{ beforeTaskId: x.id }, "input.beforeTaskId"],
      [{ afterTaskId: a.id, beforeTaskId: a.id }, "input.beforeTaskId"],
      [{ afterTaskId: elsewhere.id }, "input.afterTaskId"],
      // A task never changes project: another project's card was never a valid anchor, deleted or not.
      [{ beforeTaskId: gone.id }, "input.beforeTaskId"],
      [{ afterTaskId: uuidv7() }, "input.afterTaskId"],
      [{ afterTaskId: b.id, beforeTaskId: uuidv7() }, "input.beforeTaskId"],
    ];
    for (const [input, field] of cases) {
      const { result } = await refused({ taskId: x.id, toStatus: "TODO", ...input });
      expect(problem(result), JSON.stringify(input)).toEqual({ code: "BAD_USER_INPUT", field });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    }
  });
});
