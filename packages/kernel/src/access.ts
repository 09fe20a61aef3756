/**
 * The access matrix (docs/architecture.md, "Tokens and roles"): the one place that says which
 * workspace roles may do what, and which root operation of the supergraph needs which capability.
 * Every subgraph's shield takes its Query and Mutation rules from here (subgraph-kit, shield.ts), and
 * the authorization-matrix test runs every operation as every role and compares with this table.
 *
 * Rules that depend on the data (a MEMBER edits only tasks assigned to them or unassigned, roles are
 * granted only below one's own, the last OWNER stays) are checked by the services on top.
 */
import { WorkspaceRole } from "./viewer.js";

/** What a role may do in its workspace. */
export const Capability = {
  /** Read workspace data. */
  READ: "READ",
  /** Delete the workspace or transfer its ownership. */
  OWN_WORKSPACE: "OWN_WORKSPACE",
  /** Manage members, roles (below one's own), invitations, integrations; read the audit log. */
  ADMINISTER: "ADMINISTER",
  /** Create, edit and archive projects, milestones, work packages, architecture elements, boards. */
  MANAGE_PROJECTS: "MANAGE_PROJECTS",
  /** Manage teams and the skills catalogue. */
  MANAGE_TEAMS: "MANAGE_TEAMS",
  /** Create tasks; edit and move tasks (MEMBER: assigned to them or unassigned); comment; rate own skills. */
  CONTRIBUTE: "CONTRIBUTE",
  /** Log one's own time, submit one's own timesheet. */
  TRACK_TIME: "TRACK_TIME",
  /** Approve or reject anyone's timesheets but one's own (a team's lead who is a MEMBER approves their team's members': timesheets checks). */
  APPROVE_TIME: "APPROVE_TIME",
  /** See other people's own time figures: utilisation per person, productivity scores. */
  READ_PEOPLE_FIGURES: "READ_PEOPLE_FIGURES",
  /** Request AI analyses (of projects one can read) and cancel one's own. */
  REQUEST_ANALYSIS: "REQUEST_ANALYSIS",
} as const;
export type Capability = (typeof Capability)[keyof typeof Capability];

const { OWNER, ADMIN, MANAGER, MEMBER, VIEWER } = WorkspaceRole;

/** The matrix: the roles that have each capability. */
export const ROLES_WITH: Readonly<Record<Capability, readonly WorkspaceRole[]>> = {
  READ: [OWNER, ADMIN, MANAGER, MEMBER, VIEWER],
  OWN_WORKSPACE: [OWNER],
  ADMINISTER: [OWNER, ADMIN],
  MANAGE_PROJECTS: [OWNER, ADMIN, MANAGER],
  MANAGE_TEAMS: [OWNER, ADMIN, MANAGER],
  CONTRIBUTE: [OWNER, ADMIN, MANAGER, MEMBER],
  TRACK_TIME: [OWNER, ADMIN, MANAGER, MEMBER],
  APPROVE_TIME: [OWNER, ADMIN, MANAGER],
  READ_PEOPLE_FIGURES: [OWNER, ADMIN, MANAGER],
  REQUEST_ANALYSIS: [OWNER, ADMIN, MANAGER, MEMBER],
};

/**
 * Who may call a root operation: anyone (`PUBLIC`: signing up and in), any signed-in user with or
 * without a workspace in the token (`SIGNED_IN`: one's own account, creating a workspace), or a
 * workspace-scoped token whose role has the capability.
 */
export type Access = "PUBLIC" | "SIGNED_IN" | Capability;

/** True when a caller with `role` in the token's workspace (undefined: none) may perform an operation needing `access`. */
export function roleMayAccess(access: Access, signedIn: boolean, role: WorkspaceRole | undefined): boolean {
  if (access === "PUBLIC") return true;
  if (!signedIn) return false;
  if (access === "SIGNED_IN") return true;
  return role !== undefined && ROLES_WITH[access].includes(role);
}

