import { uuidv7 } from "@plateau/kernel";
import { startSubgraph, type RunningSubgraph } from "@plateau/subgraph-kit";
import { createTestTokens, dataOf, execute, SqlCounter, workerDatabaseUrl, type TestTokens } from "@plateau/test-kit";
import { insights } from "../src/index.js";

/** A started insights subgraph with its token minter and SQL counter. */
export interface Harness {
  app: RunningSubgraph;
  tokens: TestTokens;
  sql: SqlCounter;
}

/** Starts insights against the worker's database, counting its SQL. */
export async function startInsights(): Promise<Harness> {
  const tokens = await createTestTokens();
  const sql = new SqlCounter();
  const app = await startSubgraph(insights, {
    database: { url: await workerDatabaseUrl() },
    tokenKeys: tokens.tokenKeys,
    tokenAudience: tokens.audience,
    onQuery: sql.onQuery,
  });
  return { app, tokens, sql };
}

/** A fresh workspace with a token of `role`: tests never see each other's rows. */
export async function workspace(h: Harness, role: "OWNER" | "MANAGER" | "MEMBER" | "VIEWER" = "MEMBER") {
  const workspaceId = uuidv7();
  return { workspaceId, token: await h.tokens.forRole(workspaceId, role) };
}

/** YYYY-MM-DD `days` from today (UTC), the clock the service uses. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The facts portfolio would send for a Project. */
export interface Facts {
  progress: number;
  startDate: string | null;
  endDate: string | null;
  blockedTaskCount: number;
}

/**
 * Facts of a project halfway through a 200-day plan (50% expected today): `progress` 30 is 20 points
 * behind. The wide plan keeps the expectation within a point if the date turns during a test.
 */
export function facts(overrides: Partial<Facts> = {}): Facts {
  return { progress: 50, startDate: daysFromToday(-100), endDate: daysFromToday(100), blockedTaskCount: 0, ...overrides };
}

/** A Project representation as the gateway sends it to insights (`@requires` fields included). */
export function projectRepresentation(id: string, projectFacts: Facts) {
  return { __typename: "Project", id, ...projectFacts };
}

export interface RiskView {
  id: string;
  rule: string;
  severity: string;
  status: string;
  metric: number;
  threshold: number;
  title: string;
  detail: string;
  detectedAt: string;
  lastEvaluatedAt: string;
  resolvedAt: string | null;
}

export const RISKS_QUERY = `query($r: [_Any!]!, $all: Boolean) {
  _entities(representations: $r) {
    ... on Project { id risks(includeResolved: $all) { id rule severity status metric threshold title detail detectedAt lastEvaluatedAt resolvedAt } }
  }
}`;

/** Calls `_entities` like the gateway does and returns each project's risks, in representation order. */
export async function risksOf(
  h: Harness,
  token: string,
  projects: { id: string; facts: Facts }[],
  includeResolved = false,
): Promise<RiskView[][]> {
  const result = await execute<{ _entities: { id: string; risks: RiskView[] }[] }, Record<string, unknown>>(h.app.url, RISKS_QUERY, {
    token,
    variables: { r: projects.map((p) => projectRepresentation(p.id, p.facts)), all: includeResolved },
  });
  return dataOf(result)._entities.map((entity) => entity.risks);
}

/** One project's risks. */
export async function risksOfOne(h: Harness, token: string, id: string, projectFacts: Facts, includeResolved = false): Promise<RiskView[]> {
  return (await risksOf(h, token, [{ id, facts: projectFacts }], includeResolved))[0]!;
}
