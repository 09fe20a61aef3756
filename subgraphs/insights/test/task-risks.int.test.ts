import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvent, identityEvents, type DomainEvent } from "@plateau/events";
import { createLogger, uuidv7 } from "@plateau/kernel";
import { addDays, today as utcToday } from "@plateau/subgraph-kit";
import {
  applyTaskEvents,
  changeFacts,
  facts,
  projectRepresentation,
  riskEventsOf,
  startInsights,
  taskCompleted,
  taskCreated,
  taskEvent,
  thisMonday,
  wednesdayWeeksAgo,
  workspace,
  type Harness,
} from "./harness.js";
import { applySkillEvent } from "../src/modules/skill/skill-holder.consumer.js";

/**
 * The rules that read insights' task state: DECLINING_VELOCITY from the weeks tasks were completed in, and
 * KNOWLEDGE_CONCENTRATION from who holds the remaining estimate. Task events are applied as the consumer
 * applies them, and each evaluates the project's risks again; the risks are read as the gateway reads them.
 */
let h: Harness;
beforeAll(async () => {
  h = await startInsights();
});
afterAll(() => h?.close());

const created = taskCreated;
const completed = taskCompleted;
const apply = (...events: DomainEvent[]) => applyTaskEvents(h, ...events);

const EVIDENCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { risks { rule severity metric detail evidence {
  __typename
  ... on DecliningVelocityEvidence { periodFrom periodTo weeklyCompletions previousTasks recentTasks remainingTasks }
  ... on KnowledgeConcentrationEvidence { user { id } assignedHours assignedTasks remainingHours remainingTasks }
  ... on SkillConcentrationEvidence { skill { id } minLevel holders { id } tasks concentratedSkills }
} } } } }`;

interface Risk {
  rule: string;
  severity: string;
  metric: number;
  detail: string;
  evidence: Record<string, unknown> | null;
}
const risksOf = async (token: string, projectId: string) =>
  (await h.dataOf<{ _entities: { risks: Risk[] }[] }>(EVIDENCE, { token, variables: { r: [projectRepresentation(projectId)] } }))
    ._entities[0]!.risks;

describe("rules on insights' task state", () => {
  it("opens DECLINING_VELOCITY when the last four weeks completed less than half of the four before, and resolves it when work picks up", async () => {
    const ws = await workspace(h);
    const project = ws.project();
    await changeFacts(h, ws.workspaceId, [{ id: project, facts: facts() }]);
    // Weeks 8 to 5 ago: 3, 2, 3, 2 tasks; weeks 4 to 1 ago: 1, 0, 1, 0; two tasks remain.
    const done = [3, 2, 3, 2, 1, 0, 1, 0];
    for (const [index, count] of done.entries()) {
      const day = wednesdayWeeksAgo(8 - index);
      for (let n = 0; n < count; n++) {
        const task = uuidv7();
        await apply(created(ws.workspaceId, task, project, addDays(day, -1), null, null), completed(ws.workspaceId, task, project, day));
      }
    }
    const open = [uuidv7(), uuidv7()];
    await apply(...open.map((task) => created(ws.workspaceId, task, project, wednesdayWeeksAgo(1), null, null)));
    const [risk] = (await risksOf(ws.token, project)).filter((one) => one.rule === "DECLINING_VELOCITY");
    expect(risk).toEqual({
      rule: "DECLINING_VELOCITY",
      severity: "HIGH",
      metric: 80,
      detail: "2 tasks completed in the last four complete weeks against 10 in the four before (80% fewer), with 2 tasks remaining",
      evidence: {
        __typename: "DecliningVelocityEvidence",
        periodFrom: addDays(thisMonday, -56),
        periodTo: addDays(thisMonday, -1),
        weeklyCompletions: done,
        previousTasks: 10,
        recentTasks: 2,
        remainingTasks: 2,
      },
    });
    expect((await riskEventsOf(h, project)).map((event) => [event.data.rule, event.data.kind])).toContainEqual([
      "DECLINING_VELOCITY",
      "OPENED",
    ]);

    // Nothing left to do: no velocity to worry about.
    await apply(...open.map((task) => completed(ws.workspaceId, task, project, utcToday())));
    expect((await risksOf(ws.token, project)).map((one) => one.rule)).not.toContain("DECLINING_VELOCITY");
  });

  it("opens KNOWLEDGE_CONCENTRATION when one person holds most of the remaining estimate, naming them, and resolves it when work is shared", async () => {
    const ws = await workspace(h);
    const project = ws.project();
    const [alice, bob] = [uuidv7(), uuidv7()];
    await changeFacts(h, ws.workspaceId, [{ id: project, facts: facts() }]);
    const tasks = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const day = utcToday();
    await apply(
      created(ws.workspaceId, tasks[0]!, project, day, 10, alice),
      created(ws.workspaceId, tasks[1]!, project, day, 10, alice),
      created(ws.workspaceId, tasks[2]!, project, day, 8, alice),
      created(ws.workspaceId, tasks[3]!, project, day, 4, bob),
    );
    const [risk] = (await risksOf(ws.token, project)).filter((one) => one.rule === "KNOWLEDGE_CONCENTRATION");
    expect(risk).toEqual({
      rule: "KNOWLEDGE_CONCENTRATION",
      severity: "HIGH",
      metric: 87.5,
      detail: "One person is assigned 28 h of the 32 h of remaining estimated work (87.5%, 3 of 4 tasks)",
      evidence: {
        __typename: "KnowledgeConcentrationEvidence",
        user: { id: alice },
        assignedHours: 28,
        assignedTasks: 3,
        remainingHours: 32,
        remainingTasks: 4,
      },
    });

    // One of Alice's tasks goes to Bob: 18 h against 14 h of 32 h, under 60% for anyone.
    await apply(taskEvent("userAssigned", ws.workspaceId, tasks[0]!, day, { projectId: project, from: alice, to: bob }));
    expect((await risksOf(ws.token, project)).map((one) => one.rule)).not.toContain("KNOWLEDGE_CONCENTRATION");
  });

  it("opens SKILL_CONCENTRATION when a skill the open tasks need is held by one person, follows identity's levels, and resolves it", async () => {
    const ws = await workspace(h);
    const project = ws.project();
    await changeFacts(h, ws.workspaceId, [{ id: project, facts: facts() }]);
    const [alice, bob] = [uuidv7(), uuidv7()];
    const [rust, go] = [uuidv7(), uuidv7()];
    const level = (userId: string, skillId: string, value: string | null) =>
      createEvent({
        type: identityEvents.userSkillChanged,
        workspaceId: ws.workspaceId,
        actorId: null,
        subject: { typename: "User", id: userId },
        data: { skillId, userId, level: value as never },
      }) as unknown as DomainEvent;
    const applySkill = async (...events: DomainEvent[]) => {
      for (const event of events) await applySkillEvent(h.app.database.orm, logger, { ...event, cursor: "0-0" });
    };
    // An older rating of Bob, delivered late below: it must not undo the newer one.
    const bobWasBeginner = level(bob, rust, "BEGINNER");
    await applySkill(level(alice, rust, "ADVANCED"), level(bob, rust, "BEGINNER"));
    const day = utcToday();
    const [t1, t2, t3] = [uuidv7(), uuidv7(), uuidv7()];
    const withSkills = (task: string, requiredSkills: { skillId: string; minLevel: string | null }[]) => {
      const event = created(ws.workspaceId, task, project, day, 4, null);
      return { ...event, data: { ...event.data, requiredSkills } };
    };
    await apply(
      withSkills(t1, [{ skillId: rust, minLevel: "INTERMEDIATE" }]),
      withSkills(t2, [{ skillId: rust, minLevel: "ADVANCED" }]),
      withSkills(t3, []),
    );
    const skillRisk = async () => (await risksOf(ws.token, project)).find((one) => one.rule === "SKILL_CONCENTRATION");
    // Rust at INTERMEDIATE or above (the lowest level asked): Alice only, Bob is a beginner.
    expect(await skillRisk()).toEqual({
      rule: "SKILL_CONCENTRATION",
      severity: "MEDIUM",
      metric: 1,
      detail: "2 open tasks need a skill at INTERMEDIATE or above that one person in the workspace holds",
      evidence: {
        __typename: "SkillConcentrationEvidence",
        skill: { id: rust },
        minLevel: "INTERMEDIATE",
        holders: [{ id: alice }],
        tasks: 2,
        concentratedSkills: 1,
      },
    });

    // Bob learns Rust: two holders, no risk; the older rating arriving late changes nothing.
    await applySkill(level(bob, rust, "INTERMEDIATE"));
    expect(await skillRisk()).toBeUndefined();
    await applySkill(bobWasBeginner);
    expect(await skillRisk()).toBeUndefined();

    // A task now also needs Go, which nobody holds: HIGH. A done task's needs do not count.
    await apply(
      taskEvent("taskUpdated", ws.workspaceId, t3, day, {
        projectId: project,
        changedFields: ["requiredSkills"],
        status: "TODO",
        assigneeId: null,
        dueDate: null,
        estimateHours: 4,
        requiredSkills: [{ skillId: go, minLevel: null }],
      }),
    );
    expect(await skillRisk()).toMatchObject({ severity: "HIGH", evidence: { skill: { id: go }, holders: [], tasks: 1 } });
    await apply(completed(ws.workspaceId, t3, project, day));
    expect(await skillRisk()).toBeUndefined();

    // Alice's level removed and Bob's skill deleted with Rust itself: nobody holds what t1 and t2 need.
    await applySkill(level(alice, rust, null));
    expect(await skillRisk()).toMatchObject({ severity: "MEDIUM", evidence: { holders: [{ id: bob }] } });
    await applySkill(
      createEvent({
        type: identityEvents.skillDeleted,
        workspaceId: ws.workspaceId,
        actorId: null,
        subject: { typename: "Skill", id: rust },
        data: { skillId: rust },
      }) as unknown as DomainEvent,
    );
    expect(await skillRisk()).toMatchObject({ severity: "HIGH", evidence: { skill: { id: rust }, holders: [], tasks: 2 } });
  });
});

const logger = createLogger({ service: "task-risks-test", level: "silent" });
