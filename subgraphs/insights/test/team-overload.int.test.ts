import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeliveredEvent } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, execute } from "@plateau/test-kit";
import type { RiskChanged } from "../src/index.js";
import {
  deliver,
  deliverFromTimesheets,
  progressChanged,
  riskEventsOf,
  startInsights,
  utilizationMeasured,
  type Harness,
} from "./harness.js";

const MINUTE = 60_000;

let h: Harness;
beforeAll(async () => {
  h = await startInsights();
});
afterAll(() => h?.close());

interface TeamRisk {
  rule: string;
  severity: string;
  status: string;
  metric: number;
  threshold: number;
  detail: string;
  evidence: {
    team: { id: string };
    periodFrom: string;
    periodTo: string;
    utilization: number | null;
    loggedHours: number;
    capacityHours: number;
  } | null;
}

/** The project's assessments, open and resolved, as a VIEWER of the workspace reads them. */
async function risksOf(workspaceId: string, projectId: string): Promise<TeamRisk[]> {
  const token = await h.tokens.forRole(workspaceId, "VIEWER");
  const result = await execute<{ riskAssessments: { nodes: TeamRisk[] } }, Record<string, unknown>>(
    h.app.url,
    `query($p: ID!) { riskAssessments(filter: { projectId: { eq: $p } }) {
       nodes { rule severity status metric threshold detail
               evidence { ... on TeamOverloadEvidence { team { id } periodFrom periodTo utilization loggedHours capacityHours } } } } }`,
    { token, variables: { p: projectId } },
  );
  return dataOf(result).riskAssessments.nodes;
}

const kinds = (events: DeliveredEvent<RiskChanged>[]) =>
  events.map(({ data }) => `${data.kind} ${data.rule} ${data.severity} ${data.metric}`);

describe("TEAM_OVERLOAD from timesheets' team utilisation", () => {
  it("opens on the team's projects above 90% with the team, period and hours as evidence, follows newer figures and ignores older ones", async () => {
    const workspaceId = uuidv7();
    const teamId = uuidv7();
    const [projectA, projectB, elsewhere] = [uuidv7(), uuidv7(), uuidv7()];
    const at = (minutes: number) => new Date(Date.now() - 30 * MINUTE + minutes * MINUTE);
    // Two projects of the team, one of another team: portfolio says so in its progress events.
    await deliver(
      h,
      progressChanged(workspaceId, projectA, { teamId }),
      progressChanged(workspaceId, projectB, { teamId }),
      progressChanged(workspaceId, elsewhere, { teamId: uuidv7() }),
    );
    expect(await risksOf(workspaceId, projectA)).toEqual([]);

    const measured = utilizationMeasured(workspaceId, teamId, 0.95, { occurredAt: at(1) });
    await deliverFromTimesheets(h, measured);
    const [risk] = await risksOf(workspaceId, projectA);
    const { from, to } = measured.data as { from: string; to: string };
    expect(risk).toEqual({
      rule: "TEAM_OVERLOAD",
      severity: "MEDIUM",
      status: "OPEN",
      metric: 95,
      threshold: 90,
      detail: `The team logged 304 h against 320 h of capacity from ${from} to ${to} (95% utilised, above 90%)`,
      evidence: { team: { id: teamId }, periodFrom: from, periodTo: to, utilization: 0.95, loggedHours: 304, capacityHours: 320 },
    });
    expect((await risksOf(workspaceId, projectB)).map((r) => r.rule)).toEqual(["TEAM_OVERLOAD"]);
    expect(await risksOf(workspaceId, elsewhere)).toEqual([]);
    expect(kinds(await riskEventsOf(h, projectA))).toEqual(["OPENED TEAM_OVERLOAD MEDIUM 95"]);

    // The same event again, and an older period (even measured later): nothing changes, nothing is emitted.
    await deliverFromTimesheets(h, measured, utilizationMeasured(workspaceId, teamId, 0.5, { endsDaysAgo: 9, occurredAt: at(5) }));
    expect((await risksOf(workspaceId, projectA))[0]).toMatchObject({ status: "OPEN", metric: 95 });
    expect(await riskEventsOf(h, projectA)).toHaveLength(1);

    // The same period measured again, higher: over capacity is HIGH.
    await deliverFromTimesheets(h, utilizationMeasured(workspaceId, teamId, 1.05, { occurredAt: at(6) }));
    expect((await risksOf(workspaceId, projectA))[0]).toMatchObject({ severity: "HIGH", metric: 105 });

    // A later period back under 90%: resolved on both projects.
    await deliverFromTimesheets(h, utilizationMeasured(workspaceId, teamId, 0.8, { endsDaysAgo: 1, occurredAt: at(7) }));
    expect((await risksOf(workspaceId, projectA)).map((r) => r.status)).toEqual(["RESOLVED"]);
    expect((await risksOf(workspaceId, projectB)).map((r) => r.status)).toEqual(["RESOLVED"]);
    expect(kinds(await riskEventsOf(h, projectA))).toEqual([
      "OPENED TEAM_OVERLOAD MEDIUM 95",
      "UPDATED TEAM_OVERLOAD HIGH 105",
      "RESOLVED TEAM_OVERLOAD HIGH 105",
    ]);
  });

  it("applies figures recorded before the project named its team, and resolves when the project changes team", async () => {
    const workspaceId = uuidv7();
    const teamId = uuidv7();
    const projectId = uuidv7();
    await deliverFromTimesheets(h, utilizationMeasured(workspaceId, teamId, 0.97));
    await deliver(h, progressChanged(workspaceId, projectId, { teamId }, { occurredAt: new Date(Date.now() - MINUTE) }));
    expect((await risksOf(workspaceId, projectId)).map((r) => `${r.rule} ${r.status} ${r.metric}`)).toEqual(["TEAM_OVERLOAD OPEN 97"]);

    await deliver(h, progressChanged(workspaceId, projectId, { teamId: null }));
    expect((await risksOf(workspaceId, projectId)).map((r) => `${r.rule} ${r.status}`)).toEqual(["TEAM_OVERLOAD RESOLVED"]);
  });

  it("does not count figures older than two weeks, nor a team without capacity, and skips malformed and future ones without stalling", async () => {
    const workspaceId = uuidv7();
    const [stale, empty] = [uuidv7(), uuidv7()];
    const [staleProject, emptyProject] = [uuidv7(), uuidv7()];
    await deliver(
      h,
      progressChanged(workspaceId, staleProject, { teamId: stale }),
      progressChanged(workspaceId, emptyProject, { teamId: empty }),
    );
    const malformed = utilizationMeasured(workspaceId, stale, 0.99);
    (malformed.data as Record<string, unknown>).utilization = "high";
    await deliverFromTimesheets(
      h,
      malformed,
      utilizationMeasured(workspaceId, stale, 0.99, { endsDaysAgo: 15 }),
      // A period not over yet is no measurement (it would outrank every later one): skipped.
      utilizationMeasured(workspaceId, stale, 0.99, { endsDaysAgo: -10 }),
      utilizationMeasured(workspaceId, empty, null, { capacityHours: 0 }),
    );
    expect(await risksOf(workspaceId, staleProject)).toEqual([]);
    expect(await risksOf(workspaceId, emptyProject)).toEqual([]);
  });
});
