import { describe, expect, it } from "vitest";
import { RiskRule, RiskSeverity } from "./risk.enums.js";
import {
  blockedTasks,
  decliningVelocity,
  evaluateRiskRules,
  evidenceOf,
  knowledgeConcentration,
  type ProjectTaskFacts,
  scheduleSlippage,
  skillConcentration,
  teamOverload,
  type ProjectFacts,
  type TeamUtilizationFacts,
} from "./risk.detectors.js";

/** A 100-day plan from 2026-01-01 to 2026-04-11; on TODAY (day 80) 80% is expected. */
const TODAY = "2026-03-22";
const facts = (overrides: Partial<ProjectFacts> = {}): ProjectFacts => ({
  progress: 80,
  startDate: "2026-01-01",
  endDate: "2026-04-11",
  blockedTaskCount: 0,
  teamId: null,
  ...overrides,
});

describe("SCHEDULE_SLIPPAGE", () => {
  it("reports expected vs actual progress", () => {
    expect(scheduleSlippage(facts({ progress: 65 }), TODAY)).toEqual({
      rule: RiskRule.SCHEDULE_SLIPPAGE,
      severity: RiskSeverity.MEDIUM,
      title: "Project is behind schedule",
      detail: "Expected 80% complete by today, actual 65% (15 points behind)",
      metric: 15,
      threshold: 10,
      evidence: null,
    });
  });

  it("does not fire at exactly 10 points behind, fires at 10.1", () => {
    expect(scheduleSlippage(facts({ progress: 70 }), TODAY)).toBeNull();
    const finding = scheduleSlippage(facts({ progress: 69.9 }), TODAY);
    expect(finding?.severity).toBe(RiskSeverity.MEDIUM);
    expect(finding?.metric).toBe(10.1);
  });

  it("does not fire when on or ahead of schedule", () => {
    expect(scheduleSlippage(facts({ progress: 80 }), TODAY)).toBeNull();
    expect(scheduleSlippage(facts({ progress: 100 }), TODAY)).toBeNull();
  });

  it.each([
    [55, RiskSeverity.MEDIUM], // 25 points: not above 25
    [54.9, RiskSeverity.HIGH], // 25.1
    [40, RiskSeverity.HIGH], // 40: not above 40
    [39.9, RiskSeverity.CRITICAL], // 40.1
    [0, RiskSeverity.CRITICAL],
  ])("progress %s (80%% expected) is %s", (progress, severity) => {
    expect(scheduleSlippage(facts({ progress }), TODAY)?.severity).toBe(severity);
  });

  it("expects nothing before or on the start date", () => {
    expect(scheduleSlippage(facts({ progress: 0, startDate: "2026-03-23", endDate: "2026-04-30" }), TODAY)).toBeNull();
    expect(scheduleSlippage(facts({ progress: 0, startDate: TODAY, endDate: "2026-04-30" }), TODAY)).toBeNull();
    expect(evaluateRiskRules(facts({ progress: 0, startDate: "2026-04-01", endDate: "2026-05-01" }), TODAY)).toEqual([]);
  });

  it("has no plan to slip against without both dates", () => {
    expect(scheduleSlippage(facts({ progress: 0, startDate: null }), TODAY)).toBeNull();
    expect(scheduleSlippage(facts({ progress: 0, endDate: null }), TODAY)).toBeNull();
    expect(scheduleSlippage(facts({ progress: 0, startDate: null, endDate: null }), TODAY)).toBeNull();
  });

  it("expects 100% after the end date and makes an overdue project at least HIGH", () => {
    const finding = scheduleSlippage(facts({ progress: 85, startDate: "2026-01-01", endDate: "2026-03-01" }), TODAY);
    expect(finding).toMatchObject({ severity: RiskSeverity.HIGH, metric: 15, title: "Project is past its end date" });
    expect(finding?.detail).toBe("Expected 100% complete by today, actual 85% (15 points behind); the end date 2026-03-01 has passed");
    expect(scheduleSlippage(facts({ progress: 50, endDate: "2026-03-01" }), TODAY)?.severity).toBe(RiskSeverity.CRITICAL);
  });

  it("does not escalate on the end date itself", () => {
    // On the end date 100% is expected but the project is not past it yet.
    expect(scheduleSlippage(facts({ progress: 85, endDate: TODAY }), TODAY)?.severity).toBe(RiskSeverity.MEDIUM);
  });

  it("treats a one-day plan as due in full once started", () => {
    expect(scheduleSlippage(facts({ progress: 50, startDate: "2026-03-21", endDate: "2026-03-21" }), TODAY)?.metric).toBe(50);
  });

  it("uses the real date when none is given", () => {
    expect(scheduleSlippage(facts({ progress: 0, startDate: "2000-01-01", endDate: "2000-12-31" }))?.severity).toBe(RiskSeverity.CRITICAL);
  });
});

