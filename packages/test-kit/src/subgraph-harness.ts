import type { DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { dataOf, type ExecutionResult } from "@plateau/client";
import {
  startSubgraph,
  type AnySubgraphDefinition,
  type RunningSubgraph,
  type SubgraphDefinition,
  type SubgraphDeps,
} from "@plateau/subgraph-kit";
import { workerDatabaseUrl } from "./database.js";
import { execute } from "./internal-credentials.js";
import { SqlCounter } from "./sql-counter.js";
import { createTestTokens, type TestTokens } from "./tokens.js";

/** What a test passes to send one operation: the caller's token, the variables, extra headers. */
export interface OperationOptions<TVariables> {
  token?: string;
  variables?: TVariables;
  headers?: Record<string, string>;
}

/** A document a harness sends: a generated TypedDocumentNode (typed result) or plain text (typed by `TData`). */
export type Operation<TData, TVariables> = TypedDocumentNode<TData, TVariables> | DocumentNode | string;

/** How to start a subgraph under test. */
export interface SubgraphHarnessOptions<Services> {
  /**
   * The subgraphs it calls, each under the setting that points at it: `{ PORTFOLIO_URL: portfolio }` sets
   * `PORTFOLIO_URL` to the origin of a portfolio started first on the same database and keys (and
   * stopped after it). A subgraph already running (another harness's `app`) is only pointed at, and
   * left running: several harnesses can share it.
   */
  calls?: Record<string, AnySubgraphDefinition | RunningSubgraph>;
  /** The subgraph's own settings (its env); they win over the `calls` URLs. */
  settings?: Record<string, unknown>;
  /** Where its data lives (this worker's database unless given, e.g. `{ pgliteDir }` for the embedded mode). */
  database?: SubgraphDeps["database"];
  /** The token signer its requests are checked against (a fresh one unless given). */
  tokens?: TestTokens;
  /** The keys it verifies tokens with, when not the test signer's (identity verifies its own JWKS). */
  tokenKeys?: SubgraphDeps["tokenKeys"];
  /** The secrets it accepts internal credentials under, when not the test kit's (e.g. a rotation's). */
  internalSecrets?: SubgraphDeps["internalSecrets"];
  /** The event bus it relays its outbox to and consumes from (the caller owns and closes it). */
  eventBus?: SubgraphDeps["eventBus"];
  outboxIntervalMs?: number;
  /** Replaces some of the services it builds (e.g. a notifier that keeps what it sends). */
  services?: (built: Services) => Services;
}

/** A started subgraph with what its integration tests use. */
export interface SubgraphHarness<Services = unknown> {
  app: RunningSubgraph<Services>;
  /** Its `/graphql` URL. */
  url: string;
  tokens: TestTokens;
  /** Counts the subgraph's own SQL statements (not those of the subgraphs it calls). */
  sql: SqlCounter;
  /** The subgraphs it calls, by the setting that points at them. */
  called: Record<string, RunningSubgraph>;
  /** Counts the SQL statements of each subgraph it started to call, by the setting that points at it. */
  calledSql: Record<string, SqlCounter>;
  /** Sends an operation as the gateway would (with its internal credential); the response as is. */
  execute<TData = Record<string, unknown>, TVariables extends Record<string, unknown> = Record<string, unknown>>(
    document: Operation<TData, TVariables>,
    options?: OperationOptions<TVariables>,
  ): Promise<ExecutionResult<TData>>;
  /** Sends an operation that must succeed: its data, or a failure that prints the errors. */
  dataOf<TData = Record<string, unknown>, TVariables extends Record<string, unknown> = Record<string, unknown>>(
    document: Operation<TData, TVariables>,
    options?: OperationOptions<TVariables>,
  ): Promise<TData>;
  /** Stops it, then the subgraphs it started to call. */
  close(): Promise<void>;
}

/** Whether a `calls` entry is a subgraph already running (its URL is known) rather than one to start. */
const isRunning = (target: AnySubgraphDefinition | RunningSubgraph): target is RunningSubgraph => "url" in target;

/** The data of a response that must have succeeded; fails the test with the errors printed otherwise. */
export function expectNoErrors<TData>(result: ExecutionResult<TData>): TData {
  return dataOf(result);
}

/**
 * Starts `definition` on this worker's database with a test signer, the internal secret test-kit's
 * `execute` signs with, a SQL counter and the subgraphs it calls (those it starts: first, and stopped
 * after it).
 */
export async function startSubgraphHarness<Loaders, Services>(
  definition: SubgraphDefinition<Loaders, Services>,
  options: SubgraphHarnessOptions<Services> = {},
): Promise<SubgraphHarness<Services>> {
  const tokens = options.tokens ?? (await createTestTokens());
  const sql = new SqlCounter();
  const deps = {
    database: { url: await workerDatabaseUrl() },
    tokenKeys: tokens.tokenKeys,
    tokenAudience: tokens.audience,
    internalSecrets: tokens.internalSecrets,
  };
  const called: Record<string, RunningSubgraph> = {};
  const calledSql: Record<string, SqlCounter> = {};
  const stopCalled = () => Promise.all(Object.keys(calledSql).map((setting) => called[setting]!.close()));
  let app: RunningSubgraph<Services>;
  try {
    for (const [setting, target] of Object.entries(options.calls ?? {})) {
      if (isRunning(target)) {
        called[setting] = target;
        continue;
      }
      calledSql[setting] = new SqlCounter();
      called[setting] = await startSubgraph(target, { ...deps, onQuery: calledSql[setting].onQuery });
    }
    const replace = options.services;
    const started = replace
      ? {
          ...definition,
          services: async (serviceDeps: Parameters<NonNullable<typeof definition.services>>[0]) =>
            replace((await definition.services!(serviceDeps)) as Services),
        }
      : definition;
    app = await startSubgraph(started, {
      ...deps,
      database: options.database ?? deps.database,
      tokenKeys: options.tokenKeys ?? deps.tokenKeys,
      internalSecrets: options.internalSecrets ?? deps.internalSecrets,
      onQuery: sql.onQuery,
      settings: {
        ...Object.fromEntries(Object.entries(called).map(([setting, target]) => [setting, new URL(target.url).origin])),
        ...options.settings,
      },
      eventBus: options.eventBus,
      outboxIntervalMs: options.outboxIntervalMs,
    });
  } catch (error) {
    await stopCalled();
    throw error;
  }
  const send: SubgraphHarness<Services>["execute"] = (document, operation = {}) => execute(app.url, document, operation);
  return {
    app,
    url: app.url,
    tokens,
    sql,
    called,
    calledSql,
    execute: send,
    dataOf: async (document, operation) => expectNoErrors(await send(document, operation)),
    async close() {
      await app.close();
      await stopCalled();
    },
  };
}
