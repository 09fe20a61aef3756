/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The invitation to accept, by the token its message carried. */
export type AcceptInvitationInput = {
  /** The `inv_…` token the invitation message carried. */
  token: string;
};

/** What happened to the entity an activity entry is about. */
export type ActivityAction =
  /** It was created; `after` holds its initial state. */
  | 'CREATED'
  /** It was deleted; `before` holds its last state. */
  | 'DELETED'
  /** One of its fields changed (`field`, `before`, `after`). */
  | 'UPDATED';

/** Narrows an activity log; fields combine with AND. */
export type ActivityFilter = {
  /** Who made the change (`isNull: true`: background work). */
  actorId?: IdFilter | null | undefined;
  /** Every one of these filters matches. */
  and?: Array<ActivityFilter> | null | undefined;
  /** The changed field, e.g. `{ in: ["status", "assigneeId"] }`. */
  field?: StringFilter | null | undefined;
  /** Changes from this time range. */
  occurredAt?: DateTimeFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<ActivityFilter> | null | undefined;
};

/** A person's own weekly capacity for a span of days. */
export type AddCapacityOverrideInput = {
  /** The first day it applies. */
  from: string;
  /** Hours in a full week: 0 (none) to 168, at most 2 decimals. */
  hoursPerWeek: number;
  /** The last day it applies, not before `from`; omit for until further notice. */
  to?: string | null | undefined;
  /** The member it is for. */
  userId: string | number;
  /** The days those hours are spread over: at least one, each once. */
  workingDays: Array<Weekday>;
};

/** A comment to post on a task. */
export type AddCommentInput = {
  /** Up to 10,000 characters; mention members with `@[Name](user:<id>)`. */
  body: string;
  /** The task to comment on. */
  taskId: string | number;
};

/** A holiday (no user) or a day of a person's leave. */
export type AddNonWorkingDayInput = {
  /** The day. */
  date: string;
  /** What it is (1 to 200 characters), e.g. Christmas Day. */
  name: string;
  /** Whose leave: yours, or (MANAGER and above) a member's; omit for a holiday of the workspace (MANAGER and above). */
  userId?: string | number | null | undefined;
};

/** Makes `successorId` depend on `predecessorId`; both tasks belong to the same project. */
export type AddTaskDependencyInput = {
  /** Whole days, -3650 to 3650; negative is a lead (overlap). */
  lagDays?: number;
  /** The task that comes first. */
  predecessorId: string | number;
  /** The task that waits for it. */
  successorId: string | number;
  /** How they are bound (default FINISH_TO_START). */
  type?: DependencyType;
};

/** A user to add to the current workspace directly, without an invitation. */
export type AddWorkspaceMemberInput = {
  /** At most your own role, unless you are an OWNER. */
  role: WorkspaceRole;
  /** The user (from identity) to add to the current workspace. */
  userId: string | number;
};

/** Why an analysis request FAILED. */
export type AnalysisErrorCode =
  /** The workspace's daily token budget was spent before the analysis could run. */
  | 'BUDGET_EXHAUSTED'
  /** Writing the insights failed inside Plateau through every attempt; `lastError` says where. */
  | 'INTERNAL_ERROR'
  /** The model's answer did not match the kind's schema, twice; `lastError` has the problem. */
  | 'INVALID_OUTPUT'
  /** The model declined to answer; `lastError` has its reason. */
  | 'MODEL_REFUSED'
  /** The endpoint refused the request (a bad key, an unknown model, another 4xx). */
  | 'MODEL_REJECTED'
  /** The model endpoint kept failing (time-outs, 429s, 5xx) through every attempt. */
  | 'MODEL_UNAVAILABLE';

/** What an analysis covers. */
export type AnalysisScope =
  /** Every project of the workspace the requester can read (up to 50, most recently changed first). */
  | 'PORTFOLIO'
  /** One project (`projectId`). */
  | 'PROJECT';

/** Where an analysis request is; SUCCEEDED, FAILED and CANCELLED are final. */
export type AnalysisStatus =
  /** Cancelled before it finished; nothing was stored. */
  | 'CANCELLED'
  /** Given up: `errorCode` and `lastError` say why. After the last attempt at a transient failure this is the dead-letter state; nothing was stored. */
  | 'FAILED'
  /** Waiting for a worker (also between attempts, until `nextAttemptAt`). */
  | 'QUEUED'
  /** A worker is generating its insights. */
  | 'RUNNING'
  /** Every insight asked for is stored (`insights`). */
  | 'SUCCEEDED';

/** The submitted week to approve. */
export type ApproveTimesheetInput = {
  /** Fail with CONFLICT unless the week is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The WeeklyTimesheet. */
  id: string | number;
};

/** The ArchiMate 3.2 motivation, strategy and implementation & migration elements work packages act on. */
export type ArchitectureElementType =
  /** An ability the organisation has or needs. */
  | 'CAPABILITY'
  /** A precisely defined result of a work package, such as a report or a system. */
  | 'DELIVERABLE'
  /** A difference between two plateaus, to be closed. */
  | 'GAP'
  /** A high-level end state the organisation wants to reach. */
  | 'GOAL'
  /** A measurable result that has been or should be achieved. */
  | 'OUTCOME'
  /** A relatively stable state of the architecture at some point in time. */
  | 'PLATEAU'
  /** A statement of need the architecture must meet. */
  | 'REQUIREMENT';

/** SECURITY: sign-ins, sessions, memberships, roles, invitations. DATA: changes to the workspace's data. */
export type AuditKind =
  /** A change to the workspace's data: projects, tasks, time entries and the like. */
  | 'DATA'
  /** Who may do what: sign-ins, sessions, memberships, roles and invitations. */
  | 'SECURITY';

/** Matches a AuditKind. */
export type AuditKindFilter = {
  /** Exactly this value. */
  eq?: AuditKind | null | undefined;
  /** One of these values. */
  in?: Array<AuditKind> | null | undefined;
  /** None of these values. */
  notIn?: Array<AuditKind> | null | undefined;
};

/** Filters audit entries; fields combine with AND. */
export type AuditLogFilter = {
  /** e.g. `{ eq: "member.role_changed" }` or `{ contains: "security" }`. */
  action?: StringFilter | null | undefined;
  /** Entries of what these users did. */
  actorId?: IdFilter | null | undefined;
  /** Every one of these filters matches. */
  and?: Array<AuditLogFilter> | null | undefined;
  /** Entries about these things. */
  entityId?: IdFilter | null | undefined;
  /** Entries about this type of thing, e.g. `{ eq: "Membership" }`. */
  entityType?: StringFilter | null | undefined;
  /** SECURITY or DATA entries. */
  kind?: AuditKindFilter | null | undefined;
  /** Entries from this time range. */
  occurredAt?: DateTimeFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<AuditLogFilter> | null | undefined;
};

/** What happened on a board. */
export type BoardEventKind =
  /** A task was created: a new card, at `position`. */
  | 'CARD_CREATED'
  /** A task was deleted (each of its subtasks gets an event too); `task` is null. */
  | 'CARD_DELETED'
  /** A card was moved (`moveTask`, or a new status): now at `position`, it left the `fromStatus` column. */
  | 'CARD_MOVED'
  /** A card's task was edited; `changedFields` names the Task fields that changed. */
  | 'CARD_UPDATED'
  /** The board's workflow was replaced: its columns, their order, names or WIP limits. See `board`. */
  | 'COLUMNS_CHANGED'
  /** Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). Not a change: `board` is the board now; `taskId`, `task`, `position`, `fromStatus` and `actor` are null. */
  | 'SUBSCRIBED';

/** Which cards a board shows; fields combine with AND. Columns and their task counts stay whole. */
export type BoardFilter = {
  /** Every one of these filters matches. */
  and?: Array<BoardFilter> | null | undefined;
  /** `isNull: true`: unassigned cards. */
  assigneeId?: IdFilter | null | undefined;
  /** Cards with any of these labels (ignoring case and surrounding blanks). */
  labels?: Array<string> | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<BoardFilter> | null | undefined;
  /** Cards of these priorities. */
  priority?: TaskPriorityFilter | null | undefined;
  /** Cards whose title matches. */
  title?: StringFilter | null | undefined;
};

/** A budget: an exact decimal amount in an ISO 4217 currency. */
export type BudgetInput = {
  /** Non-negative decimal as a string, e.g. "125000.50"; at most the currency's decimal places. */
  amount: string;
  /** ISO 4217 code, e.g. EUR. */
  currency: string;
};

/** The analysis request to cancel. */
export type CancelAnalysisRequestInput = {
  /** The request's id. */
  id: string | number;
};

/** What a fact an insight cites is. */
export type CitationKind =
  /** A milestone (`Milestone.id`). */
  | 'MILESTONE'
  /** A project (`Project.id`). */
  | 'PROJECT'
  /** A rule-based risk assessment (`RiskAssessment.id`). */
  | 'RISK'
  /** A task (`Task.id`). */
  | 'TASK';

/** The challenge from login and a second-factor code. */
export type CompleteMfaLoginInput = {
  /** The `mfaChallenge` that login returned. */
  challenge: string;
  /** A six-digit code from your authenticator app, or one of your recovery codes. */
  code: string;
};

/** A code that proves the enrolled authenticator works. */
export type ConfirmMfaInput = {
  /** A six-digit code from the authenticator app just set up. */
  code: string;
};

/** A new architecture element in the current workspace. */
export type CreateArchitectureElementInput = {
  /** What the element means, as free text. */
  description?: string | null | undefined;
  /** 1-200 characters; unique per type within the workspace. */
  name: string;
  /** What kind of element it is; fixed once created. */
  type: ArchitectureElementType;
};

/** A new project category in the current workspace. */
export type CreateProjectCategoryInput = {
  /** `#RRGGBB`. */
  color?: string | null | undefined;
  /** At most 80 characters; unique within the workspace, ignoring case. */
  name: string;
};

/** A new project in the current workspace. */
export type CreateProjectInput = {
  /** Its budget; omit for none. */
  budget?: BudgetInput | null | undefined;
  /** One of the workspace's project categories. */
  categoryId?: string | number | null | undefined;
  /** What the project is about, as free text. */
  description?: string | null | undefined;
  /** The planned end; not before `startDate`. */
  endDate?: string | null | undefined;
  /** How it is doing (default ON_TRACK). */
  health?: ProjectHealth | null | undefined;
  /** 2-12 characters: upper-case letters and digits, starting with a letter. */
  key: string;
  /** Its name, 1-200 characters. */
  name: string;
  /** Defaults to the caller. */
  ownerId?: string | number | null | undefined;
  /** The planned start. */
  startDate?: string | null | undefined;
  /** Where it starts (default PLANNED). */
  status?: ProjectStatus | null | undefined;
  /** An identity Team of the workspace. */
  teamId?: string | number | null | undefined;
};

/** A new task in a project of the current workspace. */
export type CreateTaskInput = {
  /** Who does it: a member of the workspace; omit to leave it unassigned. */
  assigneeId?: string | number | null | undefined;
  /** When the task was completed, if earlier than now: for work recorded late or imported. Only for a task that is DONE after this change; not in the future, nor more than ten years back. Omitted or null, a task becoming DONE is completed now and a DONE task keeps its time. */
  completedAt?: string | null | undefined;
  /** 0 to 100; a DONE task is always 100. */
  completion?: number | null | undefined;
  /** The details, as free text. */
  description?: string | null | undefined;
  /** The day it is due; not before `startDate`. */
  dueDate?: string | null | undefined;
  /** Estimated effort in hours, at least 0. */
  estimateHours?: number | null | undefined;
  /** Replaces the labels: trimmed, unique ignoring case, at most 20 of 50 characters. */
  labels?: Array<string> | null | undefined;
  /** Makes this a subtask; the parent must be in the same project. */
  parentId?: string | number | null | undefined;
  /** How urgent it is (default MEDIUM). */
  priority?: TaskPriority | null | undefined;
  /** The project the task belongs to. */
  projectId: string | number;
  /** Replaces the required skills: identity skills of the workspace. */
  requiredSkills?: Array<RequiredSkillInput> | null | undefined;
  /** The planned first day. */
  startDate?: string | null | undefined;
  /** The column to start in (default TODO); the card goes to the end of it. */
  status?: TaskStatus | null | undefined;
  /** What is to be done, in one line (1-300 characters). */
  title: string;
};

/** A new kind of non-project time. */
export type CreateTimeCategoryInput = {
  /** Whether its time is billable by default; default false. */
  billable?: boolean | null | undefined;
  /** 1 to 120 characters, unique within the workspace. */
  name: string;
};

/** A new work package in the current workspace. */
export type CreateWorkPackageInput = {
  /** Effort spent so far in hours, at least 0. */
  actualEffortHours?: number | null | undefined;
  /** The day work actually finished; not before `actualStartDate`, not in the future. */
  actualEndDate?: string | null | undefined;
  /** The day work actually began; not in the future. */
  actualStartDate?: string | null | undefined;
  /** The budget allocated (budget at completion). */
  budget?: BudgetInput | null | undefined;
  /** The budget spent so far, in the budget's currency; needs a budget. */
  budgetSpent?: BudgetInput | null | undefined;
  /** What the package is about, as free text; null for none. */
  description?: string | null | undefined;
  /** The planned last day; not before `startDate`. */
  endDate?: string | null | undefined;
  /** Estimated effort in hours, at least 0. */
  estimatedEffortHours?: number | null | undefined;
  /** Defaults to PROJECT. */
  kind?: WorkPackageKind | null | undefined;
  /** 1-200 characters. */
  name: string;
  /** A work package of the same workspace. */
  parentId?: string | number | null | undefined;
  /** 0-100; set to 100 when the status is COMPLETED. */
  progress?: number | null | undefined;
  /** A portfolio project. */
  projectId?: string | number | null | undefined;
  /** Defaults to LOW. */
  riskLevel?: RiskLevel | null | undefined;
  /** The planned first day (YYYY-MM-DD). */
  startDate?: string | null | undefined;
  /** Defaults to PLANNED. */
  status?: WorkPackageStatus | null | undefined;
};

/** A new workspace, which you own. */
export type CreateWorkspaceInput = {
  /** 1-120 characters. */
  name: string;
  /** 3-48 lower-case letters, digits and dashes; derived from the name when omitted (with a short suffix if taken). */
  slug?: string | null | undefined;
};

/** Matches a calendar date. */
export type DateFilter = {
  /** On this day (YYYY-MM-DD). */
  eq?: string | null | undefined;
  /** Strictly after this day. */
  gt?: string | null | undefined;
  /** On or after this day. */
  gte?: string | null | undefined;
  /** true: the date is unset; false: it is set. */
  isNull?: boolean | null | undefined;
  /** Strictly before this day. */
  lt?: string | null | undefined;
  /** On or before this day. */
  lte?: string | null | undefined;
};

/** Matches an ISO 8601 date-time. */
export type DateTimeFilter = {
  /** Strictly after this instant. */
  gt?: string | null | undefined;
  /** At or after this instant. */
  gte?: string | null | undefined;
  /** true: the value is unset; false: it is set. */
  isNull?: boolean | null | undefined;
  /** Strictly before this instant. */
  lt?: string | null | undefined;
  /** At or before this instant. */
  lte?: string | null | undefined;
};

/** The capacity override to delete. */
export type DeleteCapacityOverrideInput = {
  /** The CapacityOverride. */
  id: string | number;
};

/** The comment to delete. */
export type DeleteCommentInput = {
  /** The comment to delete. */
  id: string | number;
};

/** The non-working day to delete. */
export type DeleteNonWorkingDayInput = {
  /** The NonWorkingDay. */
  id: string | number;
};

/** A category no project uses, to delete. */
export type DeleteProjectCategoryInput = {
  /** Fail with CONFLICT unless the category is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The category to delete. */
  id: string | number;
};

/** The time entry to delete. */
export type DeleteTimeEntryInput = {
  /** Fail with CONFLICT unless the entry is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The time entry to delete. */
  id: string | number;
};

/** The workspace to delete, with its slug as confirmation. */
export type DeleteWorkspaceInput = {
  /** Its current slug, typed out as confirmation. */
  confirmSlug: string;
  /** The workspace to delete: the one your token is scoped to. */
  workspaceId: string | number;
};

/** How a successor task is bound to its predecessor in the schedule. */
export type DependencyType =
  /** The successor finishes no earlier than the predecessor finishes (plus lag). */
  | 'FINISH_TO_FINISH'
  /** The successor starts after the predecessor finishes (plus lag). */
  | 'FINISH_TO_START'
  /** The successor finishes no earlier than the predecessor starts (plus lag). */
  | 'START_TO_FINISH'
  /** The successor starts no earlier than the predecessor starts (plus lag). */
  | 'START_TO_START';

