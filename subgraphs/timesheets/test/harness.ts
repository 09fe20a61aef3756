import { uuidv7, type WorkspaceRole } from "@plateau/kernel";
import { startSubgraph, today, type RunningSubgraph } from "@plateau/subgraph-kit";
import { createTestTokens, dataOf, execute, SqlCounter, workerDatabaseUrl, type ExecutionResult, type TestTokens } from "@plateau/test-kit";
import { timesheets } from "../src/index.js";

/** A running timesheets subgraph with its token minter and SQL counter. */
export interface Harness {
  app: RunningSubgraph;
  tokens: TestTokens;
  sql: SqlCounter;
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

export interface Workspace {
  workspaceId: string;
  as(role: WorkspaceRole, userId?: string): Promise<Member>;
}

/** Starts timesheets against this worker's PostgreSQL database, counting SQL statements. */
export async function startHarness(): Promise<Harness> {
  const tokens = await createTestTokens();
  const sql = new SqlCounter();
  const app = await startSubgraph(timesheets, {
    database: { url: await workerDatabaseUrl() },
    tokenKeys: tokens.tokenKeys,
    tokenAudience: tokens.audience,
    onQuery: sql.onQuery,
  });
  return {
    app,
    tokens,
    sql,
    gql: <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
      execute<T, Record<string, unknown>>(app.url, query, { variables, token }),
    async workspace() {
      const workspaceId = uuidv7();
      return {
        workspaceId,
        async as(role, userId = uuidv7()) {
          return { userId, token: await tokens.forRole(workspaceId, role, userId) };
        },
      };
    },
  };
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