describe("BLOCKED_TASKS", () => {
  it("does not fire at 2 blocked tasks, fires at 3", () => {
    expect(blockedTasks(facts({ blockedTaskCount: 0 }))).toBeNull();
    expect(blockedTasks(facts({ blockedTaskCount: 2 }))).toBeNull();
    expect(blockedTasks(facts({ blockedTaskCount: 3 }))).toEqual({
      rule: RiskRule.BLOCKED_TASKS,
      severity: RiskSeverity.MEDIUM,
      title: "Tasks are blocked",
      detail: "3 tasks are blocked",
      metric: 3,
      threshold: 2,
      evidence: null,
    });
  });

  it.each([
    [3, RiskSeverity.MEDIUM],
    [4, RiskSeverity.HIGH],
    [5, RiskSeverity.HIGH],
    [6, RiskSeverity.CRITICAL],
    [40, RiskSeverity.CRITICAL],
  ])("%s blocked tasks is %s", (blockedTaskCount, severity) => {
    expect(blockedTasks(facts({ blockedTaskCount }))?.severity).toBe(severity);
  });

  it("says how many tasks are blocked", () => {
    expect(blockedTasks(facts({ blockedTaskCount: 5 }))?.detail).toBe("5 tasks are blocked");
  });
});

const TEAM = "0193a000-0000-7000-8000-000000000001";
/** Four weeks ending on the Sunday a week before TODAY: 152 h logged of 160 h (95%). */
const team = (overrides: Partial<TeamUtilizationFacts> = {}): TeamUtilizationFacts => ({
  teamId: TEAM,
  periodFrom: "2026-02-16",
  periodTo: "2026-03-15",
  utilization: 0.95,
  loggedHours: 152,
  capacityHours: 160,
  ...overrides,
});

describe("TEAM_OVERLOAD", () => {
  it("reports the team's utilisation with its evidence", () => {
    expect(teamOverload(facts({ teamId: TEAM }), team(), TODAY)).toEqual({
      rule: RiskRule.TEAM_OVERLOAD,
      severity: RiskSeverity.MEDIUM,
      title: "The project's team is nearly fully loaded",
      detail: "The team logged 152 h against 160 h of capacity from 2026-02-16 to 2026-03-15 (95% utilised, above 90%)",
      metric: 95,
      threshold: 90,
      evidence: { kind: "TEAM_OVERLOAD", ...team() },
    });
  });

  it("does not fire at exactly 90%, fires just above", () => {
    expect(teamOverload(facts({ teamId: TEAM }), team({ utilization: 0.9 }), TODAY)).toBeNull();
    expect(teamOverload(facts({ teamId: TEAM }), team({ utilization: 0.9001 }), TODAY)?.metric).toBe(90.01);
  });

  it.each([
    [0.95, RiskSeverity.MEDIUM],
    [1.0, RiskSeverity.MEDIUM],
    [1.05, RiskSeverity.HIGH],
    [1.1, RiskSeverity.HIGH],
    [1.25, RiskSeverity.CRITICAL],
  ])("utilisation %s is %s", (utilization, severity) => {
    expect(teamOverload(facts({ teamId: TEAM }), team({ utilization }), TODAY)?.severity).toBe(severity);
  });

  it("needs the project's own team, with capacity", () => {
    expect(teamOverload(facts({ teamId: null }), team(), TODAY)).toBeNull();
    expect(teamOverload(facts({ teamId: TEAM }), null, TODAY)).toBeNull();
    expect(teamOverload(facts({ teamId: TEAM }), team({ teamId: "0193a000-0000-7000-8000-000000000002" }), TODAY)).toBeNull();
    expect(teamOverload(facts({ teamId: TEAM }), team({ utilization: null, capacityHours: 0 }), TODAY)).toBeNull();
  });

  it("counts figures up to 14 days after their period, not later", () => {
    expect(teamOverload(facts({ teamId: TEAM }), team({ periodTo: "2026-03-08" }), TODAY)?.rule).toBe(RiskRule.TEAM_OVERLOAD);
    expect(teamOverload(facts({ teamId: TEAM }), team({ periodTo: "2026-03-07" }), TODAY)).toBeNull();
  });
});

