/**
 * The board query answered without the gateway: what a client would have to do itself with direct
 * requests to the subgraphs. It asks portfolio for the board (cards with their assignee's id), then, at
 * the same time, identity for the assignees' names and timesheets for the time logged on each card,
 * through `_entities` (the requests the gateway's query plan makes), and stitches the answers together.
 * The baseline the gateway's board query is measured against. Subgraphs answer only the gateway, so
 * these requests carry a gateway credential, minted once and reused as the gateway's is.
 */
import { errorCodes, execute } from "@plateau/client";
import {
  GATEWAY_CALLER,
  INTERNAL_CREDENTIAL_HEADER,
  internalCredential,
  type InternalCredential,
  type InternalSecrets,
} from "@plateau/kernel";

/** Where the subgraphs are and which board to read; plain data, so it can be posted to the load worker. */
export interface DirectBoardSpec {
  portfolioUrl: string;
  identityUrl: string;
  timesheetsUrl: string;
  projectId: string;
  /** The graph's internal secrets (a Map of byte arrays survives being posted to a worker). */
  internalSecrets: InternalSecrets;
}

const credentials = new WeakMap<InternalSecrets, InternalCredential>();

/** The gateway credential for `secrets`, one per spec, so a read costs what the gateway's costs. */
async function gatewayHeaders(secrets: InternalSecrets): Promise<Record<string, string>> {
  let credential = credentials.get(secrets);
  if (!credential) credentials.set(secrets, (credential = internalCredential(secrets, GATEWAY_CALLER)));
  return { [INTERNAL_CREDENTIAL_HEADER]: await credential.token() };
}

export interface BoardCard {
  id: string;
  title: string;
  status: string;
  rank: string;
  assignee: { id: string; name: string } | null;
  timeLogged: number;
}

const BOARD = `query($projectId: ID!) { board(projectId: $projectId) { columns { status cards { id title status rank assignee { id } } } } }`;
const USERS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name } } }`;
const TIME = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id timeLogged } } }`;

type PortfolioCard = Omit<BoardCard, "assignee" | "timeLogged"> & { assignee: { id: string } | null };

/** Reads the board through three direct subgraph requests; throws on any error. */
export async function fetchBoardDirectly(spec: DirectBoardSpec, token: string): Promise<{ status: string; cards: BoardCard[] }[]> {
  const headers = await gatewayHeaders(spec.internalSecrets);
  const board = await execute<{ board: { columns: { status: string; cards: PortfolioCard[] }[] } | null }>(spec.portfolioUrl, BOARD, {
    token,
    headers,
    variables: { projectId: spec.projectId },
  });
  if (errorCodes(board).length > 0 || !board.data?.board) throw new Error(`portfolio: ${JSON.stringify(board.errors ?? board.data)}`);
  const columns = board.data.board.columns;
  const cards = columns.flatMap((column) => column.cards);
  const assigneeIds = [...new Set(cards.flatMap((card) => (card.assignee ? [card.assignee.id] : [])))];
  const [users, time] = await Promise.all([
    execute<{ _entities: ({ id: string; name: string } | null)[] }>(spec.identityUrl, USERS, {
      token,
      headers,
      variables: { r: assigneeIds.map((id) => ({ __typename: "User", id })) },
    }),
    execute<{ _entities: ({ id: string; timeLogged: number } | null)[] }>(spec.timesheetsUrl, TIME, {
      token,
      headers,
      variables: { r: cards.map((card) => ({ __typename: "Task", id: card.id })) },
    }),
  ]);
  for (const [name, result] of [
    ["identity", users],
    ["timesheets", time],
  ] as const) {
    if (errorCodes(result).length > 0 || !result.data) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  }
  const names = new Map(users.data!._entities.flatMap((user) => (user ? [[user.id, user.name] as const] : [])));
  const logged = new Map(time.data!._entities.flatMap((task) => (task ? [[task.id, task.timeLogged] as const] : [])));
  return columns.map((column) => ({
    status: column.status,
    cards: column.cards.map((card) => ({
      ...card,
      assignee: card.assignee ? { id: card.assignee.id, name: names.get(card.assignee.id) ?? "" } : null,
      timeLogged: logged.get(card.id) ?? 0,
    })),
  }));
}
