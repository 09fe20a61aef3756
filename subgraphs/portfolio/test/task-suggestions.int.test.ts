import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { problem } from "./board-client.js";
import { startProjectsHarness, type ProjectsHarness } from "./projects-client.js";
import { taskClient } from "./task-client.js";
import { createWorkspace } from "./workspaces.js";

// Members come from the real workspaces subgraph; skills from a small fake of identity (identity-teams.ts),
// which answers `_entities` for Skill and for User.skills as the caller's workspace.
let harness: ProjectsHarness;

beforeAll(async () => {
  harness = await startProjectsHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface Suggestion {
  user: { id: string };
  score: number;
  matchingSkills: { id: string }[];
  openTaskCount: number;
  openEstimateHours: number;
}

const SUGGEST = `query($id: ID!, $first: Int) { task(id: $id) {
  suggestedAssignees(first: $first) { user { id } score matchingSkills { id } openTaskCount openEstimateHours } } }`;

/** A workspace with a manager (the caller), three members, a viewer, and two skills of identity's catalogue. */
async function setup() {
  const workspace = await createWorkspace(harness.workspacesApp, harness.tokens, "MANAGER");
  const client = taskClient(harness.app, workspace.token);
  const [expert, allRounder, novice] = [await workspace.member(), await workspace.member(), await workspace.member()];
  const viewer = await workspace.member("VIEWER");
  const [typescript, postgres] = [uuidv7(), uuidv7()];
  for (const skill of [typescript, postgres]) harness.identity.addSkill(workspace.workspaceId, skill);
  return { workspace, client, projectId: await client.project(), expert, allRounder, novice, viewer, typescript, postgres };
}

describe("required skills", () => {
  it("stores identity skills with an optional minimum level, replaced on update", async () => {
    const { client, projectId, typescript, postgres } = await setup();
    const task = await client.task(projectId, {
      requiredSkills: [{ skillId: typescript, minLevel: "ADVANCED" }, { skillId: postgres.toUpperCase() }],
    });
    expect(task.skillRequirements).toEqual([
      { skill: { id: typescript }, minLevel: "ADVANCED" },
      { skill: { id: postgres }, minLevel: null },
    ]);
    const read = await client.run<{ task: { requiredSkills: { id: string }[] } }>(
      `query($id: ID!) { task(id: $id) { requiredSkills { id } } }`,
      {
        id: task.id,
      },
    );
    expect(dataOf(read).task.requiredSkills).toEqual([{ id: typescript }, { id: postgres }]);
    const updated = dataOf(await client.update({ id: task.id, requiredSkills: [{ skillId: postgres, minLevel: "EXPERT" }] })).updateTask
      .task;
    expect(updated.skillRequirements).toEqual([{ skill: { id: postgres }, minLevel: "EXPERT" }]);
    expect(dataOf(await client.update({ id: task.id, requiredSkills: null })).updateTask.task.skillRequirements).toEqual([]);
  });

  it("refuses skills identity does not have in this workspace, repeated skills and bad ids, changing nothing", async () => {
    const { client, projectId, typescript } = await setup();
    const foreign = uuidv7();
    harness.identity.addSkill(uuidv7(), foreign);
    const bad = (requiredSkills: unknown[]) => client.create({ projectId, requiredSkills });
    expect(problem(await bad([{ skillId: typescript }, { skillId: foreign }]))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.requiredSkills[1]",
    });
    expect(problem(await bad([{ skillId: uuidv7() }]))).toEqual({ code: "BAD_USER_INPUT", field: "input.requiredSkills[0]" });
    expect(problem(await bad([{ skillId: typescript }, { skillId: typescript, minLevel: "EXPERT" }]))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.requiredSkills[1]",
    });
    expect(problem(await bad([{ skillId: "not-an-id" }]))).toEqual({ code: "BAD_USER_INPUT", field: "input.requiredSkills[0]" });
    expect((await client.create({ projectId, requiredSkills: [{ skillId: typescript, minLevel: "GURU" }] })).errors?.length).toBe(1);
    const many = Array.from({ length: 21 }, () => ({ skillId: uuidv7() }));
    expect(problem(await bad(many))).toEqual({ code: "BAD_USER_INPUT", field: "input.requiredSkills" });

    const task = await client.task(projectId, { requiredSkills: [{ skillId: typescript }] });
    const refused = await client.update({ id: task.id, title: "Changed", requiredSkills: [{ skillId: foreign }] });
    expect(problem(refused)).toEqual({ code: "BAD_USER_INPUT", field: "input.requiredSkills[0]" });
    const again = await client.run<{ task: { title: string; requiredSkills: { id: string }[] } }>(
      `query($id: ID!) { task(id: $id) { title requiredSkills { id } } }`,
      { id: task.id },
    );
    expect(dataOf(again).task).toEqual({ title: "Task", requiredSkills: [{ id: typescript }] });
  });
});