const { READ, OWN_WORKSPACE, ADMINISTER, MANAGE_PROJECTS, MANAGE_TEAMS, CONTRIBUTE, TRACK_TIME, READ_PEOPLE_FIGURES, REQUEST_ANALYSIS } =
  Capability;

/**
 * Every root operation of the supergraph, `Type.field`, with what it needs. A subgraph whose schema
 * has a root field missing here does not start, and the schema-walk test fails.
 */
export const OPERATION_ACCESS: Readonly<Record<string, Access>> = {
  // identity: account, sessions, MFA
  "Mutation.signUp": "PUBLIC",
  "Mutation.login": "PUBLIC",
  "Mutation.requestPasswordReset": "PUBLIC",
  "Mutation.resetPassword": "PUBLIC",
  "Mutation.switchWorkspace": "SIGNED_IN",
  "Mutation.changePassword": "SIGNED_IN",
  "Mutation.refreshAccessToken": "PUBLIC",
  "Mutation.completeMfaLogin": "PUBLIC",
  "Mutation.logout": "SIGNED_IN",
  "Mutation.revokeSession": "SIGNED_IN",
  "Mutation.revokeAllSessions": "SIGNED_IN",
  "Query.mySessions": "SIGNED_IN",
  "Query.mySecurityEvents": "SIGNED_IN",
  "Mutation.enrollMfa": "SIGNED_IN",
  "Mutation.confirmMfa": "SIGNED_IN",
  "Mutation.disableMfa": "SIGNED_IN",
  "Mutation.regenerateRecoveryCodes": "SIGNED_IN",
  "Query.me": "SIGNED_IN",
  "Query.user": READ,
  // identity: teams and skills
  "Query.team": READ,
  "Query.teams": READ,
  "Mutation.createTeam": MANAGE_TEAMS,
  "Mutation.updateTeam": MANAGE_TEAMS,
  "Mutation.deleteTeam": MANAGE_TEAMS,
  "Mutation.addTeamMember": MANAGE_TEAMS,
  "Mutation.removeTeamMember": MANAGE_TEAMS,
  "Query.skill": READ,
  "Query.skills": READ,
  "Mutation.createSkill": MANAGE_TEAMS,
  "Mutation.updateSkill": MANAGE_TEAMS,
  "Mutation.deleteSkill": MANAGE_TEAMS,
  "Mutation.setUserSkill": CONTRIBUTE,
  "Mutation.removeUserSkill": CONTRIBUTE,
  // workspaces
  "Query.workspace": "SIGNED_IN",
  "Query.myMemberships": "SIGNED_IN",
  "Mutation.createWorkspace": "SIGNED_IN",
  "Mutation.updateWorkspace": ADMINISTER,
  "Mutation.addWorkspaceMember": ADMINISTER,
  "Mutation.changeMemberRole": ADMINISTER,
  "Mutation.removeWorkspaceMember": ADMINISTER,
  "Mutation.inviteMember": ADMINISTER,
  "Query.invitations": ADMINISTER,
  "Mutation.revokeInvitation": ADMINISTER,
  "Mutation.acceptInvitation": "SIGNED_IN",
  "Mutation.leaveWorkspace": READ,
  "Mutation.transferOwnership": OWN_WORKSPACE,
  "Mutation.deleteWorkspace": OWN_WORKSPACE,
  "Query.auditLog": ADMINISTER,
  // portfolio
  "Query.project": READ,
  "Query.projects": READ,
  "Mutation.createProject": MANAGE_PROJECTS,
  "Mutation.updateProject": MANAGE_PROJECTS,
  "Mutation.deleteProject": MANAGE_PROJECTS,
  "Mutation.postProjectStatusUpdate": MANAGE_PROJECTS,
  "Mutation.archiveProject": MANAGE_PROJECTS,
  "Mutation.restoreProject": MANAGE_PROJECTS,
  "Query.projectCategories": READ,
  "Mutation.createProjectCategory": MANAGE_PROJECTS,
  "Mutation.updateProjectCategory": MANAGE_PROJECTS,
  "Mutation.deleteProjectCategory": MANAGE_PROJECTS,
  "Query.portfolioOverview": READ,
  "Query.milestone": READ,
  "Mutation.createMilestone": MANAGE_PROJECTS,
  "Mutation.updateMilestone": MANAGE_PROJECTS,
  "Mutation.deleteMilestone": MANAGE_PROJECTS,
  "Query.task": READ,
  "Query.tasks": READ,
  "Mutation.createTask": CONTRIBUTE,
  "Mutation.updateTask": CONTRIBUTE,
  "Mutation.deleteTask": CONTRIBUTE,
  "Query.board": READ,
  "Mutation.moveTask": CONTRIBUTE,
  "Mutation.updateWorkflow": MANAGE_PROJECTS,
  // Live updates (executed by the gateway, which also checks the project or task is the workspace's at subscribe time).
  "Subscription.boardChanged": READ,
  "Subscription.taskChanged": READ,
  "Subscription.projectChanged": READ,
  // Dependencies bind tasks' schedules: edited like tasks (MEMBER: only on a successor assigned to them or to nobody).
  "Mutation.addTaskDependency": CONTRIBUTE,
  "Mutation.removeTaskDependency": CONTRIBUTE,
  "Mutation.linkMilestoneTasks": MANAGE_PROJECTS,
  "Mutation.unlinkMilestoneTasks": MANAGE_PROJECTS,
  "Query.timeline": READ,
  "Mutation.setProjectBaseline": MANAGE_PROJECTS,
  // Comments: edit is author-only, delete author or MANAGER and above (comment.service.ts).
  "Mutation.addComment": CONTRIBUTE,
  "Mutation.editComment": CONTRIBUTE,
  "Mutation.deleteComment": CONTRIBUTE,
  // workpackages
  "Query.workPackage": READ,
  "Query.workPackages": READ,
  "Mutation.createWorkPackage": MANAGE_PROJECTS,
  "Mutation.updateWorkPackage": MANAGE_PROJECTS,
  "Mutation.deleteWorkPackage": MANAGE_PROJECTS,
  "Query.architectureElement": READ,
  "Query.architectureElements": READ,
  "Mutation.createArchitectureElement": MANAGE_PROJECTS,
  "Mutation.updateArchitectureElement": MANAGE_PROJECTS,
  "Mutation.deleteArchitectureElement": MANAGE_PROJECTS,
  "Mutation.linkWorkPackage": MANAGE_PROJECTS,
  "Mutation.unlinkWorkPackage": MANAGE_PROJECTS,
  // timesheets
  "Query.timeEntry": READ,
  "Query.timeEntries": READ,
  "Mutation.logTime": TRACK_TIME,
  "Mutation.updateTimeEntry": TRACK_TIME,
  "Mutation.deleteTimeEntry": TRACK_TIME,
  // Whose weeks one reads, withdraws and decides is checked by timesheets (weekly-timesheet.policy.ts):
  // one's own, anyone's but one's own for an approver (APPROVE_TIME), their team's members' for a team's
  // lead (who may be a MEMBER: hence TRACK_TIME here); an approved week is reopened by ADMIN and above.
  "Query.weeklyTimesheet": READ,
  "Query.weeklyTimesheets": READ,
  "Query.timesheet": READ,
  "Query.timesheetsAwaitingApproval": READ,
  "Query.timesheetCsv": READ,
  "Mutation.submitTimesheet": TRACK_TIME,
  "Mutation.approveTimesheet": TRACK_TIME,
  "Mutation.rejectTimesheet": TRACK_TIME,
  "Mutation.reopenTimesheet": TRACK_TIME,
  // Working time: the workspace's settings are its administrators'; people's capacity and holidays
  // managers'; one's own leave anyone's who tracks time (whose leave one sets: capacity.service.ts).
  "Query.timeSettings": READ,
  "Query.capacityOverrides": READ,
  "Query.nonWorkingDays": READ,
  "Mutation.updateTimeSettings": ADMINISTER,
  "Mutation.addCapacityOverride": MANAGE_TEAMS,
  "Mutation.deleteCapacityOverride": MANAGE_TEAMS,
  "Mutation.addNonWorkingDay": TRACK_TIME,
  "Mutation.deleteNonWorkingDay": TRACK_TIME,
  // The catalogue of non-project time: managers keep it, everyone reads it.
  "Query.timeCategories": READ,
  "Mutation.createTimeCategory": MANAGE_TEAMS,
  "Mutation.updateTimeCategory": MANAGE_TEAMS,
  // Timers: one's own only (timer.service.ts).
  "Mutation.startTimer": TRACK_TIME,
  "Mutation.stopTimer": TRACK_TIME,
  "Mutation.discardTimer": TRACK_TIME,
  // Time reports: whose figures each role sees is decided by timesheets (utilization.service.ts).
  "Query.utilization": READ,
  "Query.myProductivity": READ,
  "Query.teamProductivity": READ_PEOPLE_FIGURES,
  // Whose weeks one follows is checked by the gateway as the subscriber (`weeklyTimesheet(userId:)`).
  "Subscription.timesheetChanged": READ,
  // The workspace's queue for APPROVE_TIME; a team lead's own queue for the others who track time (the gateway's catalogue).
  "Subscription.timesheetApprovalsChanged": TRACK_TIME,
  // insights
  "Query.riskAssessment": READ,
  "Query.riskAssessments": READ,
  "Subscription.riskChanged": READ,
  // insights: analyses and the insights they write; cancelling another's request is for ADMINISTER (analysis.service.ts).
  "Query.analysisRequest": READ,
  "Query.insight": READ,
  "Query.portfolioAnalysis": READ,
  "Mutation.requestAnalysis": REQUEST_ANALYSIS,
  "Mutation.cancelAnalysisRequest": REQUEST_ANALYSIS,
  "Subscription.insightGenerated": READ,
  // Budgets and model settings.
  "Query.aiSettings": ADMINISTER,
  "Mutation.updateAiSettings": ADMINISTER,
};

