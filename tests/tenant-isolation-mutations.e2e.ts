import { describe, expect, it } from "vitest";
import { errorCodes, execute, TEST_PASSWORD } from "@plateau/test-kit";
import { isoDay } from "./tenant-fixtures.js";
import { idsIn, idsOf, inputTypeOf, mutationIdFields, shapeOf, tenantProbes, useTenantWorld } from "./tenant-probes.js";

/**
 * Tenant isolation, end to end (docs/architecture.md, "Tenancy and Row-Level Security"), mutations:
 * the OWNER of workspace A sends every mutation with workspace B's ids, to change B's data or to
 * point A's data at B's.
 * A gets nothing of B and changes nothing; B's own owner, asking the same, gets it all (so nothing
 * passes for lack of data). The operations to try are read from the committed schemas, so a new one
 * fails here until covered. The world and probes are shared (tests/tenant-probes.ts).
 */

const world = useTenantWorld();

const { withNowhereIds, tracesOfB, asA, snapshot } = tenantProbes(world);

// ---------------------------------------------------------------------------------------------------
// Mutations

interface MutationCase {
  mutation: string;
  /** The input, pointing (somewhere) at B's data; `fields` are the input fields that carry B's ids. */
  input: () => Record<string, unknown>;
  fields: string[];
  /**
   * The error the client must get (for BAD_USER_INPUT naming one of `fields`), or null for an
   * operation that answers an unknown id without an error (it must then change nothing).
   */
  code: "NOT_FOUND" | "FORBIDDEN" | "BAD_USER_INPUT" | null;
  /** Sent without a token (login). */
  anonymous?: boolean;
}

const renamed = { name: "Alfa was here" };
const BOARD_STATUSES = ["TODO", "IN_PROGRESS", "BLOCKED", "IN_REVIEW", "DONE"] as const;

