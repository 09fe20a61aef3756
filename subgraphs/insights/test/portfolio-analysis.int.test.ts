import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvent, portfolioEvents, type DomainEvent } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { changeFacts, daysFromToday, deliver, facts, riskEventsOf, startInsights, workspace, type Harness } from "./harness.js";

/**
 * `portfolioAnalysis` from insights' stored figures: every project's risks and figures, worst first, in the
 * same statements whatever the number of projects; a deleted project leaves it with its risks resolved.
 */
let h: Harness;
beforeAll(async () => {
  h = await startInsights();
});
afterAll(() => h?.close());

const QUERY = `{ portfolioAnalysis {
  asOf projectCount onTrack atRisk offTrack openRisks { severity count }
  projects(first: 50) { totalCount nodes { projectId riskHealth worstSeverity openRiskCount progress expectedProgress blockedTaskCount
    openRisks { rule } forecast { remainingTasks } finishesAfterEndDate latestSummary { id } } }
} }`;

interface Answer {
  portfolioAnalysis: {
    asOf: string;
    projectCount: number;
    onTrack: number;
    atRisk: number;
    offTrack: number;
    openRisks: { severity: string; count: number }[];
    projects: {
      totalCount: number;
      nodes: {
        projectId: string;
        riskHealth: string;
        worstSeverity: string | null;
        openRiskCount: number;
        progress: number;
        expectedProgress: number | null;
        blockedTaskCount: number;
        openRisks: { rule: string }[];
      }[];
    };
  };
}

describe("portfolioAnalysis", () => {
  it("lists every project worst first, counts health and open risks by severity, in the same statements for 3 and for 12 projects", async () => {
    const ws = await workspace(h);
    const [calm, blocked, slipping] = [ws.project(), ws.project(), ws.project()];
    await changeFacts(h, ws.workspaceId, [
      { id: calm, facts: facts() },
      // 4 blocked: BLOCKED_TASKS HIGH.
      { id: blocked, facts: facts({ blockedTaskCount: 4 }) },
      // 20 points behind: SCHEDULE_SLIPPAGE MEDIUM.
      { id: slipping, facts: facts({ progress: 30 }) },
    ]);
    const read = () => h.sql.count(() => h.dataOf<Answer>(QUERY, { token: ws.token }));
    const { result: few, statements: fewStatements } = await read();
    const analysis = few.portfolioAnalysis;
    expect(analysis).toMatchObject({
      asOf: daysFromToday(0),
      projectCount: 3,
      onTrack: 1,
      atRisk: 1,
      offTrack: 1,
      openRisks: [
        { severity: "CRITICAL", count: 0 },
        { severity: "HIGH", count: 1 },
        { severity: "MEDIUM", count: 1 },
        { severity: "LOW", count: 0 },
      ],
    });
    expect(
      analysis.projects.nodes.map((node) => [node.projectId, node.riskHealth, node.worstSeverity, node.openRisks.map((risk) => risk.rule)]),
    ).toEqual([
      [blocked, "OFF_TRACK", "HIGH", ["BLOCKED_TASKS"]],
      [slipping, "AT_RISK", "MEDIUM", ["SCHEDULE_SLIPPAGE"]],
      [calm, "ON_TRACK", null, []],
    ]);
    expect(analysis.projects.nodes[1]).toMatchObject({ progress: 30, blockedTaskCount: 0, openRiskCount: 1 });
    expect(analysis.projects.nodes[1]!.expectedProgress).toBeCloseTo(50, 0);

    await changeFacts(
      h,
      ws.workspaceId,
      Array.from({ length: 9 }, () => ({ id: ws.project(), facts: facts() })),
    );
    const { result: many, statements: manyStatements } = await read();
    expect(many.portfolioAnalysis.projectCount).toBe(12);
    expect(many.portfolioAnalysis.projects.nodes).toHaveLength(12);
    expect(manyStatements.length).toBe(fewStatements.length);
    expect(fewStatements.length).toBeLessThanOrEqual(9);
  });

  it("leaves out a deleted project and resolves its risks, even when a late progress event follows", async () => {
    const ws = await workspace(h);
    const [kept, deleted] = [ws.project(), ws.project()];
    await changeFacts(h, ws.workspaceId, [
      { id: kept, facts: facts() },
      { id: deleted, facts: facts({ blockedTaskCount: 3 }) },
    ]);
    const deletion = createEvent({
      type: portfolioEvents.projectDeleted as never,
      workspaceId: ws.workspaceId,
      actorId: null,
      subject: { typename: "Project", id: deleted },
      data: { projectId: deleted },
    }) as DomainEvent;
    await deliver(h, deletion);
    expect((await riskEventsOf(h, deleted)).map((event) => [event.data.rule, event.data.kind])).toEqual([
      ["BLOCKED_TASKS", "OPENED"],
      ["BLOCKED_TASKS", "RESOLVED"],
    ]);
    // The same deletion again changes nothing.
    await deliver(h, { ...deletion, id: uuidv7() });
    expect(await riskEventsOf(h, deleted)).toHaveLength(2);
    // A progress event that was late (newer than the facts, older than nothing) does not bring it back.
    await changeFacts(h, ws.workspaceId, [{ id: deleted, facts: facts({ blockedTaskCount: 5 }) }]);
    const { portfolioAnalysis } = await h.dataOf<Answer>(QUERY, { token: ws.token });
    expect(portfolioAnalysis.projectCount).toBe(1);
    expect(portfolioAnalysis.projects.nodes.map((node) => node.projectId)).toEqual([kept]);
    expect(portfolioAnalysis.openRisks.every((entry) => entry.count === 0)).toBe(true);
  });
});