/** Proof of the second factor, to turn MFA off. */
export type DisableMfaInput = {
  /** A six-digit code from your authenticator app, or one of your recovery codes. */
  code: string;
};

/** A new body for one of your comments. */
export type EditCommentInput = {
  /** The new body: up to 10,000 characters; mention members with `@[Name](user:<id>)`. */
  body: string;
  /** Fail with CONFLICT unless the comment is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The comment to edit. */
  id: string | number;
};

/** Matches an ID. */
export type IdFilter = {
  /** The reference is this id. */
  eq?: string | number | null | undefined;
  /** The reference is one of these ids. */
  in?: Array<string | number> | null | undefined;
  /** true: the reference is unset; false: it is set. */
  isNull?: boolean | null | undefined;
};

/** What an InsightEvent reports. */
export type InsightEventKind =
  /** An analysis stored a new insight about the project. */
  | 'GENERATED'
  /** Only with `acknowledge: true`, always first: the subscription is live from `cursor`. No insight: `insight`, `insightKind` and `source` are null, `insightId` is this event's `eventId`. */
  | 'SUBSCRIBED';

/** What an insight is; an analysis writes one insight per kind it was asked for. */
export type InsightKind =
  /** A status summary for executives: where the work stands and what matters, with highlights. */
  | 'EXECUTIVE_SUMMARY'
  /** Progress against plan: completion, pace, forecast and milestones, with highlights. */
  | 'PROGRESS_ANALYSIS'
  /** What to do next, each action with its rationale and priority (`recommendations`). */
  | 'RECOMMENDATIONS'
  /** The risks to the plan, each with its evidence and a mitigation (`risks`). */
  | 'RISK_ASSESSMENT';

/** What kind of risk an insight names. */
export type InsightRiskCategory =
  /** A regulatory or policy obligation not covered (model-derived). */
  | 'COMPLIANCE_GAP'
  /** Blocked or late work other work waits for. */
  | 'DEPENDENCY'
  /** Risky interfaces between systems or teams (model-derived). */
  | 'INTEGRATION_COMPLEXITY'
  /** Anything else. */
  | 'OTHER'
  /** People: overload, knowledge concentrated in one person, missing skills. */
  | 'RESOURCING'
  /** Dates at risk: slippage, a milestone unlikely to be met. */
  | 'SCHEDULE'
  /** Scope growing or unclear. */
  | 'SCOPE'
  /** Shortcuts that will slow later work (model-derived). */
  | 'TECHNICAL_DEBT';

/** Who wrote an insight. Nothing is labelled MODEL that did not come from a model. */
export type InsightSource =
  /** A language model (`model` names it), from the facts the analysis gathered. */
  | 'MODEL'
  /** Plateau's deterministic generator, from the same facts (no model is configured). */
  | 'RULES';

/** Filters invitations; fields combine with AND. */
export type InvitationFilter = {
  /** Invitations sent to these addresses (lower-case). */
  email?: StringFilter | null | undefined;
  /** Invitations in these states. */
  status?: InvitationStatusFilter | null | undefined;
};

/** PENDING: can still be accepted. ACCEPTED, REVOKED, EXPIRED: can no longer be. */
export type InvitationStatus =
  /** Someone joined with it (`acceptedBy`, `acceptedAt`). */
  | 'ACCEPTED'
  /** It was not accepted before `expiresAt`. */
  | 'EXPIRED'
  /** Sent, not yet accepted, revoked or expired: its token still works. */
  | 'PENDING'
  /** A member withdrew it before it was accepted (`revokedAt`). */
  | 'REVOKED';

/** Matches a InvitationStatus. */
export type InvitationStatusFilter = {
  /** Exactly this value. */
  eq?: InvitationStatus | null | undefined;
  /** One of these values. */
  in?: Array<InvitationStatus> | null | undefined;
  /** None of these values. */
  notIn?: Array<InvitationStatus> | null | undefined;
};

/** Who to invite to the current workspace, and as what. */
export type InviteMemberInput = {
  /** Where the invitation goes; trimmed and lower-cased. */
  email: string;
  /** The role on joining: below your own, unless you are an OWNER. */
  role: WorkspaceRole;
};

/** A relationship to record between a work package and an architecture element. */
export type LinkWorkPackageInput = {
  /** The architecture element it acts on. */
  elementId: string | number;
  /** Must suit the element's type (e.g. CLOSES only a GAP). */
  relation: PackageRelation;
  /** The work package. */
  workPackageId: string | number;
};

/** Hours worked on one day: on a task (taskId and projectId) or in a category of non-project time (categoryId). */
export type LogTimeInput = {
  /** Default true on a task, the category's default in a category. */
  billable?: boolean | null | undefined;
  /** A category of non-project time (timeCategories), instead of a task. */
  categoryId?: string | number | null | undefined;
  /** The day worked; at most one day ahead of today (UTC). */
  date: string;
  /** More than 0, at most 24, at most 2 decimals; a user's day may not exceed 24 in total. */
  hours: number;
  /** At most 2000 characters. */
  note?: string | null | undefined;
  /** The task's project. */
  projectId?: string | number | null | undefined;
  /** The portfolio task worked on (with projectId); omit for non-project time. */
  taskId?: string | number | null | undefined;
  /** Who worked; the viewer by default. Another user needs MANAGER or above. */
  userId?: string | number | null | undefined;
};

/** Credentials to sign in with. */
export type LoginInput = {
  /** Your account's email address (case does not matter). */
  email: string;
  /** Your password. */
  password: string;
  /** Scope the token to this workspace (you must be a member). Defaults to your oldest membership. */
  workspaceId?: string | number | null | undefined;
};

/** Whether a milestone was reached. */
export type MilestoneStatus =
  /** Reached: all its linked tasks are done, or a manager said so. */
  | 'ACHIEVED'
  /** Its due date passed before it was reached. */
  | 'MISSED'
  /** Not reached yet, and its due date has not passed. */
  | 'UPCOMING';

/** Tasks of the milestone's project to link to it, or unlink from it (at most 100 at once). */
export type MilestoneTasksInput = {
  /** The milestone. */
  milestoneId: string | number;
  /** The tasks, of the milestone's project. */
  taskIds: Array<string | number>;
};

/** Moves a card to a column (`toStatus`) and a place in it: right after `afterTaskId`, right before `beforeTaskId`, between both (which must be next to each other), or, with neither, at the end. When the board changed since the client read it (an anchor left the column or was deleted, the anchors are no longer neighbours, a stale `expectedVersion`, a full column), the move changes nothing and fails with CONFLICT: `extensions.reason` says what changed, `extensions.currentPlacement` where the card (with its version) and its anchors are now. */
export type MoveTaskInput = {
  /** A card of the target column the task goes right after. */
  afterTaskId?: string | number | null | undefined;
  /** A card of the target column the task goes right before. */
  beforeTaskId?: string | number | null | undefined;
  /** Fail with CONFLICT unless the task is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The task (card) to move. */
  taskId: string | number;
  /** The column to move it to: a status with a column in the workflow. */
  toStatus: TaskStatus;
};

/** Filters non-working days; fields combine with AND. */
export type NonWorkingDayFilter = {
  /** Every one of these filters matches. */
  and?: Array<NonWorkingDayFilter> | null | undefined;
  /** Days in this range. */
  date?: DateFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<NonWorkingDayFilter> | null | undefined;
  /** Leave of these users; `isNull: true` for holidays only. */
  userId?: IdFilter | null | undefined;
};

/** The ArchiMate relationship a work package has with an architecture element; each suits certain element types. */
export type PackageRelation =
  /** Some other, unspecified relationship (any type). */
  | 'ASSOCIATED_WITH'
  /** The package closes a GAP. */
  | 'CLOSES'
  /** The package produces a DELIVERABLE or PLATEAU. */
  | 'DELIVERS'
  /** The package makes a CAPABILITY or PLATEAU possible. */
  | 'ENABLES'
  /** The package affects the element, positively or negatively (any type). */
  | 'INFLUENCES'
  /** The package brings about a goal, outcome, requirement, capability, deliverable or plateau. */
  | 'REALIZES'
  /** The package provides something the element uses (any type). */
  | 'SERVES';

/** A span of days, both included: at most 731 days (two years). */
export type PeriodInput = {
  /** The first day. */
  from: string;
  /** The last day, not before `from`. */
  to: string;
};

/** A status report on a project: its health and what is going on. */
export type PostProjectStatusUpdateInput = {
  /** Becomes the project's health. */
  health: ProjectHealth;
  /** The project reported on. */
  projectId: string | number;
  /** 1 to 10,000 characters. */
  text: string;
};

/** Names a project to act on, optionally at a version. */
export type ProjectActionInput = {
  /** Fail with CONFLICT unless the project is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The project to act on. */
  projectId: string | number;
};

/** What happened to a project. */
export type ProjectEventKind =
  /** It was archived: read-only, hidden from `projects` by default. */
  | 'ARCHIVED'
  /** Its health changed (a status update, or an edit); see `health` and `previousHealth`. */
  | 'HEALTH_CHANGED'
  /** One of its milestones was achieved; see `milestone`. */
  | 'MILESTONE_ACHIEVED'
  /** One of its milestones passed its due date unachieved; see `milestone`. */
  | 'MILESTONE_MISSED'
  /** A change of its tasks or dates changed `progress`, `blockedTaskCount`, `startDate` or `endDate`; see `progress` and `blockedTaskCount`. */
  | 'PROGRESS_CHANGED'
  /** It was restored from the archive. */
  | 'RESTORED'
  /** Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). Not a change: `project` is the project now; the figures, `milestone` and `actor` are null. */
  | 'SUBSCRIBED'
  /** Some of its fields were edited (`updateProject`); `changedFields` names them. */
  | 'UPDATED';

/** Filters projects; fields combine with AND. Archived projects are left out unless `archived` says otherwise. */
export type ProjectFilter = {
  /** Every one of these filters matches. */
  and?: Array<ProjectFilter> | null | undefined;
  /** true: only archived projects; false: only unarchived ones. When no part of the filter says, archived projects are left out. */
  archived?: boolean | null | undefined;
  /** `isNull: true` selects projects without a category. */
  categoryId?: IdFilter | null | undefined;
  /** Projects of these healths. */
  health?: ProjectHealthFilter | null | undefined;
  /** Projects with these ids. */
  id?: IdFilter | null | undefined;
  /** Projects whose key matches. */
  key?: StringFilter | null | undefined;
  /** Projects whose name matches. */
  name?: StringFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<ProjectFilter> | null | undefined;
  /** Projects owned by these users. */
  ownerId?: IdFilter | null | undefined;
  /** Projects in these states. */
  status?: ProjectStatusFilter | null | undefined;
  /** Projects of these teams (`isNull: true`: without a team). */
  teamId?: IdFilter | null | undefined;
};

/** How a project is doing against its plan, as its managers judge it. */
export type ProjectHealth =
  /** Threatened: may miss a date, a budget or a goal without action. */
  | 'AT_RISK'
  /** Missing its plan: needs re-planning or escalation. */
  | 'OFF_TRACK'
  /** Going to plan. */
  | 'ON_TRACK';

/** Matches a ProjectHealth. */
export type ProjectHealthFilter = {
  /** Exactly this value. */
  eq?: ProjectHealth | null | undefined;
  /** One of these values. */
  in?: Array<ProjectHealth> | null | undefined;
  /** None of these values. */
  notIn?: Array<ProjectHealth> | null | undefined;
};

/** Where a project stands in its lifecycle. */
export type ProjectStatus =
  /** Under way. */
  | 'ACTIVE'
  /** Stopped for good. */
  | 'CANCELLED'
  /** Finished. */
  | 'COMPLETED'
  /** Paused; expected to resume. */
  | 'ON_HOLD'
  /** Not started yet. */
  | 'PLANNED';

/** Matches a ProjectStatus. */
export type ProjectStatusFilter = {
  /** Exactly this value. */
  eq?: ProjectStatus | null | undefined;
  /** One of these values. */
  in?: Array<ProjectStatus> | null | undefined;
  /** None of these values. */
  notIn?: Array<ProjectStatus> | null | undefined;
};

/** How urgent a recommended action is. */
export type RecommendationPriority =
  /** Do it this week. */
  | 'HIGH'
  /** Worth doing when there is room. */
  | 'LOW'
  /** Do it this reporting period. */
  | 'MEDIUM';

/** A refresh token to exchange for new tokens. */
export type RefreshAccessTokenInput = {
  /** The latest refresh token of the session (from any AuthPayload). */
  refreshToken: string;
};

/** Proof of the second factor, to replace the recovery codes. */
export type RegenerateRecoveryCodesInput = {
  /** A six-digit code from your authenticator app, or one of your recovery codes. */
  code: string;
};

/** The submitted week to send back, and why. */
export type RejectTimesheetInput = {
  /** Fail with CONFLICT unless the week is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The WeeklyTimesheet. */
  id: string | number;
  /** What to correct (1 to 2000 characters); the week's owner sees it. */
  reason: string;
};

/** The dependency to remove. */
export type RemoveTaskDependencyInput = {
  /** The dependency to remove. */
  id: string | number;
};

/** The submitted or approved week to open again for changes. */
export type ReopenTimesheetInput = {
  /** Fail with CONFLICT unless the week is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The WeeklyTimesheet. */
  id: string | number;
  /** Why (at most 2000 characters); kept in the week's history. */
  reason?: string | null | undefined;
};

/** What to analyse and which insights to write. */
export type RequestAnalysisInput = {
  /** The insights to write, one per kind, each at most once. */
  kinds: Array<InsightKind>;
  /** The project, for a PROJECT analysis; must be left out for PORTFOLIO. */
  projectId?: string | number | null | undefined;
  /** One project (with `projectId`), or the whole portfolio. */
  scope: AnalysisScope;
};

/** A skill of the workspace's catalogue (identity) a task needs. */
export type RequiredSkillInput = {
  /** The lowest level that will do; any level when left out. */
  minLevel?: SkillLevel | null | undefined;
  /** The skill. */
  skillId: string | number;
};

/** Which of your sessions to end: all others, or all. */
export type RevokeAllSessionsInput = {
  /** Also end the session making this call. */
  includeCurrent?: boolean;
};

/** A PENDING invitation to withdraw. */
export type RevokeInvitationInput = {
  /** The invitation to revoke. */
  invitationId: string | number;
};

/** One of your sessions to end. */
export type RevokeSessionInput = {
  /** One of your sessions (see mySessions). */
  sessionId: string | number;
};

/** What happened to a risk assessment. */
export type RiskEventKind =
  /** A rule started firing on the project: a new OPEN assessment. */
  | 'OPENED'
  /** The rule no longer fires: the assessment is RESOLVED. */
  | 'RESOLVED'
  /** Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). Not a change and no assessment: `project` is the project now; `risk` and `previousSeverity` are null, `riskId` is this event's `eventId`, `severity` LOW and `status` RESOLVED (fields that are never null). */
  | 'SUBSCRIBED'
  /** An OPEN assessment's severity or metric changed. */
  | 'UPDATED';

/** How a project stands by the rules' open risks (portfolio's `health` is what people set). */
export type RiskHealth =
  /** Its worst open risk is MEDIUM. */
  | 'AT_RISK'
  /** An open risk is HIGH or CRITICAL. */
  | 'OFF_TRACK'
  /** No open risk above LOW. */
  | 'ON_TRACK';

/** How likely a work package is to miss its goal, as its owner rates it. */
export type RiskLevel =
  /** Failing: escalate. */
  | 'CRITICAL'
  /** Likely to slip without action. */
  | 'HIGH'
  /** On track. */
  | 'LOW'
  /** Some threats; watch it. */
  | 'MEDIUM';

/** The check that detected a risk. */
export type RiskRule =
  /** More than a threshold of the project's tasks are BLOCKED. */
  | 'BLOCKED_TASKS'
  /** The last four complete weeks (UTC) completed less than half the tasks of the four before them (at least 4), while tasks remain; `evidence` has the weeks. */
  | 'DECLINING_VELOCITY'
  /** One person is assigned more than 60% of the remaining estimated hours (at least 16 h over 3 tasks or more); `evidence` names them. */
  | 'KNOWLEDGE_CONCENTRATION'
  /** Progress is more than a threshold of percentage points behind a straight line from startDate (0%) to endDate (100%). */
  | 'SCHEDULE_SLIPPAGE'
  /** A skill the open tasks need (identity's skills, at the lowest level a task asks for) is held by one person in the workspace, or by nobody; `evidence` names the skill and its holder. */
  | 'SKILL_CONCENTRATION'
  /** The project's team logged more than 90% of its capacity over the last four ISO weeks timesheets measured (a period that ended at most 14 days ago); `evidence` has the team, the period and its hours. */
  | 'TEAM_OVERLOAD';