/** Whose answer a field's value depends on, beyond the reader's workspace: their role, or who they are. */
export type ReaderScope = "ROLE" | "USER";

/**
 * Fields (`Type.field`, or `Type` for all its fields) whose value or visibility may differ between two
 * readers of the same workspace. The gateway resolves a subscription event once for every subscriber
 * with the same operation and workspace, and separately per role or per user only when the operation
 * selects one of these (docs/architecture.md, "Subscriptions": shared only where the result cannot differ).
 * A field whose shield rule is not one every reader passes alike (`sameForEveryReader` in the subgraph
 * kit) must be listed here: tests/access-rules.test.ts fails otherwise. A field whose resolver
 * itself looks at the reader's role or id must be listed by hand.
 */
export const FIELDS_VARYING_BY_READER: Readonly<Record<string, ReaderScope>> = {
  // identity: account security is the user's own; the email is for the user and their co-members, present or past.
  "User.mfaEnabled": "USER",
  "User.email": "USER",
  // workspaces: all of your own memberships, only the current workspace's of others.
  "User.memberships": "USER",
  "Workspace.viewerRole": "ROLE",
  // workspaces: the audit log and invitations are for OWNER and ADMIN.
  AuditEntryConnection: "ROLE",
  AuditEntryEdge: "ROLE",
  AuditEntry: "ROLE",
  InvitationConnection: "ROLE",
  InvitationEdge: "ROLE",
  Invitation: "ROLE",
  InvitationPayload: "ROLE",
  // timesheets: one's own running timer, anyone's for MANAGER and above.
  "User.runningTimer": "USER",
};
