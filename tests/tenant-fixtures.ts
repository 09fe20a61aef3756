import { expect, vi } from "vitest";
import {
  buildProject,
  buildTask,
  buildWorkspaceWithTeam,
  CreateArchitectureElementDocument,
  CreateWorkPackageDocument,
  dataOf,
  execute,
  LinkWorkPackageDocument,
  LogTimeDocument,
  SubmitTimesheetDocument,
  AddCapacityOverrideDocument,
  AddNonWorkingDayDocument,
  CreateTimeCategoryDocument,
} from "@plateau/test-kit";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

/**
 * A workspace with something of everything the graph stores, built through the gateway as its own
 * people would: the isolation tests point one workspace's owner at another's ids. Every name starts
 * with the tenant's label, so a response can be searched for any trace of another tenant.
 */

/** Runs an operation that must succeed and returns its data. */
export async function run<T>(
  url: string,
  token: string,
  document: TypedDocumentNode<T, never> | string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return dataOf(await execute<T>(url, document as TypedDocumentNode<T>, { token, variables }));
}

/** A day `daysAgo` before today (UTC) as YYYY-MM-DD: logTime accepts nothing later than tomorrow. */
export function isoDay(daysAgo: number): string {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

const MEMBERS = `query { workspace { slug members(first: 100) { nodes { id role user { id email } } } } }`;
const CREATE_CATEGORY = `mutation($input: CreateProjectCategoryInput!) { createProjectCategory(input: $input) { category { id } } }`;
const SET_TEAM = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }`;
const ADD_DEPENDENCY = `mutation($input: AddTaskDependencyInput!) { addTaskDependency(input: $input) { dependency { id } } }`;
const LINK_MILESTONE = `mutation($input: MilestoneTasksInput!) { linkMilestoneTasks(input: $input) { milestone { id } } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`;
const CREATE_MILESTONE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`;
const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`;
const CREATE_SKILL = `mutation($input: CreateSkillInput!) { createSkill(input: $input) { skill { id } } }`;
const SET_USER_SKILL = `mutation($input: SetUserSkillInput!) { setUserSkill(input: $input) { userSkill { id } } }`;
const PROJECT_RISKS = `query($id: ID!) { project(id: $id) { risks(includeResolved: true) { id rule status } } }`;
const REQUEST_ANALYSIS = `mutation($input: RequestAnalysisInput!) { requestAnalysis(input: $input) { analysisRequest { id } } }`;
const ANALYSIS_REQUEST = `query($id: ID!) { analysisRequest(id: $id) { status insights { id } } }`;

type Person = { id: string; token: string };

/** The session (`sid` claim) an access token belongs to. */
function sessionOf(token: string): string {
  const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as { sid?: string };
  if (!claims.sid) throw new Error("the access token names no session (sid)");
  return claims.sid;
}
type Role = "OWNER" | "ADMIN" | "MANAGER" | "MEMBER" | "VIEWER";

/** What {@link buildTenant} made, by id. */
export interface Tenant {
  label: string;
  workspaceId: string;
  slug: string;
  owner: Person;
  admin: Person;
  manager: Person;
  member: Person;
  viewer: Person;
  ownerEmail: string;
  /** The session of `owner.token`. */
  ownerSessionId: string;
  /** A PENDING invitation, to an address that carries the label. */
  invitationId: string;
  /** Every member's email address. */
  emails: string[];
  /** Membership ids by role. */
  memberships: Record<Role, string>;
  projectId: string;
  /** The project's category and team. */
  categoryId: string;
  /** A DONE task with time logged on it (by `member`, who is its assignee) and a subtask. */
  taskId: string;
  subtaskId: string;
  /** Three BLOCKED tasks: the project's BLOCKED_TASKS risk. */
  blockedTaskIds: string[];
  /** Linked to `subtaskId`. */
  milestoneId: string;
  /** On `taskId`, by the owner, mentioning `member`. */
  commentId: string;
  /** The first BLOCKED task before the second, finish to start. */
  dependencyId: string;
  timeEntryIds: string[];
  /** The member's week four weeks ago, submitted empty (its entries' weeks stay open). */
  timesheetId: string;
  /** The member's own capacity (part-time) from 30 days ago. */
  capacityOverrideId: string;
  /** A day of the member's leave, 10 days ago. */
  nonWorkingDayId: string;
  /** A category of non-project time, with an hour of the member's in it 5 days ago (the last of `timeEntryIds`). */
  timeCategoryId: string;
  workPackageId: string;
  childWorkPackageId: string;
  elementId: string;
  linkId: string;
  teamId: string;
  skillId: string;
  /** The project's OPEN risk assessments (insights evaluates them from portfolio's progress events). */
  riskAssessmentIds: string[];
  /** Its RESOLVED ones (e.g. a schedule risk its dates raised at creation, gone once tasks moved). */
  resolvedRiskAssessmentIds: string[];
  /** The member's SUCCEEDED analysis of the project (EXECUTIVE_SUMMARY and RISK_ASSESSMENT, by the rules). */
  analysisRequestId: string;
  /** Its two insights. */
  insightIds: string[];
}

/**
 * A workspace (owner plus one member of every other role) named after `label`, with a project of
 * tasks (one DONE with a subtask and logged time, three BLOCKED), a milestone, a work package with a
 * child and a link to a GOAL, a team and a skill `member` has, and the risks insights finds.
 */
export async function buildTenant(url: string, label: string): Promise<Tenant> {
  const team = await buildWorkspaceWithTeam(url, { name: `${label} workspace` });
  const owner = team.owner;
  const ownerToken = owner.token;
  const { workspace } = await run<{
    workspace: { slug: string; members: { nodes: { id: string; role: Role; user: { id: string; email: string } }[] } };
  }>(url, ownerToken, MEMBERS);
  const memberships = Object.fromEntries(workspace.members.nodes.map((node) => [node.role, node.id])) as Record<Role, string>;

  const { createProjectCategory } = await run<{ createProjectCategory: { category: { id: string } } }>(url, ownerToken, CREATE_CATEGORY, {
    input: { name: `${label} infrastructure` },
  });
  const project = await buildProject(url, ownerToken, {
    name: `${label} project`,
    categoryId: createProjectCategory.category.id,
    startDate: "2026-01-01",
    endDate: "2027-12-31",
  });
  const task = await buildTask(url, ownerToken, project.id, {
    title: `${label} deployed`,
    status: "DONE",
    estimateHours: 5,
    assigneeId: team.MEMBER.id,
  });
  const subtask = await buildTask(url, ownerToken, project.id, { title: `${label} follow-up`, parentId: task.id, estimateHours: 5 });
  const blockedTaskIds: string[] = [];
  for (const n of [1, 2, 3]) {
    blockedTaskIds.push(
      (await buildTask(url, ownerToken, project.id, { title: `${label} blocked ${n}`, status: "BLOCKED", estimateHours: 5 })).id,
    );
  }
  const { createMilestone } = await run<{ createMilestone: { milestone: { id: string } } }>(url, ownerToken, CREATE_MILESTONE, {
    input: { projectId: project.id, name: `${label} go-live`, dueDate: "2027-06-30" },
  });

  const { addTaskDependency } = await run<{ addTaskDependency: { dependency: { id: string } } }>(url, ownerToken, ADD_DEPENDENCY, {
    input: { predecessorId: blockedTaskIds[0], successorId: blockedTaskIds[1] },
  });
  await run(url, ownerToken, LINK_MILESTONE, { input: { milestoneId: createMilestone.milestone.id, taskIds: [subtask.id] } });

  const { addComment } = await run<{ addComment: { comment: { id: string } } }>(url, ownerToken, ADD_COMMENT, {
    input: { taskId: task.id, body: `${label} deployed, thanks @[${label} member](user:${team.MEMBER.id})` },
  });

  const timeEntryIds: string[] = [];
  for (const [daysAgo, hours] of [
    [1, 6.5],
    [2, 1.5],
  ] as const) {
    const { logTime } = await run(url, team.MEMBER.token, LogTimeDocument, {
      input: { taskId: task.id, projectId: project.id, date: isoDay(daysAgo), hours, note: `${label} notes` },
    });
    timeEntryIds.push(logTime.timeEntry.id);
  }
  const { submitTimesheet } = await run(url, team.MEMBER.token, SubmitTimesheetDocument, {
    input: { week: isoDay(28), allowEmpty: true },
  });
  const { addCapacityOverride } = await run(url, ownerToken, AddCapacityOverrideDocument, {
    input: { userId: team.MEMBER.id, from: isoDay(30), hoursPerWeek: 24, workingDays: ["MONDAY", "TUESDAY", "WEDNESDAY"] },
  });
  const { createTimeCategory } = await run(url, ownerToken, CreateTimeCategoryDocument, { input: { name: `${label} meetings` } });
  const { logTime: meeting } = await run(url, team.MEMBER.token, LogTimeDocument, {
    input: { categoryId: createTimeCategory.timeCategory.id, date: isoDay(5), hours: 1 },
  });
  timeEntryIds.push(meeting.timeEntry.id);
  const { addNonWorkingDay } = await run(url, team.MEMBER.token, AddNonWorkingDayDocument, {
    input: { date: isoDay(10), name: `${label} leave`, userId: team.MEMBER.id },
  });

  const { createWorkPackage } = await run(url, ownerToken, CreateWorkPackageDocument, {
    input: { name: `${label} package`, projectId: project.id, status: "IN_PROGRESS", riskLevel: "HIGH", progress: 40 },
  });
  const { createWorkPackage: child } = await run(url, ownerToken, CreateWorkPackageDocument, {
    input: { name: `${label} phase`, kind: "PHASE", parentId: createWorkPackage.workPackage.id },
  });
  const { createArchitectureElement } = await run(url, ownerToken, CreateArchitectureElementDocument, {
    input: { type: "GOAL", name: `${label} goal` },
  });
  const { linkWorkPackage } = await run(url, ownerToken, LinkWorkPackageDocument, {
    input: { workPackageId: createWorkPackage.workPackage.id, elementId: createArchitectureElement.element.id, relation: "REALIZES" },
  });

  const { createTeam } = await run<{ createTeam: { team: { id: string } } }>(url, ownerToken, CREATE_TEAM, {
    // The member leads it, and joins it with that.
    input: { name: `${label} squad`, leadId: team.MEMBER.id },
  });
  await run(url, ownerToken, SET_TEAM, { input: { id: project.id, teamId: createTeam.team.id } });
  const { createSkill } = await run<{ createSkill: { skill: { id: string } } }>(url, ownerToken, CREATE_SKILL, {
    input: { name: `${label} threat modelling`, category: `${label} security` },
  });
  await run(url, ownerToken, SET_USER_SKILL, { input: { userId: team.MEMBER.id, skillId: createSkill.skill.id, level: "ADVANCED" } });

  const { inviteMember } = await run<{ inviteMember: { invitation: { id: string } } }>(url, ownerToken, INVITE, {
    input: { email: `${label.toLowerCase()}.invitee@e2e.plateau.dev`, role: "MEMBER" },
  });

  // insights evaluates the risks from portfolio's events, a moment after the changes that raised them.
  const withRisks = await vi.waitFor(
    async () => {
      const { project: read } = await run<{ project: { risks: { id: string; rule: string; status: string }[] } }>(
        url,
        ownerToken,
        PROJECT_RISKS,
        { id: project.id },
      );
      // Events are handled in order: once the last one's risk shows, so does what earlier ones left.
      expect(read.risks.filter((risk) => risk.status !== "RESOLVED").map((risk) => risk.rule)).toContain("BLOCKED_TASKS");
      return read;
    },
    { timeout: 15_000, interval: 50 },
  );

  // An analysis of the project by the member, written by the rules (no model in tests), once the risks are in.
  const { requestAnalysis } = await run<{ requestAnalysis: { analysisRequest: { id: string } } }>(
    url,
    team.MEMBER.token,
    REQUEST_ANALYSIS,
    {
      input: { scope: "PROJECT", projectId: project.id, kinds: ["EXECUTIVE_SUMMARY", "RISK_ASSESSMENT"] },
    },
  );
  const analysis = await vi.waitFor(
    async () => {
      const { analysisRequest } = await run<{ analysisRequest: { status: string; insights: { id: string }[] } }>(
        url,
        ownerToken,
        ANALYSIS_REQUEST,
        { id: requestAnalysis.analysisRequest.id },
      );
      expect(analysisRequest.status).toBe("SUCCEEDED");
      return analysisRequest;
    },
    { timeout: 15_000, interval: 50 },
  );

  return {
    label,
    workspaceId: team.workspaceId,
    slug: workspace.slug,
    owner,
    admin: team.ADMIN,
    manager: team.MANAGER,
    member: team.MEMBER,
    viewer: team.VIEWER,
    ownerEmail: workspace.members.nodes.find((node) => node.role === "OWNER")!.user.email,
    ownerSessionId: sessionOf(ownerToken),
    invitationId: inviteMember.invitation.id,
    emails: workspace.members.nodes.map((node) => node.user.email),
    memberships,
    projectId: project.id,
    categoryId: createProjectCategory.category.id,
    taskId: task.id,
    subtaskId: subtask.id,
    blockedTaskIds,
    milestoneId: createMilestone.milestone.id,
    dependencyId: addTaskDependency.dependency.id,
    commentId: addComment.comment.id,
    timeEntryIds,
    timesheetId: submitTimesheet.timesheet.id,
    capacityOverrideId: addCapacityOverride.capacityOverride.id,
    nonWorkingDayId: addNonWorkingDay.nonWorkingDay.id,
    timeCategoryId: createTimeCategory.timeCategory.id,
    workPackageId: createWorkPackage.workPackage.id,
    childWorkPackageId: child.workPackage.id,
    elementId: createArchitectureElement.element.id,
    linkId: linkWorkPackage.link.id,
    teamId: createTeam.team.id,
    skillId: createSkill.skill.id,
    riskAssessmentIds: withRisks.risks.filter((risk) => risk.status !== "RESOLVED").map((risk) => risk.id),
    resolvedRiskAssessmentIds: withRisks.risks.filter((risk) => risk.status === "RESOLVED").map((risk) => risk.id),
    analysisRequestId: requestAnalysis.analysisRequest.id,
    insightIds: analysis.insights.map((insight) => insight.id),
  };
}