/** How bad a risk is, from LOW to CRITICAL (the order SEVERITY sorts by). */
export type RiskSeverity =
  /** The project is failing its plan: escalate. */
  | 'CRITICAL'
  /** Threatens a date or a deliverable: act now. */
  | 'HIGH'
  /** Worth watching; no action needed yet. */
  | 'LOW'
  /** Needs attention this reporting period. */
  | 'MEDIUM';

/** Whether a rule still fires. */
export type RiskStatus =
  /** The rule still fires on the last evaluation. */
  | 'OPEN'
  /** An evaluation found the rule no longer fires; kept for history. */
  | 'RESOLVED';

/** Filters security events; fields combine with AND. */
export type SecurityEventFilter = {
  /** Events from this time range. */
  occurredAt?: DateTimeFilter | null | undefined;
  /** Events of these types. */
  type?: SecurityEventTypeFilter | null | undefined;
};

/** What happened to an account's security. */
export type SecurityEventType =
  /** A sign-in with a wrong password or code. */
  | 'LOGIN_FAILED'
  /** Signed in (after the second factor, when the account has MFA). */
  | 'LOGIN_SUCCEEDED'
  /** A sign-in refused because of too many recent failures. */
  | 'LOGIN_THROTTLED'
  /** Signed out of a session. */
  | 'LOGOUT'
  /** A wrong code was given for the second factor. */
  | 'MFA_CHALLENGE_FAILED'
  /** MFA was turned off. */
  | 'MFA_DISABLED'
  /** MFA was turned on. */
  | 'MFA_ENABLED'
  /** The password was changed while signed in. */
  | 'PASSWORD_CHANGED'
  /** The password was reset with a token from such a message. */
  | 'PASSWORD_RESET'
  /** A password-reset message was asked for. */
  | 'PASSWORD_RESET_REQUESTED'
  /** A recovery code was spent in place of an authenticator code. */
  | 'RECOVERY_CODE_USED'
  /** A spent refresh token was presented again, so its session was ended: the token may have been stolen. */
  | 'REFRESH_TOKEN_REUSE'
  /** A session was ended from another one (revokeSession, revokeAllSessions). */
  | 'SESSION_REVOKED';

/** Matches a SecurityEventType. */
export type SecurityEventTypeFilter = {
  /** Exactly this value. */
  eq?: SecurityEventType | null | undefined;
  /** One of these values. */
  in?: Array<SecurityEventType> | null | undefined;
  /** None of these values. */
  notIn?: Array<SecurityEventType> | null | undefined;
};

/** The project whose current dates become its baseline. */
export type SetProjectBaselineInput = {
  /** The project. */
  projectId: string | number;
};

/** A new account. */
export type SignUpInput = {
  /** The address to sign in with; lower-cased, unique across Plateau. */
  email: string;
  /** The name to show for you, at most 200 characters. */
  name: string;
  /** 12 to 256 characters; not your email address or name, nor a commonly used password. */
  password: string;
};

/** How well someone masters a skill, weakest first. */
export type SkillLevel =
  /** Handles complex tasks and guides others. */
  | 'ADVANCED'
  /** Knows the basics; needs guidance. */
  | 'BEGINNER'
  /** A reference for the skill in the organisation. */
  | 'EXPERT'
  /** Works on their own on routine tasks. */
  | 'INTERMEDIATE';

/** What to track time on. */
export type StartTimerInput = {
  /** Whether the entry will be billable; default true. */
  billable?: boolean | null | undefined;
  /** A note for the entry (at most 2000 characters). */
  note?: string | null | undefined;
  /** The task's project. */
  projectId: string | number;
  /** The portfolio task worked on. */
  taskId: string | number;
};

/** How to finish the running timer's entry. */
export type StopTimerInput = {
  /** Replaces the timer's note (at most 2000 characters); omit to keep it. */
  note?: string | null | undefined;
};

/** Matches a string. */
export type StringFilter = {
  /** Case-insensitive substring. */
  contains?: string | null | undefined;
  /** Exactly this value (case-sensitive). */
  eq?: string | null | undefined;
  /** Exactly one of these values (case-sensitive). */
  in?: Array<string> | null | undefined;
};

/** The week to submit: yours. */
export type SubmitTimesheetInput = {
  /** Submit a week without any time entry (e.g. a week of leave); without it, an empty week is BAD_USER_INPUT. */
  allowEmpty?: boolean;
  /** Fail with CONFLICT unless the week is still at this version (0 for one never submitted). */
  expectedVersion?: number | null | undefined;
  /** Any day of the ISO week (Monday to Sunday) to submit. */
  week: string;
};

/** The workspace to scope a new token to. */
export type SwitchWorkspaceInput = {
  /** One of your workspaces (see `me { memberships }`). */
  workspaceId: string | number;
};

/** What happened to a task. */
export type TaskEventKind =
  /** Someone was made its assignee. */
  | 'ASSIGNED'
  /** Someone commented on it. */
  | 'COMMENTED'
  /** Its status became DONE (sent with STATUS_CHANGED). */
  | 'COMPLETED'
  /** The task was created. */
  | 'CREATED'
  /** It was deleted, by itself or with an ancestor; `task` is null. No more events follow. */
  | 'DELETED'
  /** It now depends on another task. */
  | 'DEPENDENCY_ADDED'
  /** A dependency of it was removed. */
  | 'DEPENDENCY_REMOVED'
  /** Its card was moved on the board (to another place, perhaps another column). */
  | 'MOVED'
  /** It (with its subtasks) got another parent, or became top-level. */
  | 'MOVED_IN_TREE'
  /** Its status changed (sent with MOVED). */
  | 'STATUS_CHANGED'
  /** Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). Not a change: `task` is the task now, `actor` null. */
  | 'SUBSCRIBED'
  /** Some of its fields were edited; `changedFields` names them. */
  | 'UPDATED';

/** How urgent a task is, lowest first. */
export type TaskPriority =
  /** Before MEDIUM and LOW work. */
  | 'HIGH'
  /** When there is time. */
  | 'LOW'
  /** The default. */
  | 'MEDIUM'
  /** Drop other work for it. */
  | 'URGENT';

/** Matches a TaskPriority. */
export type TaskPriorityFilter = {
  /** Exactly this value. */
  eq?: TaskPriority | null | undefined;
  /** One of these values. */
  in?: Array<TaskPriority> | null | undefined;
  /** None of these values. */
  notIn?: Array<TaskPriority> | null | undefined;
};

/** Where a task stands; each status is a column of its project's board. */
export type TaskStatus =
  /** Cannot go on until something else happens. */
  | 'BLOCKED'
  /** Finished: completion is 100. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Done, waiting for review. */
  | 'IN_REVIEW'
  /** Not started. */
  | 'TODO';

/** Filters time categories. */
export type TimeCategoryFilter = {
  /** true: archived ones only; false: the ones in use only. */
  archived?: boolean | null | undefined;
};

/** Filters time entries; fields combine with AND. */
export type TimeEntryFilter = {
  /** Every one of these filters matches. */
  and?: Array<TimeEntryFilter> | null | undefined;
  /** true: billable entries only; false: non-billable only. */
  billable?: boolean | null | undefined;
  /** Entries in these categories of non-project time; `isNull: false` for all of them. */
  categoryId?: IdFilter | null | undefined;
  /** Entries for days in this range. */
  date?: DateFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<TimeEntryFilter> | null | undefined;
  /** Entries on these projects' tasks. */
  projectId?: IdFilter | null | undefined;
  /** Entries on these tasks. */
  taskId?: IdFilter | null | undefined;
  /** Entries of these users (who worked). */
  userId?: IdFilter | null | undefined;
};

/** What a Gantt bar stands for. */
export type TimelineBarKind =
  /** A milestone: a zero-day bar on its due date. */
  | 'MILESTONE'
  /** A task: from its start to its due date. */
  | 'TASK';

/** What happened to a weekly timesheet. */
export type TimesheetEventKind =
  /** An approver approved it. */
  | 'APPROVED'
  /** An approver sent it back; `reason` says why. */
  | 'REJECTED'
  /** It was opened again as a DRAFT (withdrawn by its owner, or reopened by an approver or an ADMIN). */
  | 'REOPENED'
  /** Its owner submitted it for approval. */
  | 'SUBMITTED'
  /** Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). Not a change and no week: `timesheet`, `timesheetId`, `weekStart`, `status` and `actor` are null. */
  | 'SUBSCRIBED';

/** Where a user's week stands. SUBMITTED and APPROVED weeks are locked: their entries cannot be logged, changed or deleted. */
export type TimesheetStatus =
  /** Approved; locked until an ADMIN or OWNER reopens it. */
  | 'APPROVED'
  /** Open: never submitted, or reopened. Its entries can be changed. */
  | 'DRAFT'
  /** Sent back with a reason; open again, to be corrected and submitted anew. */
  | 'REJECTED'
  /** Sent for approval; locked until approved, rejected or reopened. */
  | 'SUBMITTED';

/** Matches a TimesheetStatus. */
export type TimesheetStatusFilter = {
  /** Exactly this value. */
  eq?: TimesheetStatus | null | undefined;
  /** One of these values. */
  in?: Array<TimesheetStatus> | null | undefined;
  /** None of these values. */
  notIn?: Array<TimesheetStatus> | null | undefined;
};

/** Who becomes the workspace's OWNER. */
export type TransferOwnershipInput = {
  /** The member (a user id) who becomes OWNER; you become ADMIN. */
  userId: string | number;
};

/** A workspace's AI settings to change; a field left out keeps its value, null returns it to the deployment's default. */
export type UpdateAiSettingsInput = {
  /** Model tokens (in + out) the workspace may use per UTC day, 0 to 100,000,000; null: the deployment's default. */
  dailyTokenBudget?: number | null | undefined;
  /** The settings' `version` as last read (0 when the workspace has set nothing yet). */
  expectedVersion: number;
  /** The model to ask (as the endpoint names it, at most 200 characters); null: the deployment's default. */
  model?: string | null | undefined;
};

/** Only the fields given are changed; null clears the colour. */
export type UpdateProjectCategoryInput = {
  /** A new colour, `#RRGGBB`; null clears it. */
  color?: string | null | undefined;
  /** Fail with CONFLICT unless the category is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The category to edit. */
  id: string | number;
  /** A new name, at most 80 characters, unique within the workspace ignoring case. */
  name?: string | null | undefined;
};

/** Only the fields given are changed; null clears an optional field. */
export type UpdateProjectInput = {
  /** A new budget; null clears it. */
  budget?: BudgetInput | null | undefined;
  /** Another of the workspace's categories; null takes the project out of its category. */
  categoryId?: string | number | null | undefined;
  /** A new description; null clears it. */
  description?: string | null | undefined;
  /** A new planned end, not before the start; null clears it. */
  endDate?: string | null | undefined;
  /** Fail with CONFLICT unless the project is still at this version. */
  expectedVersion?: number | null | undefined;
  /** Prefer `postProjectStatusUpdate`, which keeps the history; a change here is an event all the same. */
  health?: ProjectHealth | null | undefined;
  /** The project to edit. */
  id: string | number;
  /** A new name, 1-200 characters. */
  name?: string | null | undefined;
  /** A new owner from the workspace's members; null leaves the project without one. */
  ownerId?: string | number | null | undefined;
  /** A new planned start; null clears it. */
  startDate?: string | null | undefined;
  /** A new status. */
  status?: ProjectStatus | null | undefined;
  /** Another identity Team of the workspace; null clears it. */
  teamId?: string | number | null | undefined;
};

/** Only the fields given are changed; null clears an optional field. */
export type UpdateTaskInput = {
  /** A new assignee from the workspace's members; null unassigns. */
  assigneeId?: string | number | null | undefined;
  /** When the task was completed, if earlier than now: for work recorded late or imported. Only for a task that is DONE after this change; not in the future, nor more than ten years back. Omitted or null, a task becoming DONE is completed now and a DONE task keeps its time. */
  completedAt?: string | null | undefined;
  /** 0 to 100; a DONE task is always 100. */
  completion?: number | null | undefined;
  /** New details; null clears them. */
  description?: string | null | undefined;
  /** A new due day, not before the start; null clears it. */
  dueDate?: string | null | undefined;
  /** A new estimate in hours; null clears it. */
  estimateHours?: number | null | undefined;
  /** Fail with CONFLICT unless the task is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The task to edit. */
  id: string | number;
  /** Replaces the labels: trimmed, unique ignoring case, at most 20 of 50 characters. */
  labels?: Array<string> | null | undefined;
  /** Moves the task with its whole subtree under another task of the same project; null makes it top-level. A task cannot become its own ancestor, and trees are at most 50 levels deep. */
  parentId?: string | number | null | undefined;
  /** A new priority. */
  priority?: TaskPriority | null | undefined;
  /** Replaces the required skills: identity skills of the workspace. */
  requiredSkills?: Array<RequiredSkillInput> | null | undefined;
  /** A new planned first day; null clears it. */
  startDate?: string | null | undefined;
  /** A new status: the card moves to that column of the board. */
  status?: TaskStatus | null | undefined;
  /** A new title, 1-300 characters. */
  title?: string | null | undefined;
};

/** Only the fields given change. */
export type UpdateTimeCategoryInput = {
  /** Archive it (no new time in it) or bring it back. */
  archived?: boolean | null | undefined;
  /** Whether its time is billable by default. */
  billable?: boolean | null | undefined;
  /** Fail with CONFLICT unless the category is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The TimeCategory. */
  id: string | number;
  /** A new name, unique within the workspace. */
  name?: string | null | undefined;
};

/** Only the fields given are changed; null clears the note. */
export type UpdateTimeEntryInput = {
  /** Whether the hours can be billed to the client. */
  billable?: boolean | null | undefined;
  /** Move the entry to this day; at most one day ahead of today (UTC). */
  date?: string | null | undefined;
  /** Fail with CONFLICT unless the entry is still at this version. */
  expectedVersion?: number | null | undefined;
  /** New hours: more than 0, at most 24, at most 2 decimals; the user's day may not exceed 24 in total. */
  hours?: number | null | undefined;
  /** The time entry to edit. */
  id: string | number;
  /** A new note (at most 2000 characters); null clears it. */
  note?: string | null | undefined;
};

/** Only the fields given change. */
export type UpdateTimeSettingsInput = {
  /** Fail with CONFLICT unless the settings are still at this version (0 before any change). */
  expectedVersion?: number | null | undefined;
  /** More than 0, at most 168, at most 2 decimals. */
  hoursPerWeek?: number | null | undefined;
  /** An IANA time zone, e.g. Europe/Paris or America/New_York. */
  timeZone?: string | null | undefined;
  /** At least one day, each once. */
  workingDays?: Array<Weekday> | null | undefined;
};

/** Replaces a project's workflow: its columns, in board order. */
export type UpdateWorkflowInput = {
  /** Every status that has tasks keeps a column. */
  columns: Array<WorkflowColumnInput>;
  /** Fail with CONFLICT unless the workflow is still at this version (`Board.version`). */
  expectedVersion?: number | null | undefined;
  /** The project whose workflow to replace. */
  projectId: string | number;
};

/** Narrows a report; fields combine with AND. Without people or a team, the report covers everyone who logged time in the period. */
export type UtilizationFilter = {
  /** Only hours logged on these projects. */
  projectIds?: Array<string | number> | null | undefined;
  /** Only the members of this team. */
  teamId?: string | number | null | undefined;
  /** Only these people (members of the workspace). */
  userIds?: Array<string | number> | null | undefined;
};

/** What a utilisation report's rows are. */
export type UtilizationGroupBy =
  /** One row per project: the hours logged on it against the capacity of the people who logged them, i.e. the share of its contributors' time it took. */
  | 'PROJECT'
  /** One row per team (identity's teams of the people in the report): its members' hours against their capacity. */
  | 'TEAM'
  /** One row per person: their hours against their own capacity. MANAGER and above, or a MEMBER's own row. */
  | 'USER'
  /** One row per ISO week of the period (Monday): everyone's hours that week against everyone's capacity that week. */
  | 'WEEK';

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** Filters weekly timesheets; fields combine with AND. */
export type WeeklyTimesheetFilter = {
  /** Every one of these filters matches. */
  and?: Array<WeeklyTimesheetFilter> | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<WeeklyTimesheetFilter> | null | undefined;
  /** Weeks in these statuses. */
  status?: TimesheetStatusFilter | null | undefined;
  /** Weeks of these users (MEMBER and VIEWER see only their own). */
  userId?: IdFilter | null | undefined;
  /** Weeks whose Monday is in this range. */
  weekStart?: DateFilter | null | undefined;
};

