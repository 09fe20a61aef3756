import { afterAll, beforeAll } from "vitest";
import { uuidv7, type WorkspaceRole } from "@plateau/kernel";
import { startSubgraph, type RunningSubgraph } from "@plateau/subgraph-kit";
import {
  buildProject,
  createTestTokens,
  dataOf,
  execute,
  SqlCounter,
  workerDatabaseUrl,
  type ExecutionResult,
  type TestTokens,
} from "@plateau/test-kit";
import { portfolio } from "@plateau/portfolio";
import { workpackages } from "../src/index.js";

/**
 * A started workpackages subgraph with a statement counter and a token minter, for one test file, and
 * the real portfolio subgraph it checks project ids with (same database and keys).
 */
export interface Harness {
  app: RunningSubgraph;
  portfolio: RunningSubgraph;
  tokens: TestTokens;
  sql: SqlCounter;
  /** Runs an operation as `token`. */
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<ExecutionResult<T>>;
  /** Runs an operation that must succeed and returns its data. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** A fresh workspace and an OWNER token for it (plus minting tokens for other roles there). */
  workspace(): Promise<Workspace>;
}

export interface Workspace {
  id: string;
  token: string;
  as(role: WorkspaceRole): Promise<string>;
  /** A new project of this workspace in portfolio; its id. */
  project(): Promise<string>;
}

/** Starts portfolio, then the subgraph pointed at it, before the file's tests, and stops both after. */
export function useHarness(): Harness {
  const sql = new SqlCounter();
  const harness = { sql } as Harness;
  beforeAll(async () => {
    harness.tokens = await createTestTokens();
    const deps = {
      database: { url: await workerDatabaseUrl() },
      tokenKeys: harness.tokens.tokenKeys,
      tokenAudience: harness.tokens.audience,
      internalSecrets: harness.tokens.internalSecrets,
    };
    harness.portfolio = await startSubgraph(portfolio, deps);
    harness.app = await startSubgraph(workpackages, {
      ...deps,
      onQuery: sql.onQuery,
      settings: { PORTFOLIO_URL: new URL(harness.portfolio.url).origin },
    });
  });
  afterAll(async () => {
    await harness.app?.close();
    await harness.portfolio?.close();
  });
  harness.run = (query, variables = {}, token) => execute(harness.app.url, query, { variables, token }) as never;
  harness.ok = async (query, variables, token) => dataOf(await harness.run(query, variables, token)) as never;
  harness.workspace = async () => {
    const id = uuidv7();
    const token = await harness.tokens.forRole(id, "OWNER");
    return {
      id,
      token,
      as: (role) => harness.tokens.forRole(id, role),
      project: async () => (await buildProject(harness.portfolio.url, token)).id,
    };
  };
  return harness;
}

/** The `fields` an error names (BAD_USER_INPUT details). */
export function fieldsOf(result: ExecutionResult<unknown>): string[] {
  return (result.errors ?? []).flatMap((error) =>
    ((error.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field),
  );
}

const CREATE_PACKAGE = `mutation($input: CreateWorkPackageInput!) {
  createWorkPackage(input: $input) { workPackage { id name version status progress kind riskLevel projectId startDate endDate parent { id } } }
}`;

/** A work package as CREATE_PACKAGE selects it. */
export interface PackageView {
  id: string;
  name: string;
  version: number;
  status: string;
  progress: number;
  kind: string;
  riskLevel: string;
  projectId: string | null;
  startDate: string | null;
  endDate: string | null;
  parent: { id: string } | null;
}

/** Creates a work package with sensible defaults; returns what the API answered. */
export async function createPackage(h: Harness, token: string, input: Record<string, unknown> = {}): Promise<PackageView> {
  const data = await h.ok<{ createWorkPackage: { workPackage: PackageView } }>(
    CREATE_PACKAGE,
    { input: { name: `Package ${uuidv7().slice(-6)}`, ...input } },
    token,
  );
  return data.createWorkPackage.workPackage;
}

/** Creates an architecture element; returns `{ id, type, name, version }`. */
export async function createElement(h: Harness, token: string, type: string, name = `${type} ${uuidv7().slice(-6)}`) {
  const data = await h.ok<{ createArchitectureElement: { element: { id: string; type: string; name: string; version: number } } }>(
    `mutation($input: CreateArchitectureElementInput!) { createArchitectureElement(input: $input) { element { id type name version } } }`,
    { input: { type, name } },
    token,
  );
  return data.createArchitectureElement.element;
}

/** The work package list, with everything paging tests look at. */
export const LIST = `query($filter: WorkPackageFilter, $orderBy: WorkPackageOrder, $first: Int, $after: String) {
  workPackages(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount nodes { id name } pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;

export interface ListData {
  workPackages: { totalCount: number; nodes: { id: string; name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** The names on a page of LIST, in order. */
export const names = (data: ListData): string[] => data.workPackages.nodes.map((node) => node.name);