describe("evaluateRiskRules", () => {
  it("reports every firing rule in rule order", () => {
    expect(evaluateRiskRules(facts({ progress: 20, blockedTaskCount: 6 }), TODAY).map((f) => [f.rule, f.severity])).toEqual([
      [RiskRule.SCHEDULE_SLIPPAGE, RiskSeverity.CRITICAL],
      [RiskRule.BLOCKED_TASKS, RiskSeverity.CRITICAL],
    ]);
  });

  it("applies the team's utilisation when given", () => {
    expect(evaluateRiskRules(facts({ teamId: TEAM, blockedTaskCount: 3 }), TODAY, team()).map((f) => f.rule)).toEqual([
      RiskRule.BLOCKED_TASKS,
      RiskRule.TEAM_OVERLOAD,
    ]);
  });

  it("finds nothing for a healthy project", () => {
    expect(evaluateRiskRules(facts(), TODAY)).toEqual([]);
  });
});

/** Eight complete weeks from 2026-01-19 to 2026-03-15 with `completions`, and `remaining` tasks left. */
const tasksOf = (completions: number[], remaining = 5, byAssignee: ProjectTaskFacts["remainingByAssignee"] = []): ProjectTaskFacts => ({
  weekStarts: ["2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09"],
  weeklyCompletions: completions,
  remainingTasks: remaining,
  remainingByAssignee: byAssignee,
  skillNeeds: [],
});

describe("DECLINING_VELOCITY", () => {
  it("fires when the last four weeks completed less than half of the four before, with the weeks as evidence", () => {
    expect(decliningVelocity(tasksOf([3, 2, 3, 2, 1, 1, 1, 1]))).toEqual({
      rule: RiskRule.DECLINING_VELOCITY,
      severity: RiskSeverity.MEDIUM,
      title: "Velocity is falling",
      detail: "4 tasks completed in the last four complete weeks against 10 in the four before (60% fewer), with 5 tasks remaining",
      metric: 60,
      threshold: 50,
      evidence: {
        kind: "DECLINING_VELOCITY",
        periodFrom: "2026-01-19",
        periodTo: "2026-03-15",
        weeklyCompletions: [3, 2, 3, 2, 1, 1, 1, 1],
        previousTasks: 10,
        recentTasks: 4,
        remainingTasks: 5,
      },
    });
    expect(decliningVelocity(tasksOf([3, 2, 3, 2, 0, 1, 0, 1]))?.severity).toBe(RiskSeverity.HIGH);
  });

  it("does not fire at exactly half, on too little history, or with nothing left to do", () => {
    expect(decliningVelocity(tasksOf([3, 2, 3, 2, 2, 1, 1, 1]))).toBeNull();
    expect(decliningVelocity(tasksOf([1, 1, 0, 1, 0, 0, 0, 0]))).toBeNull();
    expect(decliningVelocity(tasksOf([3, 2, 3, 2, 0, 0, 0, 0], 0))).toBeNull();
    expect(decliningVelocity(null)).toBeNull();
  });
});

describe("KNOWLEDGE_CONCENTRATION", () => {
  const ALICE = "0190a7b8-0000-7000-8000-00000000000a";
  const BOB = "0190a7b8-0000-7000-8000-00000000000b";

  it("fires when one person holds more than 60% of the remaining estimated hours, naming them", () => {
    const finding = knowledgeConcentration(
      tasksOf([], 6, [
        { assigneeId: ALICE, hours: 26, tasks: 4 },
        { assigneeId: BOB, hours: 6, tasks: 1 },
        { assigneeId: null, hours: 8, tasks: 1 },
      ]),
    );
    expect(finding).toEqual({
      rule: RiskRule.KNOWLEDGE_CONCENTRATION,
      severity: RiskSeverity.MEDIUM,
      title: "One person holds most of the remaining work",
      detail: "One person is assigned 26 h of the 40 h of remaining estimated work (65%, 4 of 6 tasks)",
      metric: 65,
      threshold: 60,
      evidence: {
        kind: "KNOWLEDGE_CONCENTRATION",
        userId: ALICE,
        assignedHours: 26,
        assignedTasks: 4,
        remainingHours: 40,
        remainingTasks: 6,
      },
    });
    expect(
      knowledgeConcentration(
        tasksOf([], 4, [
          { assigneeId: BOB, hours: 30, tasks: 3 },
          { assigneeId: ALICE, hours: 2, tasks: 1 },
        ]),
      )?.severity,
    ).toBe(RiskSeverity.HIGH);
  });

  it("does not judge small remaining work, nor unassigned work, nor exactly 60%", () => {
    expect(knowledgeConcentration(tasksOf([], 3, [{ assigneeId: ALICE, hours: 15, tasks: 3 }]))).toBeNull();
    expect(knowledgeConcentration(tasksOf([], 2, [{ assigneeId: ALICE, hours: 40, tasks: 2 }]))).toBeNull();
    expect(knowledgeConcentration(tasksOf([], 5, [{ assigneeId: null, hours: 40, tasks: 5 }]))).toBeNull();
    expect(
      knowledgeConcentration(
        tasksOf([], 5, [
          { assigneeId: ALICE, hours: 24, tasks: 3 },
          { assigneeId: BOB, hours: 16, tasks: 2 },
        ]),
      ),
    ).toBeNull();
  });
});