describe("Task.suggestedAssignees", () => {
  it("ranks members (not viewers) by matching skills, then by open workload, as documented", async () => {
    const { workspace, client, projectId, expert, allRounder, novice, viewer, typescript, postgres } = await setup();
    const id = workspace.workspaceId;
    harness.identity.rateUser(id, expert, typescript, "EXPERT");
    harness.identity.rateUser(id, expert, postgres, "BEGINNER");
    harness.identity.rateUser(id, allRounder, typescript, "INTERMEDIATE");
    harness.identity.rateUser(id, allRounder, postgres, "ADVANCED");
    // A rating in another workspace does not count here.
    harness.identity.rateUser(uuidv7(), novice, typescript, "EXPERT");

    // The expert has two open tasks (10 h left of 20 h) and one done; the manager one open task of 4 h.
    await client.task(projectId, { assigneeId: expert, estimateHours: 8, completion: 50 });
    await client.task(projectId, { assigneeId: expert, estimateHours: 12, completion: 50 });
    await client.task(projectId, { assigneeId: expert, estimateHours: 100, status: "DONE" });
    await client.task(projectId, { assigneeId: workspace.userId, estimateHours: 4 });

    const task = await client.task(projectId, {
      requiredSkills: [{ skillId: typescript, minLevel: "ADVANCED" }, { skillId: postgres }],
    });
    const all = dataOf(await client.run<{ task: { suggestedAssignees: Suggestion[] } }>(SUGGEST, { id: task.id, first: 10 })).task
      .suggestedAssignees;
    // The workspace's owner, who created it, is a member too: idle and unskilled here.
    const known = [expert, allRounder, novice, workspace.userId];
    const owners = all.filter((s) => !known.includes(s.user.id));
    expect(owners).toEqual([{ user: owners[0]!.user, score: 0, matchingSkills: [], openTaskCount: 0, openEstimateHours: 0 }]);
    const owner = owners[0]!.user.id;
    expect(all.map((s) => s.user.id)).not.toContain(viewer);
    const suggestions = all.filter((s) => s.user.id !== owner);
    expect(suggestions).toEqual([
      // 100 × 2/2 + 5 × (EXPERT − ADVANCED = 1) − 5 × 2 − 1 × 10
      { user: { id: expert }, score: 85, matchingSkills: [{ id: typescript }, { id: postgres }], openTaskCount: 2, openEstimateHours: 10 },
      // 100 × 1/2 (INTERMEDIATE is below ADVANCED) + 5 × (ADVANCED − BEGINNER = 2)
      { user: { id: allRounder }, score: 60, matchingSkills: [{ id: postgres }], openTaskCount: 0, openEstimateHours: 0 },
      { user: { id: novice }, score: 0, matchingSkills: [], openTaskCount: 0, openEstimateHours: 0 },
      // − 5 × 1 − 1 × 4
      { user: { id: workspace.userId }, score: -9, matchingSkills: [], openTaskCount: 1, openEstimateHours: 4 },
    ]);

    const top = dataOf(await client.run<{ task: { suggestedAssignees: Suggestion[] } }>(SUGGEST, { id: task.id })).task.suggestedAssignees;
    expect(top.map((s) => s.user.id)).toEqual([expert, allRounder, ...[novice, owner].sort(), workspace.userId]);
    const two = dataOf(await client.run<{ task: { suggestedAssignees: Suggestion[] } }>(SUGGEST, { id: task.id, first: 2 })).task;
    expect(two.suggestedAssignees.map((s) => s.user.id)).toEqual([expert, allRounder]);

    // With no skills required, workload alone decides: the idle members first (by id), the expert last.
    const plain = await client.task(projectId);
    const byLoad = dataOf(await client.run<{ task: { suggestedAssignees: Suggestion[] } }>(SUGGEST, { id: plain.id, first: 10 })).task;
    expect(byLoad.suggestedAssignees.map((s) => s.user.id)).toEqual([...[allRounder, novice, owner].sort(), workspace.userId, expert]);
  });

  it("refuses first outside 1..100", async () => {
    const { client, projectId } = await setup();
    const task = await client.task(projectId);
    for (const first of [0, -1, 101]) {
      expect(problem(await client.run(SUGGEST, { id: task.id, first }))).toEqual({ code: "BAD_USER_INPUT", field: "first" });
    }
  });

  it("asks identity once and runs the same SQL for 1 task as for 8", async () => {
    const { workspace, client, projectId, expert, typescript } = await setup();
    harness.identity.rateUser(workspace.workspaceId, expert, typescript, "ADVANCED");
    for (let i = 0; i < 8; i++) await client.task(projectId, { title: `T${i}`, requiredSkills: [{ skillId: typescript }] });
    const run = async (first: number) => {
      const before = harness.identity.calls.get("User") ?? 0;
      const { result, statements } = await harness.sql.count(() =>
        client.run<{ tasks: { nodes: { suggestedAssignees: Suggestion[] }[] } }>(
          `query($first: Int) { tasks(first: $first, filter: { projectId: { eq: "${projectId}" } }) {
             nodes { suggestedAssignees(first: 1) { user { id } matchingSkills { id } } } } }`,
          { first },
        ),
      );
      const nodes = dataOf(result).tasks.nodes;
      expect(nodes).toHaveLength(first);
      expect(nodes.every((node) => node.suggestedAssignees[0]?.user.id === expert)).toBe(true);
      return { identityCalls: (harness.identity.calls.get("User") ?? 0) - before, statements: statements.length };
    };
    const one = await run(1);
    const eight = await run(8);
    expect(one.identityCalls).toBe(1);
    expect(eight).toEqual(one);
  });
});
