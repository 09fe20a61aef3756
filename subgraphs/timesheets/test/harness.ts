import http from "node:http";
import type { AddressInfo } from "node:net";
import { uuidv7, type WorkspaceRole } from "@plateau/kernel";
import { today, type RunningSubgraph } from "@plateau/subgraph-kit";
import {
  buildProject,
  buildTask,
  CreateWorkspaceDocument,
  dataOf,
  execute,
  startSubgraphHarness,
  type ExecutionResult,
  type SubgraphHarness,
} from "@plateau/test-kit";
import { portfolio } from "@plateau/portfolio";
import { workspaces } from "@plateau/workspaces";
import { timesheets } from "../src/index.js";

/**
 * A running timesheets subgraph (the kit's harness), and the real portfolio and
 * workspaces subgraphs it checks tasks, projects and members with (same database and keys).
 */
export interface Harness extends SubgraphHarness {
  portfolio: RunningSubgraph;
  workspaces: RunningSubgraph;
  /** Sends an operation; `T` is the shape of `data` the test reads. */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>, token?: string): Promise<ExecutionResult<T>>;
  /** A fresh workspace (tests never see each other's rows) and a token minter for people in it. */
  workspace(): Promise<Workspace>;
}

/** A person in a test workspace. */
export interface Member {
  userId: string;
  token: string;
}

/** A task of a project, both in portfolio. */
export interface TaskRef {
  taskId: string;
  projectId: string;
}

export interface Workspace {
  workspaceId: string;
  /** A member with `role` (registered with workspaces, so time may be logged for them) and their token. */
  as(role: WorkspaceRole, userId?: string): Promise<Member>;
  /** A new project of this workspace in portfolio. */
  project(): Promise<string>;
  /** A new task in portfolio, in `projectId` or in a new project. */
  task(projectId?: string): Promise<TaskRef>;
}

const ADD_MEMBER = `mutation($i: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $i) { membership { id } } }`;

/** Starts portfolio and workspaces, then timesheets pointed at them, on this worker's database; counts timesheets' SQL. */
export async function startHarness(): Promise<Harness> {
  const harness = await startSubgraphHarness(timesheets, { calls: { PORTFOLIO_URL: portfolio, WORKSPACES_URL: workspaces } });
  const { tokens } = harness;
  const targets = { portfolio: harness.called.PORTFOLIO_URL!, workspaces: harness.called.WORKSPACES_URL! };
  return {
    ...harness,
    ...targets,
    gql: <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => harness.execute<T>(query, { variables, token }),
    async workspace() {
      const ownerId = uuidv7();
      const created = await execute(targets.workspaces.url, CreateWorkspaceDocument, {
        token: await tokens.sign({ sub: ownerId, sid: uuidv7() }),
        variables: { input: { name: `Timesheets ${ownerId.slice(-8)}` } },
      });
      const workspaceId = dataOf(created).createWorkspace.workspace.id;
      const ownerToken = await tokens.forRole(workspaceId, "OWNER", ownerId);
      const project = async () => (await buildProject(targets.portfolio.url, ownerToken)).id;
      return {
        workspaceId,
        async as(role, userId = uuidv7()) {
          if (userId !== ownerId)
            dataOf(await execute(targets.workspaces.url, ADD_MEMBER, { token: ownerToken, variables: { i: { userId, role } } }));
          return { userId, token: await tokens.forRole(workspaceId, role, userId) };
        },
        project,
        async task(projectId) {
          const inProject = projectId ?? (await project());
          return { taskId: (await buildTask(targets.portfolio.url, ownerToken, inProject)).id, projectId: inProject };
        },
      };
    },
  };
}

/** The address of a port nothing listens on: a subgraph that is down. */
export async function unreachableUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** The date `offset` days from today (UTC), as YYYY-MM-DD. */
export const day = (offset: number): string => today(new Date(Date.now() + offset * 86_400_000));

export const LOG_TIME = `mutation($i: LogTimeInput!) {
  logTime(input: $i) { timeEntry { id date hours note billable version user { id } task { id } project { id } } }
}`;

/** A time entry as LOG_TIME and the single-entry queries select it. */
export interface EntryView {
  id: string;
  date: string;
  hours: number;
  note: string | null;
  billable: boolean;
  version: number;
  user: { id: string };
  task: { id: string };
  project: { id: string };
}

/** Logs time and returns the entry; fails the test on any error. */
export async function logTime(h: Harness, token: string, input: Record<string, unknown>): Promise<EntryView> {
  const result = await h.gql<{ logTime: { timeEntry: EntryView } }>(LOG_TIME, { i: { date: day(-1), hours: 1, ...input } }, token);
  return dataOf(result).logTime.timeEntry;
}

/** The field paths a BAD_USER_INPUT error names. */
export function fieldsOf(result: ExecutionResult<unknown>): string[] {
  return (result.errors ?? []).flatMap((error) =>
    ((error.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field),
  );
}
