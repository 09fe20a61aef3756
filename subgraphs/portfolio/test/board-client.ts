import { problem as firstProblem } from "@plateau/test-kit";
import { uuidv7, type WorkspaceRole } from "@plateau/kernel";
import { OutboxEvent, type RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf, execute, type ExecutionResult, type TestTokens } from "@plateau/test-kit";
import { ActivityEntry } from "../src/modules/activity/activity-entry.entity.js";
import type { CurrentPlacement, StaleMoveReason } from "../src/modules/board/stale-move.js";

/** A card as the board tests read it. */
export interface Card {
  id: string;
  title: string;
  status: string;
  rank: string;
  version: number;
  assignee: { id: string } | null;
}

export interface BoardColumnView {
  status: string;
  name: string;
  category: string;
  wipLimit: number | null;
  taskCount: number;
  cards: Card[];
}

export interface BoardView {
  id: string;
  version: number;
  columns: BoardColumnView[];
}

const CARD = "id title status rank version assignee { id }";
export const BOARD = `query($p: ID!, $f: BoardFilter) { board(projectId: $p, filter: $f) {
  id version columns { status name category wipLimit taskCount cards { ${CARD} } } } }`;
export const MOVE = `mutation($i: MoveTaskInput!) { moveTask(input: $i) { task { ${CARD} } } }`;
export const UPDATE_WORKFLOW = `mutation($i: UpdateWorkflowInput!) { updateWorkflow(input: $i) {
  board { id version columns { status name category wipLimit taskCount cards { id } } } } }`;

/** A client of one portfolio subgraph for one caller. */
export function boardClient(app: RunningSubgraph, token: string) {
  const run = <T>(query: string, variables: Record<string, unknown>) => execute<T>(app.url, query, { token, variables });
  return {
    run,
    async project(key = `B${Math.floor(Math.random() * 1e8)}`): Promise<string> {
      const result = await run<{ createProject: { project: { id: string } } }>(
        `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }`,
        { i: { name: "Board", key } },
      );
      return dataOf(result).createProject.project.id;
    },
    createTask: (input: Record<string, unknown>) =>
      run<{ createTask: { task: Card } }>(`mutation($i: CreateTaskInput!) { createTask(input: $i) { task { ${CARD} } } }`, {
        i: { title: "Card", ...input },
      }),
    async task(projectId: string, input: Record<string, unknown> = {}): Promise<Card> {
      return dataOf(await this.createTask({ projectId, ...input })).createTask.task;
    },
    board: (projectId: string, filter?: Record<string, unknown>) => run<{ board: BoardView | null }>(BOARD, { p: projectId, f: filter }),
    async read(projectId: string, filter?: Record<string, unknown>): Promise<BoardView> {
      return dataOf(await this.board(projectId, filter)).board!;
    },
    move: (input: Record<string, unknown>) => run<{ moveTask: { task: Card } }>(MOVE, { i: input }),
    remove: (taskId: string) =>
      run<{ deleteTask: { deletedTaskId: string } }>(`mutation($i: DeleteTaskInput!) { deleteTask(input: $i) { deletedTaskId } }`, {
        i: { id: taskId },
      }),
    updateWorkflow: (input: Record<string, unknown>) => run<{ updateWorkflow: { board: BoardView } }>(UPDATE_WORKFLOW, { i: input }),
  };
}

/** A token for a new user of `role` in the workspace (the portfolio checks tokens, not memberships). */
export const someone = (tokens: TestTokens, workspaceId: string, role: WorkspaceRole = "MEMBER") =>
  tokens.forRole(workspaceId, role, uuidv7());

/** Titles of each column's cards, by status. */
export function titles(board: BoardView): Record<string, string[]> {
  return Object.fromEntries(board.columns.map((column) => [column.status, column.cards.map((card) => card.title)]));
}

/** The first error's code and the field it names. */
export function problem(result: ExecutionResult<unknown>) {
  const { code, field } = firstProblem(result);
  return { code, field };
}

/** The extensions of a move refused because the client's view of the board was stale (stale-move.ts). */
export interface StaleMove {
  code: string;
  reason: StaleMoveReason;
  currentPlacement: CurrentPlacement;
  currentVersion?: number;
  fields?: { field: string; message: string }[];
}

/** The extensions of a response's first error, as a stale move's (undefined when it has no error). */
export const staleMoveOf = (result: ExecutionResult<unknown>): StaleMove | undefined =>
  result.errors?.[0]?.extensions as StaleMove | undefined;

/** Where a card is on a board as a stale move reports placements; undefined when it is not on the board. */
export function placementOn(board: BoardView, id: string): { id: string; status: string; rank: string; version: number } | undefined {
  const card = board.columns.flatMap((column) => column.cards).find((candidate) => candidate.id === id);
  return card && { id: card.id, status: card.status, rank: card.rank, version: card.version };
}

/** How many domain events (outbox rows) and activity entries a workspace has: a refused change adds none. */
export const writesOf = (app: RunningSubgraph, workspaceId: string) =>
  app.database.asOwner(async (em) => ({
    events: await em.count(OutboxEvent, { workspaceId }, { filters: false }),
    activity: await em.count(ActivityEntry, { workspaceId }, { filters: false }),
  }));