/** The scale of effort a work package stands for. */
export type WorkPackageKind =
  /** A large body of work, split into tasks. */
  | 'EPIC'
  /** A programme of several projects towards one goal. */
  | 'INITIATIVE'
  /** A stage of a project or initiative. */
  | 'PHASE'
  /** A project with its own budget and plan. */
  | 'PROJECT'
  /** A single piece of work. */
  | 'TASK';

/** Where a work package stands. */
export type WorkPackageStatus =
  /** Cannot go on until something else happens. */
  | 'BLOCKED'
  /** Stopped for good; kept for history. */
  | 'CANCELLED'
  /** Done; progress is 100. */
  | 'COMPLETED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Not started yet. */
  | 'PLANNED';

/** What a board column means: not started, under way, finished. */
export type WorkflowCategory =
  /** Finished: tasks here count as complete. */
  | 'DONE'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'TODO';

/** One column of a workflow. */
export type WorkflowColumnInput = {
  /** What the column means for progress; tasks in a DONE column count as complete. */
  category: WorkflowCategory;
  /** The column's heading, e.g. "In review". */
  name: string;
  /** The status whose tasks the column shows; each status at most once. */
  status: TaskStatus;
  /** At least 1; null: no limit. */
  wipLimit?: number | null | undefined;
};

/** Workspace roles, highest first. */
export type WorkspaceRole =
  /** Everything a MANAGER may do, plus administering members, invitations and workspace settings. */
  | 'ADMIN'
  /** Everything a MEMBER may do, plus managing projects and teams and approving time. */
  | 'MANAGER'
  /** Reads everything, contributes to tasks and comments, and logs time. */
  | 'MEMBER'
  /** Everything an ADMIN may do, plus transferring ownership and deleting the workspace; one per workspace. */
  | 'OWNER'
  /** Reads the workspace's data; changes nothing. */
  | 'VIEWER';

export type AuthTokensFragment = { accessToken: string, expiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, sessionId: string, workspaceId: string | null, role: WorkspaceRole | null, user: { id: string, name: string } };

export type RefreshAccessTokenMutationVariables = Exact<{
  input: RefreshAccessTokenInput;
}>;


export type RefreshAccessTokenMutation = { refreshAccessToken: { accessToken: string, expiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, sessionId: string, workspaceId: string | null, role: WorkspaceRole | null, user: { id: string, name: string } } };

export type LoginWithMfaMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginWithMfaMutation = { login: { mfaRequired: boolean, mfaChallenge: string | null, mfaChallengeExpiresAt: string | null, accessToken: string | null, expiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, sessionId: string | null, workspaceId: string | null, role: WorkspaceRole | null } };

export type CompleteMfaLoginMutationVariables = Exact<{
  input: CompleteMfaLoginInput;
}>;


export type CompleteMfaLoginMutation = { completeMfaLogin: { accessToken: string, expiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, sessionId: string, workspaceId: string | null, role: WorkspaceRole | null, user: { id: string, name: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { sessionId: string } };

export type RevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;


export type RevokeSessionMutation = { revokeSession: { sessionId: string } };

export type RevokeAllSessionsMutationVariables = Exact<{
  input: RevokeAllSessionsInput;
}>;


export type RevokeAllSessionsMutation = { revokeAllSessions: { revokedSessions: number } };

export type MySessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MySessionsQuery = { mySessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, userAgent: string | null, ip: string | null, createdAt: string, lastSeenAt: string, expiresAt: string, current: boolean }> } };

export type MySecurityEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SecurityEventFilter | null | undefined;
}>;


export type MySecurityEventsQuery = { mySecurityEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, type: SecurityEventType, ip: string | null, userAgent: string | null, sessionId: string | null, details: Record<string, unknown>, occurredAt: string }> } };

export type EnrollMfaMutationVariables = Exact<{ [key: string]: never; }>;


export type EnrollMfaMutation = { enrollMfa: { secret: string, otpauthUri: string } };

export type ConfirmMfaMutationVariables = Exact<{
  input: ConfirmMfaInput;
}>;


export type ConfirmMfaMutation = { confirmMfa: { recoveryCodes: Array<string>, user: { id: string, mfaEnabled: boolean } } };

export type DisableMfaMutationVariables = Exact<{
  input: DisableMfaInput;
}>;


export type DisableMfaMutation = { disableMfa: { user: { id: string, mfaEnabled: boolean } } };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  input: RegenerateRecoveryCodesInput;
}>;


export type RegenerateRecoveryCodesMutation = { regenerateRecoveryCodes: { recoveryCodes: Array<string> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { accessToken: string, expiresAt: string, user: { id: string, email: string, name: string } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string | null, expiresAt: string | null, workspaceId: string | null, role: WorkspaceRole | null, user: { id: string, name: string } | null } };

export type SwitchWorkspaceMutationVariables = Exact<{
  input: SwitchWorkspaceInput;
}>;


export type SwitchWorkspaceMutation = { switchWorkspace: { accessToken: string, workspaceId: string | null, role: WorkspaceRole | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, memberships: Array<{ role: WorkspaceRole, workspace: { id: string, name: string } }> } | null };

export type BoardQueryVariables = Exact<{
  projectId: string | number;
  filter?: BoardFilter | null | undefined;
}>;


export type BoardQuery = { board: { id: string, version: number, columns: Array<{ status: TaskStatus, name: string, category: WorkflowCategory, wipLimit: number | null, taskCount: number, cards: Array<{ id: string, title: string, status: TaskStatus, priority: TaskPriority, rank: string, version: number, dueDate: string | null, timeLogged: number, assignee: { id: string, name: string } | null }> }> } | null };

export type MoveTaskMutationVariables = Exact<{
  input: MoveTaskInput;
}>;


export type MoveTaskMutation = { moveTask: { task: { id: string, status: TaskStatus, rank: string, version: number } } };

export type UpdateWorkflowMutationVariables = Exact<{
  input: UpdateWorkflowInput;
}>;


export type UpdateWorkflowMutation = { updateWorkflow: { board: { id: string, version: number, columns: Array<{ status: TaskStatus, name: string, category: WorkflowCategory, wipLimit: number | null, taskCount: number }> } } };

export type CommentFieldsFragment = { id: string, body: string, version: number, createdAt: string, editedAt: string | null, author: { id: string } | null, mentions: Array<{ id: string }> };

export type ActivityEntryFieldsFragment = { id: string, entityType: string, entityId: string, action: ActivityAction, projectId: string | null, taskId: string | null, field: string | null, before: unknown, after: unknown, occurredAt: string, actor: { id: string } | null };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { comment: { id: string, body: string, version: number, createdAt: string, editedAt: string | null, author: { id: string } | null, mentions: Array<{ id: string }> } } };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type EditCommentMutation = { editComment: { comment: { id: string, body: string, version: number, createdAt: string, editedAt: string | null, author: { id: string } | null, mentions: Array<{ id: string }> } } };

export type DeleteCommentMutationVariables = Exact<{
  input: DeleteCommentInput;
}>;


export type DeleteCommentMutation = { deleteComment: { deletedCommentId: string } };

