import { afterAll, beforeAll } from "vitest";
import { uuidv7, type WorkspaceRole } from "@plateau/kernel";
import { startSubgraph, type RunningSubgraph } from "@plateau/subgraph-kit";
import { createTestTokens, dataOf, execute, SqlCounter, workerDatabaseUrl, type ExecutionResult, type TestTokens } from "@plateau/test-kit";
import { workpackages } from "../src/index.js";

/** A started workpackages subgraph with a statement counter and a token minter, for one test file. */
export interface Harness {
  app: RunningSubgraph;
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
}

/** Starts the subgraph before the file's tests and stops it after. */
export function useHarness(): Harness {
  const sql = new SqlCounter();
  const harness = { sql } as Harness;
  beforeAll(async () => {
    harness.tokens = await createTestTokens();
    harness.app = await startSubgraph(workpackages, {
      database: { url: await workerDatabaseUrl() },
      tokenKeys: harness.tokens.tokenKeys,
      tokenAudience: harness.tokens.audience,
      onQuery: sql.onQuery,
    });
  });
  afterAll(() => harness.app?.close());
  harness.run = (query, variables = {}, token) => execute(harness.app.url, query, { variables, token }) as never;
  harness.ok = async (query, variables, token) => dataOf(await harness.run(query, variables, token)) as never;
  harness.workspace = async () => {
    const id = uuidv7();
    return { id, token: await harness.tokens.forRole(id, "OWNER"), as: (role) => harness.tokens.forRole(id, role) };
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
