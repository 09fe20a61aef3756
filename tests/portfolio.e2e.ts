import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProject, buildTask, buildWorkspaceWithTeam, dataOf, errorCodes, execute, LogTimeDocument } from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { isoDay, run } from "./tenant-fixtures.js";
import { startTestGraph } from "./harness.js";

/**
 * The portfolio features as a client meets them, through the gateway with every real subgraph behind
 * it: the timeline with other subgraphs' fields on its bars, comments whose mentions resolve as users,
 * assignee suggestions from identity's skills and workspaces' members, and the activity of it all.
 */

let graph: RunningGraph;
let url: string;
let team: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let projectId: string;
const tasks: Record<string, string> = {};

beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
  team = await buildWorkspaceWithTeam(url, { name: "Portfolio e2e" });
  const token = team.MANAGER.token;
  projectId = (await buildProject(url, token, { name: "Data centre exit", key: "DCX", startDate: isoDay(10), endDate: isoDay(-60) })).id;
  for (const [key, title, assignee, estimateHours] of [
    ["design", "Design target network", team.MEMBER.id, 16],
    ["build", "Build landing zone", team.ADMIN.id, 24],
    ["test", "Failover test", null, 8],
  ] as const) {
    tasks[key] = (await buildTask(url, token, projectId, { title, assigneeId: assignee, estimateHours })).id;
  }
});
afterAll(() => graph?.close());

describe("portfolio through the gateway", () => {
  it("builds a timeline from dependencies, with each bar's assignee and time logged from their own subgraphs", async () => {
    const token = team.MANAGER.token;
    const add = `mutation($input: AddTaskDependencyInput!) { addTaskDependency(input: $input) { dependency { id } } }`;
    await run(url, token, add, { input: { predecessorId: tasks.design, successorId: tasks.build } });
    await run(url, token, add, { input: { predecessorId: tasks.build, successorId: tasks.test, lagDays: 2 } });
    dataOf(
      await execute(url, LogTimeDocument, {
        token: team.MEMBER.token,
        variables: { input: { taskId: tasks.design!, projectId, date: isoDay(1), hours: 3.5 } },
      }),
    );

    const cycle = await execute(url, add, { token, variables: { input: { predecessorId: tasks.test, successorId: tasks.design } } });
    expect(errorCodes(cycle)).toEqual(["BAD_USER_INPUT"]);
    expect(cycle.errors![0]!.message).toContain("Design target network → Build landing zone → Failover test → Design target network");

    const { timeline } = await run<{
      timeline: {
        dependencies: { type: string; lagDays: number }[];
        criticalPaths: string[][];
        bars: {
          id: string;
          title: string;
          durationDays: number;
          critical: boolean;
          task: { assignee: { name: string } | null; timeLogged: number };
        }[];
      };
    }>(
      url,
      token,
      `query($id: ID!) { timeline(projectId: $id) {
        dependencies { type lagDays }
        criticalPaths
        bars { id title durationDays critical task { assignee { name } timeLogged } }
      } }`,
      { id: projectId },
    );
    expect(timeline.dependencies).toEqual([
      { type: "FINISH_TO_START", lagDays: 0 },
      { type: "FINISH_TO_START", lagDays: 2 },
    ]);
    const byTitle = Object.fromEntries(timeline.bars.map((bar) => [bar.title, bar]));
    expect(byTitle["Design target network"]).toMatchObject({ durationDays: 2, critical: true, task: { timeLogged: 3.5 } });
    expect(byTitle["Design target network"]!.task.assignee?.name).toBe("Member User");
    expect(byTitle["Build landing zone"]).toMatchObject({ durationDays: 3, critical: true });
    expect(byTitle["Failover test"]).toMatchObject({ durationDays: 1, critical: true, task: { assignee: null, timeLogged: 0 } });
    expect(timeline.criticalPaths).toEqual([[tasks.design, tasks.build, tasks.test]]);
  });

  it("resolves a comment's mentions as users, and refuses mentioning anyone outside the workspace", async () => {
    const outsider = (await buildWorkspaceWithTeam(url, { name: "Elsewhere" })).MEMBER;
    const add = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id body author { id name } mentions { id name } } } }`;
    const { addComment } = await run<{ addComment: { comment: { author: { id: string }; mentions: { id: string; name: string }[] } } }>(
      url,
      team.MEMBER.token,
      add,
      { input: { taskId: tasks.build, body: `Ready for you, @[Admin](user:${team.ADMIN.id})` } },
    );
    expect(addComment.comment.author.id).toBe(team.MEMBER.id);
    expect(addComment.comment.mentions).toEqual([{ id: team.ADMIN.id, name: expect.any(String) }]);

    const refused = await execute(url, add, {
      token: team.MEMBER.token,
      variables: { input: { taskId: tasks.build, body: `Psst @[Them](user:${outsider.id})` } },
    });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ field: "input.body" })]);
    const viewer = await execute(url, add, { token: team.VIEWER.token, variables: { input: { taskId: tasks.build, body: "Hello" } } });
    expect(errorCodes(viewer)).toEqual(["FORBIDDEN"]);
  });

  it("suggests assignees from identity's skills and open workload, and logs every change as activity", async () => {
    const token = team.MANAGER.token;
    const { createSkill } = await run<{ createSkill: { skill: { id: string } } }>(
      url,
      token,
      `mutation($input: CreateSkillInput!) { createSkill(input: $input) { skill { id } } }`,
      { input: { name: "Azure networking" } },
    );
    const rate = `mutation($input: SetUserSkillInput!) { setUserSkill(input: $input) { userSkill { id } } }`;
    await run(url, token, rate, { input: { userId: team.MANAGER.id, skillId: createSkill.skill.id, level: "EXPERT" } });
    await run(url, token, rate, { input: { userId: team.MEMBER.id, skillId: createSkill.skill.id, level: "BEGINNER" } });
    await run(url, token, `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { id } } }`, {
      input: { id: tasks.test, requiredSkills: [{ skillId: createSkill.skill.id, minLevel: "ADVANCED" }], labels: ["DR"] },
    });

    const { task } = await run<{
      task: {
        requiredSkills: { id: string }[];
        suggestedAssignees: { user: { id: string }; matchingSkills: { id: string }[]; openTaskCount: number }[];
        activity: { nodes: { field: string | null; actor: { id: string } | null }[] };
      };
    }>(
      url,
      token,
      `query($id: ID!) { task(id: $id) {
        requiredSkills { id }
        suggestedAssignees(first: 5) { user { id } matchingSkills { id } openTaskCount }
        activity(first: 20) { nodes { field actor { id } } }
      } }`,
      { id: tasks.test },
    );
    expect(task.requiredSkills).toEqual([{ id: createSkill.skill.id }]);
    // The manager is the one member with the skill at the level asked, and has no open task.
    expect(task.suggestedAssignees[0]).toEqual({
      user: { id: team.MANAGER.id },
      matchingSkills: [{ id: createSkill.skill.id }],
      openTaskCount: 0,
    });
    expect(task.suggestedAssignees.map((suggestion) => suggestion.user.id)).not.toContain(team.VIEWER.id);
    expect(task.activity.nodes.map((entry) => entry.field)).toEqual(expect.arrayContaining(["requiredSkills", "labels"]));
    expect(task.activity.nodes.every((entry) => entry.actor?.id === team.MANAGER.id)).toBe(true);
  });
});