/** Mutations aimed at B's data by id. */
const ON_B: MutationCase[] = [
  { mutation: "cancelAnalysisRequest", input: () => ({ id: world.b.analysisRequestId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "updateProject", input: () => ({ id: world.b.projectId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteProject", input: () => ({ id: world.b.projectId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "setProjectBaseline", input: () => ({ projectId: world.b.projectId }), fields: ["projectId"], code: "BAD_USER_INPUT" },
  { mutation: "removeTaskDependency", input: () => ({ id: world.b.dependencyId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "editComment", input: () => ({ id: world.b.commentId, body: "Alfa was here" }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteComment", input: () => ({ id: world.b.commentId }), fields: ["id"], code: "NOT_FOUND" },
  {
    mutation: "linkMilestoneTasks",
    input: () => ({ milestoneId: world.b.milestoneId, taskIds: [world.b.taskId] }),
    fields: ["milestoneId"],
    code: "NOT_FOUND",
  },
  {
    mutation: "unlinkMilestoneTasks",
    input: () => ({ milestoneId: world.b.milestoneId, taskIds: [world.b.subtaskId] }),
    fields: ["milestoneId"],
    code: "NOT_FOUND",
  },
  { mutation: "archiveProject", input: () => ({ projectId: world.b.projectId }), fields: ["projectId"], code: "NOT_FOUND" },
  { mutation: "restoreProject", input: () => ({ projectId: world.b.projectId }), fields: ["projectId"], code: "NOT_FOUND" },
  {
    mutation: "postProjectStatusUpdate",
    input: () => ({ projectId: world.b.projectId, health: "OFF_TRACK", text: "Alfa was here" }),
    fields: ["projectId"],
    code: "NOT_FOUND",
  },
  { mutation: "updateProjectCategory", input: () => ({ id: world.b.categoryId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteProjectCategory", input: () => ({ id: world.b.categoryId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "updateTask", input: () => ({ id: world.b.taskId, title: renamed.name, status: "TODO" }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteTask", input: () => ({ id: world.b.taskId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "moveTask", input: () => ({ taskId: world.b.taskId, toStatus: "TODO" }), fields: ["taskId"], code: "NOT_FOUND" },
  {
    mutation: "updateWorkflow",
    input: () => ({
      projectId: world.b.projectId,
      columns: [...BOARD_STATUSES].reverse().map((status) => ({ status, name: renamed.name, category: "TODO" })),
    }),
    fields: ["projectId"],
    code: "NOT_FOUND",
  },
  {
    mutation: "updateMilestone",
    input: () => ({ id: world.b.milestoneId, ...renamed, status: "MISSED" }),
    fields: ["id"],
    code: "NOT_FOUND",
  },
  { mutation: "deleteMilestone", input: () => ({ id: world.b.milestoneId }), fields: ["id"], code: "NOT_FOUND" },
  {
    mutation: "updateTimeEntry",
    input: () => ({ id: world.b.timeEntryIds[0], hours: 0.25, note: null }),
    fields: ["id"],
    code: "NOT_FOUND",
  },
  { mutation: "deleteTimeEntry", input: () => ({ id: world.b.timeEntryIds[0] }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "approveTimesheet", input: () => ({ id: world.b.timesheetId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "rejectTimesheet", input: () => ({ id: world.b.timesheetId, reason: "Alfa was here" }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "reopenTimesheet", input: () => ({ id: world.b.timesheetId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteCapacityOverride", input: () => ({ id: world.b.capacityOverrideId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteNonWorkingDay", input: () => ({ id: world.b.nonWorkingDayId }), fields: ["id"], code: "NOT_FOUND" },
  {
    mutation: "updateTimeCategory",
    input: () => ({ id: world.b.timeCategoryId, name: "Alfa was here" }),
    fields: ["id"],
    code: "NOT_FOUND",
  },
  {
    mutation: "updateWorkPackage",
    input: () => ({ id: world.b.workPackageId, ...renamed, progress: 0 }),
    fields: ["id"],
    code: "NOT_FOUND",
  },
  { mutation: "deleteWorkPackage", input: () => ({ id: world.b.workPackageId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "updateArchitectureElement", input: () => ({ id: world.b.elementId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteArchitectureElement", input: () => ({ id: world.b.elementId }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "unlinkWorkPackage", input: () => ({ linkId: world.b.linkId }), fields: ["linkId"], code: "NOT_FOUND" },
  { mutation: "updateTeam", input: () => ({ id: world.b.teamId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteTeam", input: () => ({ id: world.b.teamId }), fields: ["id"], code: "NOT_FOUND" },
  {
    mutation: "addTeamMember",
    input: () => ({ teamId: world.b.teamId, userId: world.a.member.id }),
    fields: ["teamId"],
    code: "NOT_FOUND",
  },
  {
    mutation: "removeTeamMember",
    input: () => ({ teamId: world.b.teamId, userId: world.b.member.id }),
    fields: ["teamId"],
    code: "NOT_FOUND",
  },
  { mutation: "updateSkill", input: () => ({ id: world.b.skillId, ...renamed }), fields: ["id"], code: "NOT_FOUND" },
  { mutation: "deleteSkill", input: () => ({ id: world.b.skillId }), fields: ["id"], code: "NOT_FOUND" },
  {
    mutation: "setUserSkill",
    input: () => ({ userId: world.a.member.id, skillId: world.b.skillId, level: "EXPERT" }),
    fields: ["skillId"],
    code: "NOT_FOUND",
  },
  // Answers `removed: false` for a skill the user has no level in, as for one that exists nowhere.
  { mutation: "removeUserSkill", input: () => ({ userId: world.a.member.id, skillId: world.b.skillId }), fields: ["skillId"], code: null },
  {
    mutation: "changeMemberRole",
    input: () => ({ membershipId: world.b.memberships.ADMIN, role: "VIEWER" }),
    fields: ["membershipId"],
    code: "NOT_FOUND",
  },
  {
    mutation: "removeWorkspaceMember",
    input: () => ({ membershipId: world.b.memberships.MEMBER }),
    fields: ["membershipId"],
    code: "NOT_FOUND",
  },
  { mutation: "revokeInvitation", input: () => ({ invitationId: world.b.invitationId }), fields: ["invitationId"], code: "NOT_FOUND" },
  { mutation: "revokeSession", input: () => ({ sessionId: world.b.ownerSessionId }), fields: ["sessionId"], code: "NOT_FOUND" },
  {
    mutation: "deleteWorkspace",
    input: () => ({ workspaceId: world.b.workspaceId, confirmSlug: world.b.slug }),
    fields: ["workspaceId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "switchWorkspace", input: () => ({ workspaceId: world.b.workspaceId }), fields: ["workspaceId"], code: "FORBIDDEN" },
  {
    mutation: "login",
    input: () => ({ email: world.a.ownerEmail, password: TEST_PASSWORD, workspaceId: world.b.workspaceId }),
    fields: ["workspaceId"],
    code: "FORBIDDEN",
    anonymous: true,
  },
];

/** Mutations of A's own data that point it at B's: a parent, a link, an assignee, an owner, a project. */
const INTO_B: MutationCase[] = [
  {
    mutation: "requestAnalysis",
    input: () => ({ scope: "PROJECT", projectId: world.b.projectId, kinds: ["EXECUTIVE_SUMMARY"] }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createTeam",
    input: () => ({ name: "Alfa intruders", leadId: world.b.member.id }),
    fields: ["leadId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "updateTeam", input: () => ({ id: world.a.teamId, leadId: world.b.member.id }), fields: ["leadId"], code: "BAD_USER_INPUT" },
  {
    mutation: "createTask",
    input: () => ({ projectId: world.b.projectId, title: "Alfa intruder" }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createTask",
    input: () => ({ projectId: world.a.projectId, parentId: world.b.taskId, title: "Alfa intruder" }),
    fields: ["parentId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createTask",
    input: () => ({ projectId: world.a.projectId, assigneeId: world.b.member.id, title: "Alfa intruder" }),
    fields: ["assigneeId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateTask",
    input: () => ({ id: world.a.subtaskId, assigneeId: world.b.member.id }),
    fields: ["assigneeId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateTask",
    input: () => ({ id: world.a.subtaskId, parentId: world.b.taskId }),
    fields: ["parentId"],
    code: "BAD_USER_INPUT",
  },
  // B's subtask is in the TODO column of B's board, A's subtask in A's: only the workspace differs.
  {
    mutation: "moveTask",
    input: () => ({ taskId: world.a.subtaskId, toStatus: "TODO", afterTaskId: world.b.subtaskId }),
    fields: ["afterTaskId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "moveTask",
    input: () => ({ taskId: world.a.subtaskId, toStatus: "TODO", beforeTaskId: world.b.subtaskId }),
    fields: ["beforeTaskId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createProject",
    input: () => ({ name: "Alfa intruder", key: "ALFAX", ownerId: world.b.owner.id }),
    fields: ["ownerId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateProject",
    input: () => ({ id: world.a.projectId, ownerId: world.b.owner.id }),
    fields: ["ownerId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createProject",
    input: () => ({ name: "Alfa intruder", key: "ALFAC", categoryId: world.b.categoryId }),
    fields: ["categoryId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createProject",
    input: () => ({ name: "Alfa intruder", key: "ALFAT", teamId: world.b.teamId }),
    fields: ["teamId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateProject",
    input: () => ({ id: world.a.projectId, categoryId: world.b.categoryId }),
    fields: ["categoryId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateProject",
    input: () => ({ id: world.a.projectId, teamId: world.b.teamId }),
    fields: ["teamId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createMilestone",
    input: () => ({ projectId: world.b.projectId, name: "Alfa intruder", dueDate: "2027-01-31" }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "logTime",
    input: () => ({ taskId: world.b.taskId, projectId: world.b.projectId, date: isoDay(3), hours: 0.5 }),
    fields: ["taskId", "projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "logTime",
    input: () => ({ taskId: world.a.subtaskId, projectId: world.b.projectId, date: isoDay(3), hours: 0.5 }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "logTime",
    input: () => ({ taskId: world.a.taskId, projectId: world.a.projectId, userId: world.b.member.id, date: isoDay(3), hours: 0.5 }),
    fields: ["userId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "logTime",
    input: () => ({ categoryId: world.b.timeCategoryId, date: isoDay(3), hours: 0.5 }),
    fields: ["categoryId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "startTimer",
    input: () => ({ taskId: world.b.taskId, projectId: world.b.projectId }),
    fields: ["taskId", "projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "addCapacityOverride",
    input: () => ({ userId: world.b.member.id, from: isoDay(3), hoursPerWeek: 1, workingDays: ["MONDAY"] }),
    fields: ["userId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "addNonWorkingDay",
    input: () => ({ userId: world.b.member.id, date: isoDay(3), name: "Alfa intruder" }),
    fields: ["userId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createWorkPackage",
    input: () => ({ name: "Alfa intruder", projectId: world.b.projectId }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "createWorkPackage",
    input: () => ({ name: "Alfa intruder", parentId: world.b.workPackageId }),
    fields: ["parentId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateWorkPackage",
    input: () => ({ id: world.a.workPackageId, projectId: world.b.projectId }),
    fields: ["projectId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "updateWorkPackage",
    input: () => ({ id: world.a.childWorkPackageId, parentId: world.b.workPackageId }),
    fields: ["parentId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "linkWorkPackage",
    input: () => ({ workPackageId: world.a.workPackageId, elementId: world.b.elementId, relation: "REALIZES" }),
    fields: ["elementId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "linkWorkPackage",
    input: () => ({ workPackageId: world.b.workPackageId, elementId: world.a.elementId, relation: "REALIZES" }),
    fields: ["workPackageId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "addComment", input: () => ({ taskId: world.b.taskId, body: "Alfa was here" }), fields: ["taskId"], code: "BAD_USER_INPUT" },
  {
    mutation: "addTaskDependency",
    input: () => ({ predecessorId: world.b.taskId, successorId: world.a.subtaskId }),
    fields: ["predecessorId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "addTaskDependency",
    input: () => ({ predecessorId: world.a.taskId, successorId: world.b.subtaskId }),
    fields: ["successorId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "linkMilestoneTasks",
    input: () => ({ milestoneId: world.a.milestoneId, taskIds: [world.b.subtaskId] }),
    fields: ["taskIds"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "unlinkMilestoneTasks",
    input: () => ({ milestoneId: world.a.milestoneId, taskIds: [world.b.subtaskId] }),
    fields: ["taskIds"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "addTeamMember",
    input: () => ({ teamId: world.a.teamId, userId: world.b.member.id }),
    fields: ["userId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "removeTeamMember",
    input: () => ({ teamId: world.a.teamId, userId: world.b.member.id }),
    fields: ["userId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "setUserSkill",
    input: () => ({ userId: world.b.member.id, skillId: world.a.skillId, level: "EXPERT" }),
    fields: ["userId"],
    code: "BAD_USER_INPUT",
  },
  {
    mutation: "removeUserSkill",
    input: () => ({ userId: world.b.member.id, skillId: world.a.skillId }),
    fields: ["userId"],
    code: "BAD_USER_INPUT",
  },
  { mutation: "transferOwnership", input: () => ({ userId: world.b.member.id }), fields: ["userId"], code: "BAD_USER_INPUT" },
];

/** ID fields of mutation inputs that may name any user, by design. */
const NOT_TENANT_REFERENCES: Record<string, string> = {
  "addWorkspaceMember.userId": "users are global; adding one to your own workspace is what the operation is for and shows nothing of B",
};

/** Input fields that name a user. */
const USER_FIELDS = new Set(["userId", "assigneeId", "ownerId"]);

const caseName = (c: MutationCase) => `${c.mutation}(${c.fields.map((field) => `${field}: <B's>`).join(", ")})`;

/** Sends a case's mutation as A's owner (or anonymously), with `input`. */
async function send(c: MutationCase, input: Record<string, unknown>) {
  const document = `mutation($input: ${inputTypeOf(c.mutation)}) { result: ${c.mutation}(input: $input) { __typename } }`;
  return c.anonymous
    ? await execute<Record<string, unknown>>(world.url, document, { variables: { input } })
    : await asA(document, { input });
}

/** The case is refused with its code (or, code null, answered as an unknown id) and writes nothing anywhere. */
async function expectNoEffect(c: MutationCase) {
  const [beforeA, beforeB] = [await snapshot(world.a), await snapshot(world.b)];
  const result = await send(c, c.input());
  expect(tracesOfB(result)).toEqual([]);
  expect(await snapshot(world.b), `${caseName(c)} changed B's data`).toEqual(beforeB);
  if (c.code === null) expect(result.errors).toBeUndefined();
  else {
    expect(result.data?.result ?? null, `${caseName(c)} was accepted`).toBeNull();
    expect(errorCodes(result)).toEqual([c.code]);
  }
  if (c.code === "BAD_USER_INPUT") {
    const named = (result.errors![0]!.extensions!.fields as { field: string }[]).map((problem) => problem.field);
    // A list's entry is named with its index, e.g. `input.taskIds.0`.
    expect(
      c.fields.some((field) => named[0] === `input.${field}` || named[0]?.startsWith(`input.${field}.`)),
      `${named[0]}`,
    ).toBe(true);
  }
  expect(await snapshot(world.a), `${caseName(c)} wrote to A's data`).toEqual(beforeA);
  return result;
}

describe("mutations with B's ids", () => {
  it("are all covered here", () => {
    const covered = [...ON_B, ...INTO_B].flatMap((c) => c.fields.map((field) => `${c.mutation}.${field}`));
    expect([...new Set([...covered, ...Object.keys(NOT_TENANT_REFERENCES)])].sort()).toEqual(mutationIdFields());
  });

  it("are checked against snapshots that show all of both workspaces' data", async () => {
    for (const tenant of [world.a, world.b]) {
      const seen = await snapshot(tenant);
      expect(seen.errors).toBeUndefined();
      expect(idsIn(seen.data)).toEqual(expect.arrayContaining([...idsOf(tenant)]));
    }
  });

  it.each(ON_B.map((c) => [caseName(c), c] as const))(
    "%s changes nothing and answers as for an id that exists nowhere",
    async (_name, c) => {
      const result = await expectNoEffect(c);
      expect(shapeOf(result)).toEqual(shapeOf(await send(c, withNowhereIds(c.input()))));
    },
  );

  it.each(INTO_B.map((c) => [caseName(c), c] as const))("A's %s is refused and writes nothing", async (_name, c) => {
    const result = await expectNoEffect(c);
    // Users are global (identity): whether a user id exists anywhere is not B's to hide.
    if (!c.fields.some((field) => USER_FIELDS.has(field))) {
      expect(shapeOf(result)).toEqual(shapeOf(await send(c, withNowhereIds(c.input()))));
    }
  });
});