describe("stored evidence", () => {
  it("reads evidence stored before it had a kind as TEAM_OVERLOAD's", () => {
    const old = { teamId: TEAM, periodFrom: "2026-02-16", periodTo: "2026-03-15", utilization: 0.95, loggedHours: 152, capacityHours: 160 };
    expect(evidenceOf(old)).toEqual({ kind: "TEAM_OVERLOAD", ...old });
    expect(evidenceOf(null)).toBeNull();
  });

  it("evaluates every rule in rule order", () => {
    const findings = evaluateRiskRules(
      facts({ teamId: TEAM, blockedTaskCount: 3 }),
      TODAY,
      team(),
      tasksOf([3, 2, 3, 2, 0, 0, 1, 0], 6, [{ assigneeId: TEAM, hours: 30, tasks: 5 }]),
    );
    expect(findings.map((finding) => finding.rule)).toEqual([
      RiskRule.BLOCKED_TASKS,
      RiskRule.TEAM_OVERLOAD,
      RiskRule.DECLINING_VELOCITY,
      RiskRule.KNOWLEDGE_CONCENTRATION,
    ]);
  });
});

describe("SKILL_CONCENTRATION", () => {
  const PYTHON = "0190a000-0000-7000-8000-000000000001";
  const RUST = "0190a000-0000-7000-8000-000000000002";
  const GO = "0190a000-0000-7000-8000-000000000003";
  const [ANN, BOB] = ["0190a000-0000-7000-8000-0000000000a1", "0190a000-0000-7000-8000-0000000000b1"];
  const withNeeds = (skillNeeds: ProjectTaskFacts["skillNeeds"]): ProjectTaskFacts => ({
    ...tasksOf([1, 1, 1, 1, 1, 1, 1, 1]),
    skillNeeds,
  });

  it("fires for a needed skill one person holds, MEDIUM, HIGH from three tasks on", () => {
    const one = skillConcentration(withNeeds([{ skillId: RUST, minLevel: "ADVANCED", tasks: 2, holderIds: [ANN] }]));
    expect(one).toEqual({
      rule: "SKILL_CONCENTRATION",
      severity: "MEDIUM",
      title: "One person holds a skill the remaining work needs",
      detail: "2 open tasks need a skill at ADVANCED or above that one person in the workspace holds",
      metric: 1,
      threshold: 0,
      evidence: { kind: "SKILL_CONCENTRATION", skillId: RUST, minLevel: "ADVANCED", holderIds: [ANN], tasks: 2, concentratedSkills: 1 },
    });
    expect(skillConcentration(withNeeds([{ skillId: RUST, minLevel: null, tasks: 3, holderIds: [ANN] }]))?.severity).toBe("HIGH");
  });

  it("reports the skill nobody holds first (HIGH), counting the others, and not one two people hold", () => {
    const finding = skillConcentration(
      withNeeds([
        { skillId: PYTHON, minLevel: null, tasks: 5, holderIds: [ANN, BOB] },
        { skillId: RUST, minLevel: "EXPERT", tasks: 4, holderIds: [BOB] },
        { skillId: GO, minLevel: null, tasks: 1, holderIds: [] },
      ]),
    );
    expect(finding).toMatchObject({
      severity: "HIGH",
      title: "Nobody holds a skill the remaining work needs",
      detail: "1 open task needs a skill that nobody in the workspace holds (and 1 more skill likewise)",
      metric: 2,
      evidence: { skillId: GO, holderIds: [], tasks: 1, concentratedSkills: 2 },
    });
    expect(skillConcentration(withNeeds([{ skillId: PYTHON, minLevel: null, tasks: 5, holderIds: [ANN, BOB] }]))).toBeNull();
    expect(skillConcentration(withNeeds([]))).toBeNull();
    expect(skillConcentration(null)).toBeNull();
  });
});
