import { afterAll, beforeAll } from "vitest";
import { uuidv7, type WorkspaceRole } from "@plateau/kernel";
import type { RunningSubgraph } from "@plateau/subgraph-kit";
import { buildProject, startSubgraphHarness, type ExecutionResult, type SubgraphHarness } from "@plateau/test-kit";
import { portfolio } from "@plateau/portfolio";
import { workpackages } from "../src/index.js";

/**
 * A started workpackages subgraph (the kit's harness) for one test file, and the real portfolio
 * subgraph it checks project ids with (same database and keys).
 */
export interface Harness extends SubgraphHarness {
  portfolio: RunningSubgraph;
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
  // Filled in beforeAll: tests read its fields, never destructure it at load.
  const harness = {} as Harness;
  beforeAll(async () => {
    const started = await startSubgraphHarness(workpackages, { calls: { PORTFOLIO_URL: portfolio } });
    Object.assign(harness, started, { portfolio: started.called.PORTFOLIO_URL });
  });
  afterAll(async () => {
    await harness.close?.();
  });
  harness.run = (query, variables = {}, token) => harness.execute(query, { variables, token }) as never;
  harness.ok = (query, variables = {}, token) => harness.dataOf(query, { variables, token }) as never;
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