export type TaskCommentsQueryVariables = Exact<{
  taskId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TaskCommentsQuery = { task: { id: string, comments: { totalCount: number, nodes: Array<{ id: string, body: string, version: number, createdAt: string, editedAt: string | null, author: { id: string } | null, mentions: Array<{ id: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type TaskActivityQueryVariables = Exact<{
  taskId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TaskActivityQuery = { task: { id: string, activity: { totalCount: number, nodes: Array<{ id: string, entityType: string, entityId: string, action: ActivityAction, projectId: string | null, taskId: string | null, field: string | null, before: unknown, after: unknown, occurredAt: string, actor: { id: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ProjectActivityQueryVariables = Exact<{
  projectId: string | number;
  filter?: ActivityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectActivityQuery = { project: { id: string, activity: { totalCount: number, nodes: Array<{ id: string, entityType: string, entityId: string, action: ActivityAction, projectId: string | null, taskId: string | null, field: string | null, before: unknown, after: unknown, occurredAt: string, actor: { id: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ProjectInsightsQueryVariables = Exact<{
  id: string | number;
  weeks?: number | null | undefined;
  includeResolved?: boolean | null | undefined;
}>;


export type ProjectInsightsQuery = { project: { id: string, name: string, risks: Array<{ id: string, rule: RiskRule, severity: RiskSeverity, status: RiskStatus, title: string, detail: string, metric: number, threshold: number, evidence:
        | { __typename: 'DecliningVelocityEvidence', periodFrom: string, periodTo: string, weeklyCompletions: Array<number>, previousTasks: number, recentTasks: number, remainingTasks: number }
        | { __typename: 'KnowledgeConcentrationEvidence', assignedHours: number, assignedTasks: number, remainingHours: number, remainingTasks: number, user: { id: string, name: string } }
        | { __typename: 'SkillConcentrationEvidence' }
        | { __typename: 'TeamOverloadEvidence', periodFrom: string, periodTo: string, utilization: number | null, loggedHours: number, capacityHours: number, team: { id: string, name: string } }
       | null }>, velocity: Array<{ weekStart: string, completedTasks: number, completedEstimateHours: number }>, forecast: { remainingTasks: number, throughputWeeks: number, trials: number, shareBeyondHorizon: number, asOf: string, p50: { weeks: number, date: string } | null, p85: { weeks: number, date: string } | null, p95: { weeks: number, date: string } | null, milestones: Array<{ milestoneId: string, dueDate: string, remainingTasks: number, probability: number, milestone: { id: string, name: string } | null }> | null } | null } | null };

export type InsightFieldsFragment = { id: string, kind: InsightKind, scope: AnalysisScope, source: InsightSource, headline: string, summary: string, highlights: Array<string>, model: string | null, promptVersion: string, tokensIn: number, tokensOut: number, latencyMs: number, costEstimate: number | null, createdAt: string, risks: Array<{ title: string, category: InsightRiskCategory, severity: RiskSeverity, evidence: string, mitigation: string }>, recommendations: Array<{ action: string, rationale: string, priority: RecommendationPriority }>, citations: Array<{ kind: CitationKind, id: string }>, createdBy: { id: string, name: string } };

export type AnalysisRequestFieldsFragment = { id: string, scope: AnalysisScope, projectId: string | null, kinds: Array<InsightKind>, status: AnalysisStatus, attempts: number, maxAttempts: number, errorCode: AnalysisErrorCode | null, lastError: string | null, nextAttemptAt: string | null, tokensIn: number, tokensOut: number, createdAt: string, startedAt: string | null, finishedAt: string | null, requestedBy: { id: string } };

export type RequestAnalysisMutationVariables = Exact<{
  input: RequestAnalysisInput;
}>;


export type RequestAnalysisMutation = { requestAnalysis: { analysisRequest: { id: string, scope: AnalysisScope, projectId: string | null, kinds: Array<InsightKind>, status: AnalysisStatus, attempts: number, maxAttempts: number, errorCode: AnalysisErrorCode | null, lastError: string | null, nextAttemptAt: string | null, tokensIn: number, tokensOut: number, createdAt: string, startedAt: string | null, finishedAt: string | null, requestedBy: { id: string } } } };

export type CancelAnalysisRequestMutationVariables = Exact<{
  input: CancelAnalysisRequestInput;
}>;


export type CancelAnalysisRequestMutation = { cancelAnalysisRequest: { analysisRequest: { id: string, scope: AnalysisScope, projectId: string | null, kinds: Array<InsightKind>, status: AnalysisStatus, attempts: number, maxAttempts: number, errorCode: AnalysisErrorCode | null, lastError: string | null, nextAttemptAt: string | null, tokensIn: number, tokensOut: number, createdAt: string, startedAt: string | null, finishedAt: string | null, requestedBy: { id: string } } } };

export type AnalysisRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type AnalysisRequestQuery = { analysisRequest: { id: string, scope: AnalysisScope, projectId: string | null, kinds: Array<InsightKind>, status: AnalysisStatus, attempts: number, maxAttempts: number, errorCode: AnalysisErrorCode | null, lastError: string | null, nextAttemptAt: string | null, tokensIn: number, tokensOut: number, createdAt: string, startedAt: string | null, finishedAt: string | null, insights: Array<{ id: string, kind: InsightKind, scope: AnalysisScope, source: InsightSource, headline: string, summary: string, highlights: Array<string>, model: string | null, promptVersion: string, tokensIn: number, tokensOut: number, latencyMs: number, costEstimate: number | null, createdAt: string, risks: Array<{ title: string, category: InsightRiskCategory, severity: RiskSeverity, evidence: string, mitigation: string }>, recommendations: Array<{ action: string, rationale: string, priority: RecommendationPriority }>, citations: Array<{ kind: CitationKind, id: string }>, createdBy: { id: string, name: string } }>, requestedBy: { id: string } } | null };

export type ProjectAnalysesQueryVariables = Exact<{
  id: string | number;
  kind?: InsightKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectAnalysesQuery = { project: { id: string, latestSummary: { id: string, kind: InsightKind, scope: AnalysisScope, source: InsightSource, headline: string, summary: string, highlights: Array<string>, model: string | null, promptVersion: string, tokensIn: number, tokensOut: number, latencyMs: number, costEstimate: number | null, createdAt: string, risks: Array<{ title: string, category: InsightRiskCategory, severity: RiskSeverity, evidence: string, mitigation: string }>, recommendations: Array<{ action: string, rationale: string, priority: RecommendationPriority }>, citations: Array<{ kind: CitationKind, id: string }>, createdBy: { id: string, name: string } } | null, insights: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: InsightKind, scope: AnalysisScope, source: InsightSource, headline: string, summary: string, highlights: Array<string>, model: string | null, promptVersion: string, tokensIn: number, tokensOut: number, latencyMs: number, costEstimate: number | null, createdAt: string, risks: Array<{ title: string, category: InsightRiskCategory, severity: RiskSeverity, evidence: string, mitigation: string }>, recommendations: Array<{ action: string, rationale: string, priority: RecommendationPriority }>, citations: Array<{ kind: CitationKind, id: string }>, createdBy: { id: string, name: string } }> } } | null };

export type AiSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AiSettingsQuery = { aiSettings: { source: InsightSource, dailyTokenBudget: number, dailyTokenBudgetIsDefault: boolean, model: string, modelIsDefault: boolean, tokensUsedToday: number, resetsAt: string, version: number } };

export type UpdateAiSettingsMutationVariables = Exact<{
  input: UpdateAiSettingsInput;
}>;


export type UpdateAiSettingsMutation = { updateAiSettings: { dailyTokenBudget: number, dailyTokenBudgetIsDefault: boolean, model: string, modelIsDefault: boolean, tokensUsedToday: number, version: number } };

export type PortfolioAnalysisQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PortfolioAnalysisQuery = { portfolioAnalysis: { asOf: string, projectCount: number, onTrack: number, atRisk: number, offTrack: number, openRisks: Array<{ severity: RiskSeverity, count: number }>, projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ projectId: string, riskHealth: RiskHealth, worstSeverity: RiskSeverity | null, openRiskCount: number, progress: number, expectedProgress: number | null, blockedTaskCount: number, startDate: string | null, endDate: string | null, finishesAfterEndDate: boolean | null, project: { id: string, name: string } | null, openRisks: Array<{ id: string, rule: RiskRule, severity: RiskSeverity, title: string }>, forecast: { remainingTasks: number, p85: { date: string } | null } | null, latestSummary: { id: string, source: InsightSource, headline: string } | null }> } } };

export type BoardChangedSubscriptionVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
  acknowledge?: boolean;
}>;


export type BoardChangedSubscription = { boardChanged: { eventId: string, cursor: string, kind: BoardEventKind, occurredAt: string, projectId: string, taskId: string | null, fromStatus: TaskStatus | null, changedFields: Array<string>, position: { status: TaskStatus, rank: string, afterTaskId: string | null, beforeTaskId: string | null } | null, task: { id: string, title: string, status: TaskStatus, rank: string, version: number, timeLogged: number, assignee: { id: string, name: string } | null } | null, board: { version: number, columns: Array<{ status: TaskStatus, name: string, wipLimit: number | null, taskCount: number }> } | null, actor: { id: string, name: string } | null } };

export type TaskChangedSubscriptionVariables = Exact<{
  taskId: string | number;
  after?: string | null | undefined;
  acknowledge?: boolean;
}>;


export type TaskChangedSubscription = { taskChanged: { eventId: string, cursor: string, kind: TaskEventKind, occurredAt: string, taskId: string, changedFields: Array<string>, task: { id: string, title: string, status: TaskStatus, version: number, assignee: { id: string, name: string } | null } | null, actor: { id: string, name: string } | null } };

export type ProjectChangedSubscriptionVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
  acknowledge?: boolean;
}>;


export type ProjectChangedSubscription = { projectChanged: { eventId: string, cursor: string, kind: ProjectEventKind, occurredAt: string, projectId: string, progress: number | null, previousProgress: number | null, blockedTaskCount: number | null, health: ProjectHealth | null, previousHealth: ProjectHealth | null, changedFields: Array<string>, milestone: { id: string, name: string, status: MilestoneStatus } | null, project: { id: string, name: string, progress: number, health: ProjectHealth } | null, actor: { id: string, name: string } | null } };

export type RiskChangedSubscriptionVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
  acknowledge?: boolean;
}>;


export type RiskChangedSubscription = { riskChanged: { eventId: string, cursor: string, kind: RiskEventKind, occurredAt: string, projectId: string, riskId: string, severity: RiskSeverity, previousSeverity: RiskSeverity | null, status: RiskStatus, risk: { id: string, rule: RiskRule, title: string, detail: string, metric: number, threshold: number } | null } };

export type TimesheetEventFieldsFragment = { eventId: string, cursor: string, kind: TimesheetEventKind, occurredAt: string, timesheetId: string | null, weekStart: string | null, status: TimesheetStatus | null, previousStatus: TimesheetStatus | null, reason: string | null, user: { id: string, name: string } | null, actor: { id: string, name: string } | null, timesheet: { id: string, version: number, status: TimesheetStatus, locked: boolean, totalHours: number, rejectionReason: string | null } | null };

export type TimesheetChangedSubscriptionVariables = Exact<{
  userId: string | number;
  after?: string | null | undefined;
  acknowledge?: boolean;
}>;


export type TimesheetChangedSubscription = { timesheetChanged: { eventId: string, cursor: string, kind: TimesheetEventKind, occurredAt: string, timesheetId: string | null, weekStart: string | null, status: TimesheetStatus | null, previousStatus: TimesheetStatus | null, reason: string | null, user: { id: string, name: string } | null, actor: { id: string, name: string } | null, timesheet: { id: string, version: number, status: TimesheetStatus, locked: boolean, totalHours: number, rejectionReason: string | null } | null } };

export type TimesheetApprovalsChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  acknowledge?: boolean;
}>;


export type TimesheetApprovalsChangedSubscription = { timesheetApprovalsChanged: { eventId: string, cursor: string, kind: TimesheetEventKind, occurredAt: string, timesheetId: string | null, weekStart: string | null, status: TimesheetStatus | null, previousStatus: TimesheetStatus | null, reason: string | null, user: { id: string, name: string } | null, actor: { id: string, name: string } | null, timesheet: { id: string, version: number, status: TimesheetStatus, locked: boolean, totalHours: number, rejectionReason: string | null } | null } };

export type InsightGeneratedSubscriptionVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
  acknowledge?: boolean;
}>;


export type InsightGeneratedSubscription = { insightGenerated: { eventId: string, cursor: string, kind: InsightEventKind, occurredAt: string, projectId: string, insightId: string, insightKind: InsightKind | null, source: InsightSource | null, insight: { id: string, kind: InsightKind, source: InsightSource, headline: string } | null } };

export type PortfolioOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PortfolioOverviewQuery = { workspace: { id: string, name: string } | null, projects: { totalCount: number, nodes: Array<{ id: string, name: string, key: string, progress: number, blockedTaskCount: number, owner: { id: string, name: string, email: string } | null, workPackages: Array<{ name: string, kind: WorkPackageKind, status: WorkPackageStatus, riskLevel: RiskLevel, links: Array<{ relation: PackageRelation, element: { type: ArchitectureElementType, name: string } }> }>, effort: { totalHours: number, billableHours: number, entryCount: number }, risks: Array<{ rule: RiskRule, severity: RiskSeverity, detail: string }>, milestones: Array<{ name: string, status: MilestoneStatus }>, tasks: { nodes: Array<{ title: string, status: TaskStatus, timeLogged: number, assignee: { id: string, name: string, memberships: Array<{ role: WorkspaceRole }> } | null }> } }> } };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { project: { id: string, key: string, name: string, version: number } } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { task: { id: string, title: string, status: TaskStatus, completedAt: string | null, version: number } } };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { task: { id: string, status: TaskStatus, completedAt: string | null, version: number } } };

export type ProjectsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
}>;


export type ProjectsPageQuery = { projects: { totalCount: number, nodes: Array<{ id: string, name: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TaskByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskByIdQuery = { task: { id: string, title: string } | null };

export type ProjectDetailsFragment = { id: string, key: string, name: string, description: string | null, status: ProjectStatus, health: ProjectHealth, version: number, startDate: string | null, endDate: string | null, baselineStartDate: string | null, baselineEndDate: string | null, scheduleSlipDays: number | null, progress: number, archived: boolean, archivedAt: string | null, category: { id: string, name: string, color: string | null } | null, budget: { amount: string, currency: string } | null, team: { id: string } | null, owner: { id: string } | null };

export type ProjectCategoriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectCategoriesQuery = { projectCategories: { totalCount: number, nodes: Array<{ id: string, name: string, color: string | null, version: number, projectCount: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateProjectCategoryMutationVariables = Exact<{
  input: CreateProjectCategoryInput;
}>;


export type CreateProjectCategoryMutation = { createProjectCategory: { category: { id: string, name: string, color: string | null, version: number } } };

export type UpdateProjectCategoryMutationVariables = Exact<{
  input: UpdateProjectCategoryInput;
}>;


export type UpdateProjectCategoryMutation = { updateProjectCategory: { category: { id: string, name: string, color: string | null, version: number } } };

export type DeleteProjectCategoryMutationVariables = Exact<{
  input: DeleteProjectCategoryInput;
}>;


export type DeleteProjectCategoryMutation = { deleteProjectCategory: { deletedCategoryId: string } };

export type ProjectDetailsQueryVariables = Exact<{
  id: string | number;
  updates?: number | null | undefined;
}>;


export type ProjectDetailsQuery = { project: { id: string, key: string, name: string, description: string | null, status: ProjectStatus, health: ProjectHealth, version: number, startDate: string | null, endDate: string | null, baselineStartDate: string | null, baselineEndDate: string | null, scheduleSlipDays: number | null, progress: number, archived: boolean, archivedAt: string | null, statusUpdates: { totalCount: number, nodes: Array<{ id: string, health: ProjectHealth, text: string, createdAt: string, author: { id: string } }> }, category: { id: string, name: string, color: string | null } | null, budget: { amount: string, currency: string } | null, team: { id: string } | null, owner: { id: string } | null } | null };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { project: { id: string, key: string, name: string, description: string | null, status: ProjectStatus, health: ProjectHealth, version: number, startDate: string | null, endDate: string | null, baselineStartDate: string | null, baselineEndDate: string | null, scheduleSlipDays: number | null, progress: number, archived: boolean, archivedAt: string | null, category: { id: string, name: string, color: string | null } | null, budget: { amount: string, currency: string } | null, team: { id: string } | null, owner: { id: string } | null } } };

export type PostProjectStatusUpdateMutationVariables = Exact<{
  input: PostProjectStatusUpdateInput;
}>;


export type PostProjectStatusUpdateMutation = { postProjectStatusUpdate: { statusUpdate: { id: string, health: ProjectHealth, text: string, createdAt: string }, project: { id: string, health: ProjectHealth, version: number } } };

export type ArchiveProjectMutationVariables = Exact<{
  input: ProjectActionInput;
}>;


export type ArchiveProjectMutation = { archiveProject: { project: { id: string, archived: boolean, archivedAt: string | null, version: number } } };

export type RestoreProjectMutationVariables = Exact<{
  input: ProjectActionInput;
}>;


export type RestoreProjectMutation = { restoreProject: { project: { id: string, archived: boolean, version: number } } };

export type ExecutiveOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ExecutiveOverviewQuery = { portfolioOverview: { asOf: string, projectCount: number, activeProjectCount: number, completedProjectCount: number, overdueTaskCount: number, blockedTaskCount: number, projectsByStatus: Array<{ status: ProjectStatus, count: number }>, projectsByHealth: Array<{ health: ProjectHealth, count: number }>, progressByCategory: Array<{ projectCount: number, progress: number, category: { id: string, name: string, color: string | null } | null }>, milestonesAchieved: { count: number, milestones: Array<{ id: string, name: string, dueDate: string, project: { id: string, key: string, name: string } }> }, milestonesDue: { count: number, milestones: Array<{ id: string, name: string, dueDate: string, project: { id: string, key: string, name: string } }> }, projectsAtRisk: Array<{ health: ProjectHealth, overdueTaskCount: number, blockedTaskCount: number, scheduleSlipDays: number, project: { id: string, key: string, name: string } }> } };

export type TaskTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskTreeQuery = { task: { id: string, title: string, depth: number, descendantCount: number, openDescendantCount: number, labels: Array<string>, ancestors: Array<{ id: string, title: string }>, children: Array<{ id: string, title: string }>, descendants: Array<{ depth: number, task: { id: string, title: string, status: TaskStatus, parent: { id: string } | null } }> } | null };

export type MoveTaskInTreeMutationVariables = Exact<{
  id: string | number;
  parentId?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type MoveTaskInTreeMutation = { updateTask: { task: { id: string, version: number, depth: number, parent: { id: string } | null, ancestors: Array<{ id: string }> } } };

export type SetTaskLabelsAndSkillsMutationVariables = Exact<{
  id: string | number;
  labels?: Array<string> | string | null | undefined;
  requiredSkills?: Array<RequiredSkillInput> | RequiredSkillInput | null | undefined;
}>;


export type SetTaskLabelsAndSkillsMutation = { updateTask: { task: { id: string, version: number, labels: Array<string>, requiredSkills: Array<{ id: string }>, skillRequirements: Array<{ minLevel: SkillLevel | null, skill: { id: string, name: string } }> } } };

export type TasksByLabelQueryVariables = Exact<{
  labels: Array<string> | string;
  first?: number | null | undefined;
}>;


export type TasksByLabelQuery = { tasks: { totalCount: number, nodes: Array<{ id: string, title: string, labels: Array<string> }> } };

export type SuggestedAssigneesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type SuggestedAssigneesQuery = { task: { id: string, suggestedAssignees: Array<{ score: number, openTaskCount: number, openEstimateHours: number, user: { id: string, name: string }, matchingSkills: Array<{ id: string, name: string }> }> } | null };

export type TimelineBarFieldsFragment = { id: string, kind: TimelineBarKind, title: string, plannedStart: string | null, plannedEnd: string | null, baselineStart: string | null, baselineEnd: string | null, durationDays: number, done: boolean, earliestStart: string, earliestFinish: string, latestStart: string, latestFinish: string, totalSlackDays: number, critical: boolean, startDriftDays: number | null, endDriftDays: number | null, task: { id: string, status: TaskStatus } | null, milestone: { id: string, status: MilestoneStatus } | null };

export type TimelineFieldsFragment = { projectId: string, plannedStart: string | null, plannedEnd: string | null, baselineStart: string | null, baselineEnd: string | null, start: string | null, end: string | null, criticalPaths: Array<Array<string>>, criticalPathsTruncated: boolean, bars: Array<{ id: string, kind: TimelineBarKind, title: string, plannedStart: string | null, plannedEnd: string | null, baselineStart: string | null, baselineEnd: string | null, durationDays: number, done: boolean, earliestStart: string, earliestFinish: string, latestStart: string, latestFinish: string, totalSlackDays: number, critical: boolean, startDriftDays: number | null, endDriftDays: number | null, task: { id: string, status: TaskStatus } | null, milestone: { id: string, status: MilestoneStatus } | null }>, dependencies: Array<{ id: string, predecessorId: string, successorId: string, type: DependencyType, lagDays: number }> };

export type TaskDependencyFieldsFragment = { id: string, type: DependencyType, lagDays: number, predecessor: { id: string, title: string }, successor: { id: string, title: string } };

export type TimelineQueryVariables = Exact<{
  projectId: string | number;
}>;


export type TimelineQuery = { timeline: { projectId: string, plannedStart: string | null, plannedEnd: string | null, baselineStart: string | null, baselineEnd: string | null, start: string | null, end: string | null, criticalPaths: Array<Array<string>>, criticalPathsTruncated: boolean, bars: Array<{ id: string, kind: TimelineBarKind, title: string, plannedStart: string | null, plannedEnd: string | null, baselineStart: string | null, baselineEnd: string | null, durationDays: number, done: boolean, earliestStart: string, earliestFinish: string, latestStart: string, latestFinish: string, totalSlackDays: number, critical: boolean, startDriftDays: number | null, endDriftDays: number | null, task: { id: string, status: TaskStatus } | null, milestone: { id: string, status: MilestoneStatus } | null }>, dependencies: Array<{ id: string, predecessorId: string, successorId: string, type: DependencyType, lagDays: number }> } | null };

export type TaskDependenciesQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskDependenciesQuery = { task: { id: string, dependencies: { predecessors: Array<{ id: string, type: DependencyType, lagDays: number, predecessor: { id: string, title: string }, successor: { id: string, title: string } }>, successors: Array<{ id: string, type: DependencyType, lagDays: number, predecessor: { id: string, title: string }, successor: { id: string, title: string } }> } } | null };

export type AddTaskDependencyMutationVariables = Exact<{
  input: AddTaskDependencyInput;
}>;


export type AddTaskDependencyMutation = { addTaskDependency: { dependency: { id: string, type: DependencyType, lagDays: number, predecessor: { id: string, title: string }, successor: { id: string, title: string } } } };

export type RemoveTaskDependencyMutationVariables = Exact<{
  input: RemoveTaskDependencyInput;
}>;


export type RemoveTaskDependencyMutation = { removeTaskDependency: { removedDependencyId: string } };

export type SetProjectBaselineMutationVariables = Exact<{
  input: SetProjectBaselineInput;
}>;


export type SetProjectBaselineMutation = { setProjectBaseline: { timeline: { projectId: string, plannedStart: string | null, plannedEnd: string | null, baselineStart: string | null, baselineEnd: string | null, start: string | null, end: string | null, criticalPaths: Array<Array<string>>, criticalPathsTruncated: boolean, bars: Array<{ id: string, kind: TimelineBarKind, title: string, plannedStart: string | null, plannedEnd: string | null, baselineStart: string | null, baselineEnd: string | null, durationDays: number, done: boolean, earliestStart: string, earliestFinish: string, latestStart: string, latestFinish: string, totalSlackDays: number, critical: boolean, startDriftDays: number | null, endDriftDays: number | null, task: { id: string, status: TaskStatus } | null, milestone: { id: string, status: MilestoneStatus } | null }>, dependencies: Array<{ id: string, predecessorId: string, successorId: string, type: DependencyType, lagDays: number }> } } };

export type MilestoneWithTasksFragment = { id: string, name: string, dueDate: string, status: MilestoneStatus, achievedAt: string | null, version: number, tasks: Array<{ id: string, title: string, status: TaskStatus }> };

export type LinkMilestoneTasksMutationVariables = Exact<{
  input: MilestoneTasksInput;
}>;


export type LinkMilestoneTasksMutation = { linkMilestoneTasks: { milestone: { id: string, name: string, dueDate: string, status: MilestoneStatus, achievedAt: string | null, version: number, tasks: Array<{ id: string, title: string, status: TaskStatus }> } } };

export type UnlinkMilestoneTasksMutationVariables = Exact<{
  input: MilestoneTasksInput;
}>;


export type UnlinkMilestoneTasksMutation = { unlinkMilestoneTasks: { milestone: { id: string, name: string, dueDate: string, status: MilestoneStatus, achievedAt: string | null, version: number, tasks: Array<{ id: string, title: string, status: TaskStatus }> } } };

export type LogTimeMutationVariables = Exact<{
  input: LogTimeInput;
}>;


export type LogTimeMutation = { logTime: { timeEntry: { id: string, hours: number, date: string } } };

export type UpdateTimeEntryMutationVariables = Exact<{
  input: UpdateTimeEntryInput;
}>;


export type UpdateTimeEntryMutation = { updateTimeEntry: { timeEntry: { id: string, hours: number, date: string, version: number } } };

export type DeleteTimeEntryMutationVariables = Exact<{
  input: DeleteTimeEntryInput;
}>;


export type DeleteTimeEntryMutation = { deleteTimeEntry: { deletedTimeEntryId: string } };

export type WeeklyTimesheetFieldsFragment = { id: string, version: number, weekStart: string, weekEnd: string, isoWeek: string, status: TimesheetStatus, locked: boolean, totalHours: number, billableHours: number, entryCount: number, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, days: Array<{ date: string, hours: number, billableHours: number }>, decidedBy: { id: string, name: string } | null, user: { id: string, name: string }, history: Array<{ from: TimesheetStatus, to: TimesheetStatus, reason: string | null, createdAt: string, actor: { id: string, name: string } }> };

export type WeeklyTimesheetQueryVariables = Exact<{
  week?: string | null | undefined;
  userId?: string | number | null | undefined;
}>;


export type WeeklyTimesheetQuery = { weeklyTimesheet: { id: string, version: number, weekStart: string, weekEnd: string, isoWeek: string, status: TimesheetStatus, locked: boolean, totalHours: number, billableHours: number, entryCount: number, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, days: Array<{ date: string, hours: number, billableHours: number }>, decidedBy: { id: string, name: string } | null, user: { id: string, name: string }, history: Array<{ from: TimesheetStatus, to: TimesheetStatus, reason: string | null, createdAt: string, actor: { id: string, name: string } }> } };

export type WeeklyTimesheetsQueryVariables = Exact<{
  filter?: WeeklyTimesheetFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WeeklyTimesheetsQuery = { weeklyTimesheets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, weekStart: string, weekEnd: string, isoWeek: string, status: TimesheetStatus, locked: boolean, totalHours: number, billableHours: number, entryCount: number, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, days: Array<{ date: string, hours: number, billableHours: number }>, decidedBy: { id: string, name: string } | null, user: { id: string, name: string }, history: Array<{ from: TimesheetStatus, to: TimesheetStatus, reason: string | null, createdAt: string, actor: { id: string, name: string } }> }> } };

export type TimesheetsAwaitingApprovalQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimesheetsAwaitingApprovalQuery = { timesheetsAwaitingApproval: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, weekStart: string, isoWeek: string, status: TimesheetStatus, totalHours: number, submittedAt: string | null, user: { id: string, name: string } }> } };

export type SubmitTimesheetMutationVariables = Exact<{
  input: SubmitTimesheetInput;
}>;


export type SubmitTimesheetMutation = { submitTimesheet: { timesheet: { id: string, version: number, weekStart: string, weekEnd: string, isoWeek: string, status: TimesheetStatus, locked: boolean, totalHours: number, billableHours: number, entryCount: number, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, days: Array<{ date: string, hours: number, billableHours: number }>, decidedBy: { id: string, name: string } | null, user: { id: string, name: string }, history: Array<{ from: TimesheetStatus, to: TimesheetStatus, reason: string | null, createdAt: string, actor: { id: string, name: string } }> } } };

export type ApproveTimesheetMutationVariables = Exact<{
  input: ApproveTimesheetInput;
}>;


export type ApproveTimesheetMutation = { approveTimesheet: { timesheet: { id: string, version: number, weekStart: string, weekEnd: string, isoWeek: string, status: TimesheetStatus, locked: boolean, totalHours: number, billableHours: number, entryCount: number, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, days: Array<{ date: string, hours: number, billableHours: number }>, decidedBy: { id: string, name: string } | null, user: { id: string, name: string }, history: Array<{ from: TimesheetStatus, to: TimesheetStatus, reason: string | null, createdAt: string, actor: { id: string, name: string } }> } } };

export type RejectTimesheetMutationVariables = Exact<{
  input: RejectTimesheetInput;
}>;


export type RejectTimesheetMutation = { rejectTimesheet: { timesheet: { id: string, version: number, weekStart: string, weekEnd: string, isoWeek: string, status: TimesheetStatus, locked: boolean, totalHours: number, billableHours: number, entryCount: number, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, days: Array<{ date: string, hours: number, billableHours: number }>, decidedBy: { id: string, name: string } | null, user: { id: string, name: string }, history: Array<{ from: TimesheetStatus, to: TimesheetStatus, reason: string | null, createdAt: string, actor: { id: string, name: string } }> } } };

export type ReopenTimesheetMutationVariables = Exact<{
  input: ReopenTimesheetInput;
}>;


export type ReopenTimesheetMutation = { reopenTimesheet: { timesheet: { id: string, version: number, weekStart: string, weekEnd: string, isoWeek: string, status: TimesheetStatus, locked: boolean, totalHours: number, billableHours: number, entryCount: number, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, days: Array<{ date: string, hours: number, billableHours: number }>, decidedBy: { id: string, name: string } | null, user: { id: string, name: string }, history: Array<{ from: TimesheetStatus, to: TimesheetStatus, reason: string | null, createdAt: string, actor: { id: string, name: string } }> } } };

export type UtilizationNumbersFragment = { loggedHours: number, billableHours: number, capacityHours: number, utilization: number | null, billableUtilization: number | null, people: number };

export type UtilizationQueryVariables = Exact<{
  groupBy: UtilizationGroupBy;
  period: PeriodInput;
  filter?: UtilizationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UtilizationQuery = { utilization: { from: string, to: string, groupBy: UtilizationGroupBy, total: { loggedHours: number, billableHours: number, capacityHours: number, utilization: number | null, billableUtilization: number | null, people: number }, rows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, weekStart: string | null, loggedHours: number, billableHours: number, capacityHours: number, utilization: number | null, billableUtilization: number | null, people: number, user: { id: string, name: string } | null, team: { id: string, name: string } | null, project: { id: string, name: string } | null }> } } };

export type PersonProductivityFieldsFragment = { score: number, completedTasks: number, onTimeTasks: number, expectedTasks: number, loggedHours: number, capacityHours: number, from: string, to: string, user: { id: string, name: string }, components: { tasksCompleted: number, onTimeRate: number, utilizationRate: number } };

export type MyProductivityQueryVariables = Exact<{
  period: PeriodInput;
}>;


export type MyProductivityQuery = { myProductivity: { score: number, completedTasks: number, onTimeTasks: number, expectedTasks: number, loggedHours: number, capacityHours: number, from: string, to: string, user: { id: string, name: string }, components: { tasksCompleted: number, onTimeRate: number, utilizationRate: number } } };

export type TeamProductivityQueryVariables = Exact<{
  teamId: string | number;
  period: PeriodInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TeamProductivityQuery = { teamProductivity: { from: string, to: string, expectedTasks: number, averageScore: number | null, team: { id: string, name: string }, members: { totalCount: number, nodes: Array<{ score: number, completedTasks: number, onTimeTasks: number, expectedTasks: number, loggedHours: number, capacityHours: number, from: string, to: string, user: { id: string, name: string }, components: { tasksCompleted: number, onTimeRate: number, utilizationRate: number } }> } } };

export type TimeSettingsFieldsFragment = { hoursPerWeek: number, workingDays: Array<Weekday>, timeZone: string, version: number };

export type TimeSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeSettingsQuery = { timeSettings: { hoursPerWeek: number, workingDays: Array<Weekday>, timeZone: string, version: number } };

export type UpdateTimeSettingsMutationVariables = Exact<{
  input: UpdateTimeSettingsInput;
}>;


export type UpdateTimeSettingsMutation = { updateTimeSettings: { timeSettings: { hoursPerWeek: number, workingDays: Array<Weekday>, timeZone: string, version: number } } };

export type AddCapacityOverrideMutationVariables = Exact<{
  input: AddCapacityOverrideInput;
}>;


export type AddCapacityOverrideMutation = { addCapacityOverride: { capacityOverride: { id: string, from: string, to: string | null, hoursPerWeek: number, workingDays: Array<Weekday>, user: { id: string } } } };

export type DeleteCapacityOverrideMutationVariables = Exact<{
  input: DeleteCapacityOverrideInput;
}>;


export type DeleteCapacityOverrideMutation = { deleteCapacityOverride: { deletedId: string } };

export type AddNonWorkingDayMutationVariables = Exact<{
  input: AddNonWorkingDayInput;
}>;


export type AddNonWorkingDayMutation = { addNonWorkingDay: { nonWorkingDay: { id: string, date: string, name: string, user: { id: string } | null } } };

export type DeleteNonWorkingDayMutationVariables = Exact<{
  input: DeleteNonWorkingDayInput;
}>;


export type DeleteNonWorkingDayMutation = { deleteNonWorkingDay: { deletedId: string } };

export type NonWorkingDaysQueryVariables = Exact<{
  filter?: NonWorkingDayFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NonWorkingDaysQuery = { nonWorkingDays: { totalCount: number, nodes: Array<{ id: string, date: string, name: string, user: { id: string } | null }> } };

export type StartTimerMutationVariables = Exact<{
  input: StartTimerInput;
}>;


export type StartTimerMutation = { startTimer: { runningTimer: { startedAt: string, note: string | null, billable: boolean, elapsedHours: number, task: { id: string, title: string } } } };

export type StopTimerMutationVariables = Exact<{
  input?: StopTimerInput | null | undefined;
}>;


export type StopTimerMutation = { stopTimer: { timeEntry: { id: string, date: string, hours: number, note: string | null, billable: boolean, task: { id: string } | null } } };

export type DiscardTimerMutationVariables = Exact<{ [key: string]: never; }>;


export type DiscardTimerMutation = { discardTimer: { discarded: boolean } };

export type RunningTimerQueryVariables = Exact<{
  userId: string | number;
}>;


export type RunningTimerQuery = { user: { id: string, runningTimer: { startedAt: string, elapsedHours: number, note: string | null, task: { id: string, title: string } } | null } | null };

export type TimeCategoriesQueryVariables = Exact<{
  filter?: TimeCategoryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimeCategoriesQuery = { timeCategories: { totalCount: number, nodes: Array<{ id: string, name: string, billable: boolean, archived: boolean, version: number }> } };

export type CreateTimeCategoryMutationVariables = Exact<{
  input: CreateTimeCategoryInput;
}>;


export type CreateTimeCategoryMutation = { createTimeCategory: { timeCategory: { id: string, name: string, billable: boolean, archived: boolean, version: number } } };

export type UpdateTimeCategoryMutationVariables = Exact<{
  input: UpdateTimeCategoryInput;
}>;


export type UpdateTimeCategoryMutation = { updateTimeCategory: { timeCategory: { id: string, name: string, billable: boolean, archived: boolean, version: number } } };

export type TimeEntriesQueryVariables = Exact<{
  filter?: TimeEntryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimeEntriesQuery = { timeEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, date: string, hours: number, note: string | null, billable: boolean, version: number, user: { id: string, name: string }, task: { id: string, title: string } | null, project: { id: string, name: string } | null, category: { id: string, name: string } | null }> } };

export type TimesheetCsvQueryVariables = Exact<{
  week?: string | null | undefined;
  userId?: string | number | null | undefined;
}>;


export type TimesheetCsvQuery = { timesheetCsv: { filename: string, contentType: string, rowCount: number, content: string } };

export type UtilizationCsvQueryVariables = Exact<{
  groupBy: UtilizationGroupBy;
  period: PeriodInput;
  filter?: UtilizationFilter | null | undefined;
}>;


export type UtilizationCsvQuery = { utilization: { csv: { filename: string, contentType: string, rowCount: number, content: string } } };

export type NonWorkingDayFieldsFragment = { id: string, date: string, name: string, user: { id: string } | null };

export type TimeCategoryFieldsFragment = { id: string, name: string, billable: boolean, archived: boolean, version: number };

export type CreateWorkPackageMutationVariables = Exact<{
  input: CreateWorkPackageInput;
}>;


export type CreateWorkPackageMutation = { createWorkPackage: { workPackage: { id: string, name: string } } };

export type CreateArchitectureElementMutationVariables = Exact<{
  input: CreateArchitectureElementInput;
}>;


export type CreateArchitectureElementMutation = { createArchitectureElement: { element: { id: string, name: string, type: ArchitectureElementType } } };

export type LinkWorkPackageMutationVariables = Exact<{
  input: LinkWorkPackageInput;
}>;


export type LinkWorkPackageMutation = { linkWorkPackage: { link: { id: string, relation: PackageRelation } } };

export type CreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { workspace: { id: string, name: string, slug: string }, membership: { role: WorkspaceRole } } };

export type AddWorkspaceMemberMutationVariables = Exact<{
  input: AddWorkspaceMemberInput;
}>;


export type AddWorkspaceMemberMutation = { addWorkspaceMember: { membership: { id: string, role: WorkspaceRole, user: { id: string, name: string } } } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { invitation: { id: string, email: string, role: WorkspaceRole, status: InvitationStatus, expiresAt: string } } };

export type InvitationsQueryVariables = Exact<{
  filter?: InvitationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvitationsQuery = { invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, email: string, role: WorkspaceRole, status: InvitationStatus, createdAt: string, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, invitedBy: { id: string, name: string } }> } };

export type RevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { invitation: { id: string, status: InvitationStatus, revokedAt: string | null } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { membership: { id: string, role: WorkspaceRole }, workspace: { id: string, name: string, slug: string } } };

export type LeaveWorkspaceMutationVariables = Exact<{ [key: string]: never; }>;


export type LeaveWorkspaceMutation = { leaveWorkspace: { workspaceId: string, removedMembershipId: string } };

export type TransferOwnershipMutationVariables = Exact<{
  input: TransferOwnershipInput;
}>;


export type TransferOwnershipMutation = { transferOwnership: { previousOwner: { id: string, role: WorkspaceRole }, newOwner: { id: string, role: WorkspaceRole, user: { id: string, name: string } } } };

export type DeleteWorkspaceMutationVariables = Exact<{
  input: DeleteWorkspaceInput;
}>;


export type DeleteWorkspaceMutation = { deleteWorkspace: { deletedWorkspaceId: string, deletedAt: string } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, kind: AuditKind, action: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, ip: string | null, userAgent: string | null, requestId: string | null, actor: { id: string, name: string } | null }> } };

export const AuthTokensFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthTokensFragment, unknown>;
export const CommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const ActivityEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivityEntryFieldsFragment, unknown>;
export const InsightFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Insight"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokensOut"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"costEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InsightFieldsFragment, unknown>;
export const AnalysisRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokensOut"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalysisRequestFieldsFragment, unknown>;
export const TimesheetEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimesheetEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimesheetEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timesheetId"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<TimesheetEventFieldsFragment, unknown>;
export const ProjectDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleSlipDays"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProjectDetailsFragment, unknown>;
export const TimelineBarFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineBarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineBar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"earliestStart"}},{"kind":"Field","name":{"kind":"Name","value":"earliestFinish"}},{"kind":"Field","name":{"kind":"Name","value":"latestStart"}},{"kind":"Field","name":{"kind":"Name","value":"latestFinish"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackDays"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"startDriftDays"}},{"kind":"Field","name":{"kind":"Name","value":"endDriftDays"}}]}}]} as unknown as DocumentNode<TimelineBarFieldsFragment, unknown>;
export const TimelineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Timeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineBarFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lagDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticalPaths"}},{"kind":"Field","name":{"kind":"Name","value":"criticalPathsTruncated"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineBarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineBar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"earliestStart"}},{"kind":"Field","name":{"kind":"Name","value":"earliestFinish"}},{"kind":"Field","name":{"kind":"Name","value":"latestStart"}},{"kind":"Field","name":{"kind":"Name","value":"latestFinish"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackDays"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"startDriftDays"}},{"kind":"Field","name":{"kind":"Name","value":"endDriftDays"}}]}}]} as unknown as DocumentNode<TimelineFieldsFragment, unknown>;
export const TaskDependencyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskDependencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskDependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lagDays"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TaskDependencyFieldsFragment, unknown>;
export const MilestoneWithTasksFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneWithTasks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MilestoneWithTasksFragment, unknown>;
export const WeeklyTimesheetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyTimesheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeeklyTimesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WeeklyTimesheetFieldsFragment, unknown>;
export const UtilizationNumbersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UtilizationNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"billableUtilization"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]} as unknown as DocumentNode<UtilizationNumbersFragment, unknown>;
export const PersonProductivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProductivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonProductivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"utilizationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeTasks"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"loggedHours"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]} as unknown as DocumentNode<PersonProductivityFieldsFragment, unknown>;
export const TimeSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeSettingsFieldsFragment, unknown>;
export const NonWorkingDayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NonWorkingDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonWorkingDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NonWorkingDayFieldsFragment, unknown>;
export const TimeCategoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeCategoryFieldsFragment, unknown>;
export const RefreshAccessTokenDocument = {"__meta__":{"hash":"sha256:2e48d7297a4f7fe198671a235de214b9243d04da5d20873d170de2f8a867ae62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RefreshAccessTokenMutation, RefreshAccessTokenMutationVariables>;
export const LoginWithMfaDocument = {"__meta__":{"hash":"sha256:949497851d919862c1b5b4746613b3b7a25d40eda3bf5defc958464b5d1d687c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"mfaChallenge"}},{"kind":"Field","name":{"kind":"Name","value":"mfaChallengeExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginWithMfaMutation, LoginWithMfaMutationVariables>;
export const CompleteMfaLoginDocument = {"__meta__":{"hash":"sha256:0627bf20a2499c496413e536cf44226691270fb3e7ee4533d71da478fb6ff8c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMfaLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMfaLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMfaLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteMfaLoginMutation, CompleteMfaLoginMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:65f9a217a94b2d2e75fd0668a96c313d1443547544945e5b4bd3efebfc24b126"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RevokeSessionDocument = {"__meta__":{"hash":"sha256:cac0636c8c290f9004fee842679a7332854555ea6ef06f4789f422998ecfb936"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RevokeAllSessionsDocument = {"__meta__":{"hash":"sha256:f32e391ea6998eb4feea968c70cfbfa00e345b05ecbdb375cabbb1ba01945a82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAllSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeAllSessionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAllSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}}]}}]}}]} as unknown as DocumentNode<RevokeAllSessionsMutation, RevokeAllSessionsMutationVariables>;
export const MySessionsDocument = {"__meta__":{"hash":"sha256:cec01b4f5cfe43c8d5ae31a770d75f99e7f74f3cd9952e922be5e7a37716e9e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const MySecurityEventsDocument = {"__meta__":{"hash":"sha256:a8514b215a121c6f696f598adf64c344e4f48dea90ed892f795dcc7e7a1cd361"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySecurityEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySecurityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<MySecurityEventsQuery, MySecurityEventsQueryVariables>;
export const EnrollMfaDocument = {"__meta__":{"hash":"sha256:cc51c1803e0a10a02c17a4775da08d39255d277e96fc10c44cede88f7538e46a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollMfa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollMfa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode<EnrollMfaMutation, EnrollMfaMutationVariables>;
export const ConfirmMfaDocument = {"__meta__":{"hash":"sha256:dce92f485e1a50a1d8ca651c2fe53fbd59c4f5009dee3deb2eae08421cdf248d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmMfaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmMfaMutation, ConfirmMfaMutationVariables>;
export const DisableMfaDocument = {"__meta__":{"hash":"sha256:c709c4f56197ce047f97505ccc0316a5a6883fd2b68c8de2e327e8e7e724700d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableMfaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<DisableMfaMutation, DisableMfaMutationVariables>;
export const RegenerateRecoveryCodesDocument = {"__meta__":{"hash":"sha256:4f3c364b49a304d1cdd09ddb755a5caa67d2c73cd24eb0b4f3f07bbb685b3c9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegenerateRecoveryCodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}}]}}]}}]} as unknown as DocumentNode<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const SignUpDocument = {"__meta__":{"hash":"sha256:c0e9f829823933db0200381116ee0967cadb0cdcec98d5626ddc9a2d3470a47a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:3e6fbf03a3e3928401f62272152b9bbc57d1013680563646035f19f3392fe8c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SwitchWorkspaceDocument = {"__meta__":{"hash":"sha256:18f1f755a8d191b1866475d9d57dba4c0fa0cb511b33af6f159d88dbb44a1eb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SwitchWorkspaceMutation, SwitchWorkspaceMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:8a7e33570f01f364cf0e7ee5cd86ddd01c8a3f8e7e493f1ca64717d3130ab8ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const BoardDocument = {"__meta__":{"hash":"sha256:484f080f39afbb17b3808bc59bc92e941de7b3cb74f35163f76edd319ee3bc69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeLogged"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const MoveTaskDocument = {"__meta__":{"hash":"sha256:a105d6231ce6cf7bb2d634c96fe07750e506e8cd6ab58eee091265d34699c3c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<MoveTaskMutation, MoveTaskMutationVariables>;
export const UpdateWorkflowDocument = {"__meta__":{"hash":"sha256:30d48560a9ef41f67bb3e9ffb3e7c2b86c5ba29378b7e7afef2c465a7290ce7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWorkflowMutation, UpdateWorkflowMutationVariables>;
export const AddCommentDocument = {"__meta__":{"hash":"sha256:b4ff87bff4d9a866a9f01e72e57e4ccca9c79336f2a14d5186fcbec6aef31e9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const EditCommentDocument = {"__meta__":{"hash":"sha256:6b9ce383d0c23d27252f6b12d4c8bfa9b207d51c56e961126cd47756ab1450e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = {"__meta__":{"hash":"sha256:d9a224675dc13c1875d2b584a6e550706ee7a48bed06df59c0f876e705c44525"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCommentId"}}]}}]}}]} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const TaskCommentsDocument = {"__meta__":{"hash":"sha256:792b54ed202b0be5e700ede99ab0568d6cb2b6fb1a11799ff6b62fb047203e12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskCommentsQuery, TaskCommentsQueryVariables>;
export const TaskActivityDocument = {"__meta__":{"hash":"sha256:a291d18c78d125e48115b52f097834431030ba0d8281e340253956945f0e6ade"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActivityQuery, TaskActivityQueryVariables>;
export const ProjectActivityDocument = {"__meta__":{"hash":"sha256:7bbbb5a6ca890e79cbfbb6259670310aa5b8de5b3a2c1b32f8308bd98988f710"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProjectActivityQuery, ProjectActivityQueryVariables>;
export const ProjectInsightsDocument = {"__meta__":{"hash":"sha256:43e873e4794bbffa3c7276ed1ba783e38defd43063516082fd0f0628c362175b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeResolved"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeResolved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeResolved"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamOverloadEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"loggedHours"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHours"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecliningVelocityEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyCompletions"}},{"kind":"Field","name":{"kind":"Name","value":"previousTasks"}},{"kind":"Field","name":{"kind":"Name","value":"recentTasks"}},{"kind":"Field","name":{"kind":"Name","value":"remainingTasks"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeConcentrationEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedHours"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"remainingTasks"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"velocity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"completedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"completedEstimateHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingTasks"}},{"kind":"Field","name":{"kind":"Name","value":"throughputWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"trials"}},{"kind":"Field","name":{"kind":"Name","value":"shareBeyondHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"p50"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p85"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"remainingTasks"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectInsightsQuery, ProjectInsightsQueryVariables>;
export const RequestAnalysisDocument = {"__meta__":{"hash":"sha256:d8a0e6e0cbd0acb13b04f6b4c87dd068563477ce7739e82cb485b88511ce4e3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAnalysisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analysisRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokensOut"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestAnalysisMutation, RequestAnalysisMutationVariables>;
export const CancelAnalysisRequestDocument = {"__meta__":{"hash":"sha256:87ded44a4ab905da191a06d7de3c8b291e67b01c710d0bac3aad616810e66615"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAnalysisRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAnalysisRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAnalysisRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analysisRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokensOut"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CancelAnalysisRequestMutation, CancelAnalysisRequestMutationVariables>;
export const AnalysisRequestDocument = {"__meta__":{"hash":"sha256:197891a3324291201a1210f6cb44ef14d6ea79250b94d57da8a666cecba5f7a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalysisRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analysisRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokensOut"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Insight"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokensOut"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"costEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AnalysisRequestQuery, AnalysisRequestQueryVariables>;
export const ProjectAnalysesDocument = {"__meta__":{"hash":"sha256:7ca8e23958635dac00ced5300793f5f245098659804ea256b64c3257bfc61b84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectAnalyses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latestSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Insight"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokensOut"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"costEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProjectAnalysesQuery, ProjectAnalysesQueryVariables>;
export const AiSettingsDocument = {"__meta__":{"hash":"sha256:e2b232a2529b16b66daa046a1f7c44dee905a764f14f33a8240b9b4bac0c5c8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AiSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dailyTokenBudget"}},{"kind":"Field","name":{"kind":"Name","value":"dailyTokenBudgetIsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"modelIsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsedToday"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AiSettingsQuery, AiSettingsQueryVariables>;
export const UpdateAiSettingsDocument = {"__meta__":{"hash":"sha256:e5ef462e8a6ea1aa71c594ce347732ae8fa6ad9bd0bb202dc017a9756ad8e8cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAiSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAiSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAiSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyTokenBudget"}},{"kind":"Field","name":{"kind":"Name","value":"dailyTokenBudgetIsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"modelIsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsedToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateAiSettingsMutation, UpdateAiSettingsMutationVariables>;
export const PortfolioAnalysisDocument = {"__meta__":{"hash":"sha256:6c39196b5e12910f6ff646e7a5bd14c65353953546dfc9859c0a0eaca4a83b18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioAnalysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskHealth"}},{"kind":"Field","name":{"kind":"Name","value":"worstSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"openRiskCount"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"blockedTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"openRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingTasks"}},{"kind":"Field","name":{"kind":"Name","value":"p85"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finishesAfterEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"latestSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioAnalysisQuery, PortfolioAnalysisQueryVariables>;
export const BoardChangedDocument = {"__meta__":{"hash":"sha256:5e9d6025f2122564e57b4a0a62dc2472797aa4c4fd437a4115c9ecae4dea42a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"afterTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"beforeTaskId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeLogged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BoardChangedSubscription, BoardChangedSubscriptionVariables>;
export const TaskChangedDocument = {"__meta__":{"hash":"sha256:27a1412de4944eaea8f9e511b685373eced314969947bc3674ea293612917857"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TaskChangedSubscription, TaskChangedSubscriptionVariables>;
export const ProjectChangedDocument = {"__meta__":{"hash":"sha256:e8ec0fb1227284ee01458c2cf46cc54d16b3f9b99874301910ca5fad3d25fcb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProjectChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"previousProgress"}},{"kind":"Field","name":{"kind":"Name","value":"blockedTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"previousHealth"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"health"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectChangedSubscription, ProjectChangedSubscriptionVariables>;
export const RiskChangedDocument = {"__meta__":{"hash":"sha256:b9cd4fdf28665ef50da7f69c2e0c7967265664268af3584aa94da07c5db51ca1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RiskChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"riskId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"previousSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]} as unknown as DocumentNode<RiskChangedSubscription, RiskChangedSubscriptionVariables>;
export const TimesheetChangedDocument = {"__meta__":{"hash":"sha256:40f549753d52fcfef3e94b5fc080ae2d1baf7b77946363ee477dac56360c5ac4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TimesheetChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timesheetChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimesheetEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimesheetEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimesheetEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timesheetId"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<TimesheetChangedSubscription, TimesheetChangedSubscriptionVariables>;
export const TimesheetApprovalsChangedDocument = {"__meta__":{"hash":"sha256:9a29663aea610b5558b1415474b19ae19fff04d0b46d76678b0eb261f75e3740"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TimesheetApprovalsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timesheetApprovalsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimesheetEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimesheetEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimesheetEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timesheetId"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<TimesheetApprovalsChangedSubscription, TimesheetApprovalsChangedSubscriptionVariables>;
export const InsightGeneratedDocument = {"__meta__":{"hash":"sha256:1a98ad0663f254da53f2fd1c1418598303e403f9b03756353b9fd19325ee4b39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InsightGenerated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insightGenerated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"insightId"}},{"kind":"Field","name":{"kind":"Name","value":"insightKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"insight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}}]}}]}}]}}]} as unknown as DocumentNode<InsightGeneratedSubscription, InsightGeneratedSubscriptionVariables>;
export const PortfolioOverviewDocument = {"__meta__":{"hash":"sha256:9b41d4d6167e5e05d817fbecf67de1fb3d6241108e0bd0751787fc0e536b604f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"blockedTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeLogged"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioOverviewQuery, PortfolioOverviewQueryVariables>;
export const CreateProjectDocument = {"__meta__":{"hash":"sha256:d40a5990e8c5b40eb768c439246ade5a35c4c62ecda5d17e7b86a089270c8968"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const CreateTaskDocument = {"__meta__":{"hash":"sha256:8d5116e54441509c334c9e54cee136c07ae4de99afdb0ffd6060703ce1394f22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = {"__meta__":{"hash":"sha256:deb1fca5b1296b5bb3930d16224a2fae90a6693dc38f679aebbf9bc870e89f34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const ProjectsPageDocument = {"__meta__":{"hash":"sha256:3759c3893495c5254651f9c81c57b419558dd17930e62a99c373dce199a6a027"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsPageQuery, ProjectsPageQueryVariables>;
export const TaskByIdDocument = {"__meta__":{"hash":"sha256:b4789c28147f59a7d94fcf0253c1ef2666287e1455acc2733ebc6b9c7fe3aff8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TaskByIdQuery, TaskByIdQueryVariables>;
export const ProjectCategoriesDocument = {"__meta__":{"hash":"sha256:3999e091c4611ef0da16411f7775ec599e222373a2e9a85613342ebef4d975d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectCategoriesQuery, ProjectCategoriesQueryVariables>;
export const CreateProjectCategoryDocument = {"__meta__":{"hash":"sha256:809236424799e28f53b700822c8c096015e4bf8bf7f8890b6f822b6449c4f935"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProjectCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProjectCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectCategoryMutation, CreateProjectCategoryMutationVariables>;
export const UpdateProjectCategoryDocument = {"__meta__":{"hash":"sha256:36a7029f77df7e46a4929f0ff7826517b9050a738ff5543573a937164cb5d821"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProjectCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProjectCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProjectCategoryMutation, UpdateProjectCategoryMutationVariables>;
export const DeleteProjectCategoryDocument = {"__meta__":{"hash":"sha256:7436b515109f52fc8aeecf8846484657afd919c01aa73f14ac43375997fb049e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProjectCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProjectCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProjectCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCategoryId"}}]}}]}}]} as unknown as DocumentNode<DeleteProjectCategoryMutation, DeleteProjectCategoryMutationVariables>;
export const ProjectDetailsDocument = {"__meta__":{"hash":"sha256:26ac9bab472d0e51e321eb970ee00eca89d1f3fe6f12b4dd6d5090d5c6463bae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updates"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleSlipDays"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProjectDetailsQuery, ProjectDetailsQueryVariables>;
export const UpdateProjectDocument = {"__meta__":{"hash":"sha256:ecb723989c0d141eff5a7c7dd8a4db8182a3038c8dc3f809c4e4e4d53b2e38b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleSlipDays"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const PostProjectStatusUpdateDocument = {"__meta__":{"hash":"sha256:9feab6e73d0eff0625cda4d30e7db3f173f3680eb6a7a83220e84af09573a094"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostProjectStatusUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostProjectStatusUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postProjectStatusUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PostProjectStatusUpdateMutation, PostProjectStatusUpdateMutationVariables>;
export const ArchiveProjectDocument = {"__meta__":{"hash":"sha256:146faf5d3add3a72f41ce752c5c92b5cada7f1a369654f27d47071b00b150cc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveProjectMutation, ArchiveProjectMutationVariables>;
export const RestoreProjectDocument = {"__meta__":{"hash":"sha256:7b1a90769f07b18d6e21347249d69a8d28183c4874200ea11d85aa27bc589b4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreProjectMutation, RestoreProjectMutationVariables>;
export const ExecutiveOverviewDocument = {"__meta__":{"hash":"sha256:1bfdd243d1d205998ceb2875051f58cde6f5d99093a15e11c52c728c42c0eed8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExecutiveOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"blockedTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"projectsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectsByHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesAchieved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectsAtRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"blockedTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleSlipDays"}}]}}]}}]}}]} as unknown as DocumentNode<ExecutiveOverviewQuery, ExecutiveOverviewQueryVariables>;
export const TaskTreeDocument = {"__meta__":{"hash":"sha256:e92809b0de6085968ed922ba2acae09b9aa123467133377ac10541850ca85670"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"openDescendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskTreeQuery, TaskTreeQueryVariables>;
export const MoveTaskInTreeDocument = {"__meta__":{"hash":"sha256:4205b6d3dc4b0f5fff1bf8b93537d2cbde46d9c0728b0ad710541217f4acd97d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTaskInTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoveTaskInTreeMutation, MoveTaskInTreeMutationVariables>;
export const SetTaskLabelsAndSkillsDocument = {"__meta__":{"hash":"sha256:058a4450ea3a6ba734e40141acb7ccec6c636074dd4459f8a30a9a0929be5aef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTaskLabelsAndSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requiredSkills"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequiredSkillInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"requiredSkills"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requiredSkills"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetTaskLabelsAndSkillsMutation, SetTaskLabelsAndSkillsMutationVariables>;
export const TasksByLabelDocument = {"__meta__":{"hash":"sha256:f3bbbb28072d2a0a4710041a641cf45285110e21c235d8902e7c9ade36ad4932"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksByLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}}]}}]} as unknown as DocumentNode<TasksByLabelQuery, TasksByLabelQueryVariables>;
export const SuggestedAssigneesDocument = {"__meta__":{"hash":"sha256:63593f97e4d1389beab03d766b99c8bcc392afa7574491d3650aff4d1989c9ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestedAssignees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAssignees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"openEstimateHours"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestedAssigneesQuery, SuggestedAssigneesQueryVariables>;
export const TimelineDocument = {"__meta__":{"hash":"sha256:c6555bec0ebf57e82c7afb1974a320aea19124c6d1bc6a892a5e5b924a192310"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineBarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineBar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"earliestStart"}},{"kind":"Field","name":{"kind":"Name","value":"earliestFinish"}},{"kind":"Field","name":{"kind":"Name","value":"latestStart"}},{"kind":"Field","name":{"kind":"Name","value":"latestFinish"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackDays"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"startDriftDays"}},{"kind":"Field","name":{"kind":"Name","value":"endDriftDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Timeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineBarFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lagDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticalPaths"}},{"kind":"Field","name":{"kind":"Name","value":"criticalPathsTruncated"}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const TaskDependenciesDocument = {"__meta__":{"hash":"sha256:002b150d09b5e8ba0914e4c3faa22c72faffb5232958bb9d8004a4910d9bf4ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskDependencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskDependencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskDependencyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskDependencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskDependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lagDays"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TaskDependenciesQuery, TaskDependenciesQueryVariables>;
export const AddTaskDependencyDocument = {"__meta__":{"hash":"sha256:d8dc81ed7d3cac984dd3b0f6d6758961496c2be16d6c0a10b502369089aeb0d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTaskDependency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTaskDependencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaskDependency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskDependencyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskDependencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskDependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lagDays"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddTaskDependencyMutation, AddTaskDependencyMutationVariables>;
export const RemoveTaskDependencyDocument = {"__meta__":{"hash":"sha256:97a5cef163a4d7d4598e720b999ed08fd480d1a6665d2d0c6843da422a3e5e71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTaskDependency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveTaskDependencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTaskDependency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedDependencyId"}}]}}]}}]} as unknown as DocumentNode<RemoveTaskDependencyMutation, RemoveTaskDependencyMutationVariables>;
export const SetProjectBaselineDocument = {"__meta__":{"hash":"sha256:db2931c3fa837f79ccca22c74b35e7c6d30c28f7b6b2cc0e1fe0c27619292d49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectBaseline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProjectBaselineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProjectBaseline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineBarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineBar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"earliestStart"}},{"kind":"Field","name":{"kind":"Name","value":"earliestFinish"}},{"kind":"Field","name":{"kind":"Name","value":"latestStart"}},{"kind":"Field","name":{"kind":"Name","value":"latestFinish"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackDays"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"startDriftDays"}},{"kind":"Field","name":{"kind":"Name","value":"endDriftDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Timeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineBarFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lagDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticalPaths"}},{"kind":"Field","name":{"kind":"Name","value":"criticalPathsTruncated"}}]}}]} as unknown as DocumentNode<SetProjectBaselineMutation, SetProjectBaselineMutationVariables>;
export const LinkMilestoneTasksDocument = {"__meta__":{"hash":"sha256:98642c265efbf278c81bb5763d167cbf7b49e73a53d7890536123c9c2bf85468"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkMilestoneTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MilestoneTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkMilestoneTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneWithTasks"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneWithTasks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LinkMilestoneTasksMutation, LinkMilestoneTasksMutationVariables>;
export const UnlinkMilestoneTasksDocument = {"__meta__":{"hash":"sha256:efdefc6aba7b5b67d3ec147469425204de15e105ced050ad90733cf864bfb2d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkMilestoneTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MilestoneTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkMilestoneTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneWithTasks"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneWithTasks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UnlinkMilestoneTasksMutation, UnlinkMilestoneTasksMutationVariables>;
export const LogTimeDocument = {"__meta__":{"hash":"sha256:d188f904b83101afb2d4d5bca1433467d6795a199fd87bf0135dcbdd89c4a972"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<LogTimeMutation, LogTimeMutationVariables>;
export const UpdateTimeEntryDocument = {"__meta__":{"hash":"sha256:231c056ad87646ca2a4522c8c77b1dca841073902c66583daef88353dbab2b77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTimeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTimeEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTimeEntryMutation, UpdateTimeEntryMutationVariables>;
export const DeleteTimeEntryDocument = {"__meta__":{"hash":"sha256:c6ab439a52b5cb789f33a7ae52ace8ef2a4be0e26eebbcd29290afddbc3eade5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTimeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTimeEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTimeEntryId"}}]}}]}}]} as unknown as DocumentNode<DeleteTimeEntryMutation, DeleteTimeEntryMutationVariables>;
export const WeeklyTimesheetDocument = {"__meta__":{"hash":"sha256:b4814586482aed83124c5dc4c8e1593d88fe07df6c23e3b421c9aad01eb56ac0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeeklyTimesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeklyTimesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeeklyTimesheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyTimesheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeeklyTimesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WeeklyTimesheetQuery, WeeklyTimesheetQueryVariables>;
export const WeeklyTimesheetsDocument = {"__meta__":{"hash":"sha256:52674eb9d740014c3427af344a3b2d3c6f1dbd5250a18639118513f3b078f4c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeeklyTimesheets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WeeklyTimesheetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeklyTimesheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeeklyTimesheetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyTimesheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeeklyTimesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WeeklyTimesheetsQuery, WeeklyTimesheetsQueryVariables>;
export const TimesheetsAwaitingApprovalDocument = {"__meta__":{"hash":"sha256:460b90e462bf5992a310c73dcd054de6e6538668f4f4e4d8fae0cfa13f09daa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimesheetsAwaitingApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timesheetsAwaitingApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimesheetsAwaitingApprovalQuery, TimesheetsAwaitingApprovalQueryVariables>;
export const SubmitTimesheetDocument = {"__meta__":{"hash":"sha256:721be861ce49a347d8f405508030478b2094f7b7de517399768897ccd2c81391"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitTimesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTimesheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTimesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeeklyTimesheetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyTimesheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeeklyTimesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitTimesheetMutation, SubmitTimesheetMutationVariables>;
export const ApproveTimesheetDocument = {"__meta__":{"hash":"sha256:c48d05814de390eb5735782fec4379ee2d2e68e89c986eef62c99f9618bc9d9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveTimesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveTimesheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveTimesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeeklyTimesheetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyTimesheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeeklyTimesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveTimesheetMutation, ApproveTimesheetMutationVariables>;
export const RejectTimesheetDocument = {"__meta__":{"hash":"sha256:2ac4bcbf9a6e5b872df64e6ab075cfc008f15a9b0ec556b91669202cd2dfc11b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectTimesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectTimesheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectTimesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeeklyTimesheetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyTimesheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeeklyTimesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RejectTimesheetMutation, RejectTimesheetMutationVariables>;
export const ReopenTimesheetDocument = {"__meta__":{"hash":"sha256:ac39ca95ac2cad0ac6afff7e9e689e2ff3de7b16a13afdffbb593ac29eabc7a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenTimesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenTimesheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenTimesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeeklyTimesheetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyTimesheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeeklyTimesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenTimesheetMutation, ReopenTimesheetMutationVariables>;
export const UtilizationDocument = {"__meta__":{"hash":"sha256:44e71915002c252524a42769ade57bc90f183264a9a5a1996736622b60b231fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Utilization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"utilization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UtilizationNumbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loggedHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"billableUtilization"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UtilizationNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedHours"}},{"kind":"Field","name":{"kind":"Name","value":"billableHours"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"billableUtilization"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]} as unknown as DocumentNode<UtilizationQuery, UtilizationQueryVariables>;
export const MyProductivityDocument = {"__meta__":{"hash":"sha256:97fb0aa98295cc92bc7774b790464f580d35db7ff1cd6b3701a0c81dda62b6b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProductivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProductivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProductivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProductivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonProductivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"utilizationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeTasks"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"loggedHours"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]} as unknown as DocumentNode<MyProductivityQuery, MyProductivityQueryVariables>;
export const TeamProductivityDocument = {"__meta__":{"hash":"sha256:08ad24b075a01d89fa7112c924e03887b5ee20da8283d7b1b938ccd8345b0198"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamProductivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamProductivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProductivityFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProductivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonProductivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"utilizationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeTasks"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"loggedHours"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]} as unknown as DocumentNode<TeamProductivityQuery, TeamProductivityQueryVariables>;
export const TimeSettingsDocument = {"__meta__":{"hash":"sha256:9680681c48df6db6bdd595ec461d5cb4e1e1a4ccd289212308474fe9ad6518c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeSettingsQuery, TimeSettingsQueryVariables>;
export const UpdateTimeSettingsDocument = {"__meta__":{"hash":"sha256:f4597a2942d8dedf4dd89a78c8c823004bfa19ee965c797b0c3426fde5193166"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTimeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTimeSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTimeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeSettingsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateTimeSettingsMutation, UpdateTimeSettingsMutationVariables>;
export const AddCapacityOverrideDocument = {"__meta__":{"hash":"sha256:a75074573151c345f1910f4a9eb290868c163435a9a9c71aa759bc5403768d39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCapacityOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCapacityOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCapacityOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCapacityOverrideMutation, AddCapacityOverrideMutationVariables>;
export const DeleteCapacityOverrideDocument = {"__meta__":{"hash":"sha256:88f917ea9faf3d1f6d047b102e59abb302d43fc2f0087a37a186ff666163a10a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCapacityOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCapacityOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCapacityOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteCapacityOverrideMutation, DeleteCapacityOverrideMutationVariables>;
export const AddNonWorkingDayDocument = {"__meta__":{"hash":"sha256:1c8ace020a008d1c35298a0c7c7147815b7d5b17f69c6feb48f8336a3283c7f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNonWorkingDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNonWorkingDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNonWorkingDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NonWorkingDayFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NonWorkingDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonWorkingDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddNonWorkingDayMutation, AddNonWorkingDayMutationVariables>;
export const DeleteNonWorkingDayDocument = {"__meta__":{"hash":"sha256:bfc1d2820c2fad28e3dc129cdcd038b6ac1ad0c32cc774f7b9a139b9b4ffe3f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNonWorkingDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteNonWorkingDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNonWorkingDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteNonWorkingDayMutation, DeleteNonWorkingDayMutationVariables>;
export const NonWorkingDaysDocument = {"__meta__":{"hash":"sha256:e9db52ebdc77c86529ee155edd5e3609ce526a504a6a23ac235441aeae39c448"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NonWorkingDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NonWorkingDayFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NonWorkingDayFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NonWorkingDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonWorkingDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NonWorkingDaysQuery, NonWorkingDaysQueryVariables>;
export const StartTimerDocument = {"__meta__":{"hash":"sha256:ac7c6dd10da0dc77cbf420edd2bda60643641bd4313fcba51ed2ed6dd8278e44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTimer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTimerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTimer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runningTimer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedHours"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartTimerMutation, StartTimerMutationVariables>;
export const StopTimerDocument = {"__meta__":{"hash":"sha256:eb76c9851825c0a8a1d4d6bb4b8561d43b33506d454c2b893fb9de2d801396ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopTimer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StopTimerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopTimer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StopTimerMutation, StopTimerMutationVariables>;
export const DiscardTimerDocument = {"__meta__":{"hash":"sha256:44c70dad1abed4b30e66778a6e119a8d5637266f82ad6eba7074d1fe1aed7478"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardTimer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardTimer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discarded"}}]}}]}}]} as unknown as DocumentNode<DiscardTimerMutation, DiscardTimerMutationVariables>;
export const RunningTimerDocument = {"__meta__":{"hash":"sha256:8144866126ab1341dceaa23f47fa43cd9ece38bd0358d2397867de14323cd258"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunningTimer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runningTimer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedHours"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunningTimerQuery, RunningTimerQueryVariables>;
export const TimeCategoriesDocument = {"__meta__":{"hash":"sha256:5d75020b74f2f48814f2ed62acecbb39ed76d626dc877f53baedfe019fc8f79f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeCategoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeCategoryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeCategoriesQuery, TimeCategoriesQueryVariables>;
export const CreateTimeCategoryDocument = {"__meta__":{"hash":"sha256:725f300ea275c13e451138cea11f986cf72606d900b714de37562b42560f6bd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTimeCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTimeCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTimeCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeCategoryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateTimeCategoryMutation, CreateTimeCategoryMutationVariables>;
export const UpdateTimeCategoryDocument = {"__meta__":{"hash":"sha256:489cfef54a726916c8d6db6275839f964473a3c51f0b73f859d57c267c82a31e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTimeCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTimeCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTimeCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeCategoryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateTimeCategoryMutation, UpdateTimeCategoryMutationVariables>;
export const TimeEntriesDocument = {"__meta__":{"hash":"sha256:39a53efd15d124fa05ec4913bce1fd4c6e82bcedece6e29f03e1001e905785c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimeEntriesQuery, TimeEntriesQueryVariables>;
export const TimesheetCsvDocument = {"__meta__":{"hash":"sha256:27bc84fd1ba8d38eb15fb2254c3a42d1a309958fd341ba0f61ff7a43de6a08da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimesheetCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timesheetCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<TimesheetCsvQuery, TimesheetCsvQueryVariables>;
export const UtilizationCsvDocument = {"__meta__":{"hash":"sha256:d71578c736081da67e4f11da98932bd48ff6961b013e0be6d76adbcd6f48a656"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UtilizationCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"utilization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<UtilizationCsvQuery, UtilizationCsvQueryVariables>;
export const CreateWorkPackageDocument = {"__meta__":{"hash":"sha256:117602ce64b68b0793dfd2c157d69bb1625f388a228666e39e09c06db604af76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkPackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWorkPackageMutation, CreateWorkPackageMutationVariables>;
export const CreateArchitectureElementDocument = {"__meta__":{"hash":"sha256:9f51d4573ca72bb82505f895dbc107d7d43a1714483e453707488c6b7ffe39a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateArchitectureElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateArchitectureElementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createArchitectureElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<CreateArchitectureElementMutation, CreateArchitectureElementMutationVariables>;
export const LinkWorkPackageDocument = {"__meta__":{"hash":"sha256:f4c08bf1763434b98b84aee93d1d9f692f209ff6655a5e688e7a0a72a5f04cf3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkWorkPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkWorkPackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkWorkPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}}]}}]}}]} as unknown as DocumentNode<LinkWorkPackageMutation, LinkWorkPackageMutationVariables>;
export const CreateWorkspaceDocument = {"__meta__":{"hash":"sha256:763ad808b3f0f16a2a2ab253bc055fdd1d7daff57735ec57e6408611890bb522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const AddWorkspaceMemberDocument = {"__meta__":{"hash":"sha256:90e7719a61bfb29d416a82bec3d4be26c23c8e88163492339785a9404efc7aa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkspaceMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddWorkspaceMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkspaceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddWorkspaceMemberMutation, AddWorkspaceMemberMutationVariables>;
export const InviteMemberDocument = {"__meta__":{"hash":"sha256:3baeceaf907635305adeccd8665af8c5e7dd617353880b1e2897914166a225e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const InvitationsDocument = {"__meta__":{"hash":"sha256:a0745b37337686455efa978e1512c99faea288b9aba53cc5d0504adbc03c6952"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const RevokeInvitationDocument = {"__meta__":{"hash":"sha256:d9f9e9e99cb89bb0a151cef955c185f2dfd1bc68f5d9c7bfe1bae92ac475154d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"sha256:a3f6ad21dbfba152d8460fbbf9b1f76d0dd984cb0bf031f8894f144ae4351cb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LeaveWorkspaceDocument = {"__meta__":{"hash":"sha256:982a96e59d2788ef86435f0d13c0fbabb44193d41bb76fb18c9c56837ea1c8be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWorkspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWorkspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}}]}}]}}]} as unknown as DocumentNode<LeaveWorkspaceMutation, LeaveWorkspaceMutationVariables>;
export const TransferOwnershipDocument = {"__meta__":{"hash":"sha256:d398ecd4bd39b85e8a881d2c3bf52bd67d920f26a5ea274b0b5e029b535c0a2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferOwnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferOwnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferOwnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransferOwnershipMutation, TransferOwnershipMutationVariables>;
export const DeleteWorkspaceDocument = {"__meta__":{"hash":"sha256:5b19adda1b306513555dcb615fb6e7eb0800440c241a5ea45c8a58645ba23189"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<DeleteWorkspaceMutation, DeleteWorkspaceMutationVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:f6cd5a5bb7c335d1dd2970461bb59a9f09e3830e405d1174fa177e8032f5360d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;