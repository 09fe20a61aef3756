import type { EventBus } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import type { RunningSubgraph } from "@plateau/subgraph-kit";
import { buildProject, startSubgraphHarness, type SqlCounter, type SubgraphHarness } from "@plateau/test-kit";
import { portfolio } from "@plateau/portfolio";
import { insights } from "../src/index.js";

/**
 * A started insights subgraph (the kit's harness), with the real portfolio subgraph it confirms
 * projects with (same database and keys) and a SQL counter of portfolio's own.
 */
export interface Harness extends SubgraphHarness {
  portfolio: RunningSubgraph;
  portfolioSql: SqlCounter;
}

/**
 * Starts portfolio, then insights pointed at it, against the worker's database, counting each one's SQL.
 * With `eventBus`, insights consumes portfolio's stream on it and relays its outbox to it.
 */
export async function startInsights(options: { eventBus?: EventBus } = {}): Promise<Harness> {
  const harness = await startSubgraphHarness(insights, {
    calls: { PORTFOLIO_URL: portfolio },
    eventBus: options.eventBus,
    outboxIntervalMs: 100,
  });
  return { ...harness, portfolio: harness.called.PORTFOLIO_URL!, portfolioSql: harness.calledSql.PORTFOLIO_URL! };
}

/** A fresh workspace with a token of `role` (tests never see each other's rows), and a maker of its projects in portfolio. */
export async function workspace(h: Harness, role: "OWNER" | "MANAGER" | "MEMBER" | "VIEWER" = "MEMBER") {
  const workspaceId = uuidv7();
  const owner = await h.tokens.forRole(workspaceId, "OWNER");
  return {
    workspaceId,
    token: await h.tokens.forRole(workspaceId, role),
    /** A new project of this workspace; its id. */
    project: async () => (await buildProject(h.portfolio.url, owner)).id,
  };
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
  const data = await h.dataOf<{ _entities: { id: string; risks: RiskView[] }[] }>(RISKS_QUERY, {
    token,
    variables: { r: projects.map((p) => projectRepresentation(p.id, p.facts)), all: includeResolved },
  });
  return data._entities.map((entity) => entity.risks);
}

/** One project's risks. */
export async function risksOfOne(h: Harness, token: string, id: string, projectFacts: Facts, includeResolved = false): Promise<RiskView[]> {
  return (await risksOf(h, token, [{ id, facts: projectFacts }], includeResolved))[0]!;
}
