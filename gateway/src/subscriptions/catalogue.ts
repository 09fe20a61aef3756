import { ROLES_WITH, type Viewer } from "@plateau/kernel";
import {
  insightsEvents,
  portfolioEvents as portfolio,
  streamName,
  timesheetsEvents as timesheets,
  type DeliveredEvent,
} from "@plateau/events";

/**
 * An entity field of a subscription payload (`task`, `actor`, …): the gateway resolves it through a
 * root query field taking one ID, as the subscriber, so RBAC and tenancy apply to every event.
 */
export interface EntityField {
  /** The root Query field that finds it: `task(id:)`, `user(id:)`, `board(projectId:)`. */
  query: string;
  /** That field's argument. */
  argument: string;
  /** The id for this event; null when the event has none (no actor, a deleted task). */
  id(event: DeliveredEvent): string | null;
}

/** How a subscriber shows they may watch a topic (see {@link SubscriptionSpec.authorize}). */
export interface TopicAuthorization {
  query: string;
  found(data: Record<string, unknown>): boolean;
  /** What the topic is, for the FORBIDDEN message: "project", "task". */
  what: string;
  /**
   * Error codes of the query that mean "not yours to watch" besides FORBIDDEN and NOT_FOUND (e.g. an
   * id checked as an input, BAD_USER_INPUT): refused with FORBIDDEN like those.
   */
  refusedCodes?: readonly string[];
  /** The FORBIDDEN message, when "No <what> <id> in your workspace" would mislead. */
  refusal?: (topic: string) => string;
  /**
   * True when the answer depends on who asks, not only on their role (one's own weeks): the check is
   * then shared only by subscribers who are the same user.
   */
  byUser?: boolean;
}

/** One Subscription field: where its events come from and how each becomes its payload. */
export interface SubscriptionSpec {
  /** The stream (one per producing service) its events are on. */
  stream: string;
  /**
   * The argument naming what is watched: a project, a task, a user. Null: the subscriber's workspace is
   * what is watched (`topicOf` gives an event's workspace), and the access matrix is the whole check.
   */
  topicArgument: string | null;
  /**
   * The query that shows, as the subscriber, that they may watch it: the subscription is refused
   * with FORBIDDEN unless `$id` finds something (another workspace's id finds nothing). None: only the
   * access matrix applies.
   */
  authorize?: TopicAuthorization;
  /** The id of what `event` is about, in the terms of `topicArgument`; null: not for this subscription. */
  topicOf(event: DeliveredEvent): string | null;
  /**
   * Where there is no topic argument: what a subscriber watches, when not the whole workspace (e.g. a team
   * lead's own queue, their user id). Default: the subscriber's workspace.
   */
  subscriberTopic?(viewer: Viewer): string;
  /** Every topic `event` is for, when it may be for several (the workspace's queue and each lead's); default `[topicOf(event)]`. */
  topicsOf?(event: DeliveredEvent): string[];
  /** The payload's own fields for `event` (besides eventId, cursor, occurredAt); null: not delivered. */
  payload(event: DeliveredEvent): Record<string, unknown> | null;
  /** The payload's entity fields. */
  entities: Record<string, EntityField>;
  /**
   * The SUBSCRIBED acknowledgement of a subscription to `topic` (`acknowledge: true`): its own fields,
   * and the id of each entity field it resolves (those left out are null). `eventId` is its own id,
   * for the non-null fields that have no other value.
   */
  acknowledgement(topic: string, eventId: string): Acknowledgement;
}

/** The payload of a SUBSCRIBED event: no change happened, so only what is watched is filled in. */
export interface Acknowledgement {
  payload: Record<string, unknown>;
  entityIds: Record<string, string>;
}

/** The kind of the event an acknowledged subscription gets first, in every payload's kind enum. */
export const SUBSCRIBED = "SUBSCRIBED";

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === "string") : []);
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

const actor: EntityField = { query: "user", argument: "id", id: (event) => event.actorId };
const taskOfEvent = (event: DeliveredEvent): string | null =>
  event.subject.typename === "Task" ? event.subject.id : str(event.data.taskId);

const PORTFOLIO = streamName("portfolio");
const INSIGHTS = streamName("insights");
const TIMESHEETS = streamName("timesheets");

/** What happened to a week, by event type. */
const TIMESHEET_KINDS: Record<string, string> = {
  [timesheets.timesheetSubmitted.name]: "SUBMITTED",
  [timesheets.timesheetApproved.name]: "APPROVED",
  [timesheets.timesheetRejected.name]: "REJECTED",
  [timesheets.timesheetReopened.name]: "REOPENED",
};

/** A timesheet event's payload: the week's change as the event says it. */
const timesheetPayload = (event: DeliveredEvent) => ({
  kind: TIMESHEET_KINDS[event.type],
  timesheetId: event.subject.id,
  weekStart: str(event.data.weekStart),
  status: str(event.data.to),
  previousStatus: str(event.data.from),
  reason: str(event.data.reason),
});

/** True for a timesheet event that changes the approval queue: a week submitted, or leaving SUBMITTED. */
const isQueueChange = (event: DeliveredEvent): boolean =>
  Boolean(TIMESHEET_KINDS[event.type]) && (event.data.to === "SUBMITTED" || event.data.from === "SUBMITTED");

/** The entities of a timesheet event: the week and its owner, as the subscriber sees them, and who changed it. */
const timesheetEntities: Record<string, EntityField> = {
  timesheet: { query: "timesheet", argument: "id", id: (event) => event.subject.id },
  user: { query: "user", argument: "id", id: (event) => str(event.data.userId) },
  actor,
};

/** The acknowledgement of a timesheet subscription: no week, only the user watched (if any). */
const timesheetAcknowledgement = (userId: string | null): Acknowledgement => ({
  payload: { kind: SUBSCRIBED, timesheetId: null, weekStart: null, status: null, previousStatus: null, reason: null },
  entityIds: userId ? { user: userId } : {},
});

/** What happens to a card on a board, by event type. */
const BOARD_KINDS: Record<string, string> = {
  [portfolio.taskCreated.name]: "CARD_CREATED",
  [portfolio.taskUpdated.name]: "CARD_UPDATED",
  [portfolio.taskMoved.name]: "CARD_MOVED",
  [portfolio.taskDeleted.name]: "CARD_DELETED",
  [portfolio.workflowChanged.name]: "COLUMNS_CHANGED",
};

const TASK_KINDS: Record<string, string> = {
  [portfolio.taskCreated.name]: "CREATED",
  [portfolio.taskUpdated.name]: "UPDATED",
  [portfolio.taskMoved.name]: "MOVED",
  [portfolio.taskStatusChanged.name]: "STATUS_CHANGED",
  [portfolio.taskCompleted.name]: "COMPLETED",
  [portfolio.userAssigned.name]: "ASSIGNED",
  [portfolio.taskMovedInTree.name]: "MOVED_IN_TREE",
  [portfolio.taskDependencyAdded.name]: "DEPENDENCY_ADDED",
  [portfolio.taskDependencyRemoved.name]: "DEPENDENCY_REMOVED",
  [portfolio.commentAdded.name]: "COMMENTED",
  [portfolio.taskDeleted.name]: "DELETED",
};

const PROJECT_KINDS: Record<string, string> = {
  [portfolio.projectUpdated.name]: "UPDATED",
  [portfolio.projectProgressChanged.name]: "PROGRESS_CHANGED",
  [portfolio.projectHealthChanged.name]: "HEALTH_CHANGED",
  [portfolio.projectArchived.name]: "ARCHIVED",
  [portfolio.projectRestored.name]: "RESTORED",
};

const projectAuthorization = {
  query: "query PlateauAuthorizeProject($id: ID!) { project(id: $id) { id } }",
  found: (data: Record<string, unknown>) => data.project != null,
  what: "project",
};

/**
 * Every Subscription field of the supergraph, by name. The fields are declared in their owning
 * subgraph's SDL (so they compose into the supergraph, GraphiQL and codegen); this is how the
 * gateway's executor serves them. A supergraph Subscription field missing here fails the gateway's
 * start.
 */
export const SUBSCRIPTIONS: Readonly<Record<string, SubscriptionSpec>> = {
  boardChanged: {
    stream: PORTFOLIO,
    topicArgument: "projectId",
    authorize: projectAuthorization,
    topicOf: (event) => (BOARD_KINDS[event.type] ? str(event.data.projectId) : null),
    payload(event) {
      const kind = BOARD_KINDS[event.type]!;
      const { data } = event;
      const moved = kind === "CARD_MOVED";
      const placed = moved || kind === "CARD_CREATED";
      return {
        kind,
        projectId: str(data.projectId),
        taskId: kind === "COLUMNS_CHANGED" ? null : event.subject.id,
        position: placed
          ? {
              status: moved ? data.to : data.status,
              rank: str(data.rank) ?? "",
              afterTaskId: str(data.afterTaskId),
              beforeTaskId: str(data.beforeTaskId),
            }
          : null,
        fromStatus: moved ? data.from : null,
        changedFields: kind === "CARD_UPDATED" ? list(data.changedFields) : [],
      };
    },
    entities: {
      task: {
        query: "task",
        argument: "id",
        id: (event) =>
          event.type === portfolio.taskDeleted.name || event.type === portfolio.workflowChanged.name ? null : event.subject.id,
      },
      board: {
        query: "board",
        argument: "projectId",
        id: (event) => (event.type === portfolio.workflowChanged.name ? str(event.data.projectId) : null),
      },
      actor,
    },
    acknowledgement: (projectId) => ({
      payload: { kind: SUBSCRIBED, projectId, taskId: null, position: null, fromStatus: null, changedFields: [] },
      entityIds: { board: projectId },
    }),
  },

  taskChanged: {
    stream: PORTFOLIO,
    topicArgument: "taskId",
    authorize: {
      query: "query PlateauAuthorizeTask($id: ID!) { task(id: $id) { id } }",
      found: (data) => data.task != null,
      what: "task",
    },
    topicOf: (event) => (TASK_KINDS[event.type] ? taskOfEvent(event) : null),
    payload: (event) => ({
      kind: TASK_KINDS[event.type],
      taskId: taskOfEvent(event),
      changedFields: event.type === portfolio.taskUpdated.name ? list(event.data.changedFields) : [],
    }),
    entities: {
      task: { query: "task", argument: "id", id: (event) => (event.type === portfolio.taskDeleted.name ? null : taskOfEvent(event)) },
      actor,
    },
    acknowledgement: (taskId) => ({ payload: { kind: SUBSCRIBED, taskId, changedFields: [] }, entityIds: { task: taskId } }),
  },

  projectChanged: {
    stream: PORTFOLIO,
    topicArgument: "projectId",
    authorize: projectAuthorization,
    topicOf: (event) => (PROJECT_KINDS[event.type] || event.type === portfolio.projectMilestone.name ? str(event.data.projectId) : null),
    payload(event) {
      const { data } = event;
      const kind =
        event.type === portfolio.projectMilestone.name
          ? data.to === "MISSED"
            ? "MILESTONE_MISSED"
            : "MILESTONE_ACHIEVED"
          : PROJECT_KINDS[event.type]!;
      const progress = kind === "PROGRESS_CHANGED";
      const health = kind === "HEALTH_CHANGED";
      return {
        kind,
        projectId: str(data.projectId),
        progress: progress ? num(data.progress) : null,
        previousProgress: progress ? num(data.previousProgress) : null,
        blockedTaskCount: progress ? num(data.blockedTaskCount) : null,
        health: health ? data.to : null,
        previousHealth: health ? data.from : null,
        changedFields: kind === "UPDATED" ? list(data.changedFields) : [],
      };
    },
    entities: {
      project: { query: "project", argument: "id", id: (event) => str(event.data.projectId) },
      milestone: {
        query: "milestone",
        argument: "id",
        id: (event) => (event.type === portfolio.projectMilestone.name ? str(event.data.milestoneId) : null),
      },
      actor,
    },
    acknowledgement: (projectId) => ({
      payload: {
        kind: SUBSCRIBED,
        projectId,
        progress: null,
        previousProgress: null,
        blockedTaskCount: null,
        health: null,
        previousHealth: null,
        changedFields: [],
      },
      entityIds: { project: projectId },
    }),
  },

  riskChanged: {
    stream: INSIGHTS,
    topicArgument: "projectId",
    authorize: projectAuthorization,
    topicOf: (event) => (event.type === insightsEvents.riskChanged.name ? str(event.data.projectId) : null),
    payload: (event) => ({
      kind: event.data.kind,
      projectId: str(event.data.projectId),
      riskId: event.subject.id,
      severity: event.data.severity,
      previousSeverity: event.data.previousSeverity ?? null,
      status: event.data.status,
    }),
    entities: {
      risk: { query: "riskAssessment", argument: "id", id: (event) => event.subject.id },
      project: { query: "project", argument: "id", id: (event) => str(event.data.projectId) },
    },
    // No assessment: riskId, severity and status cannot be null (that would break clients), so the
    // acknowledgement names itself and the mildest, closed state (RiskEventKind.SUBSCRIBED says so).
    acknowledgement: (projectId, eventId) => ({
      payload: { kind: SUBSCRIBED, projectId, riskId: eventId, severity: "LOW", previousSeverity: null, status: "RESOLVED" },
      entityIds: { project: projectId },
    }),
  },

  insightGenerated: {
    stream: INSIGHTS,
    topicArgument: "projectId",
    authorize: projectAuthorization,
    // Portfolio insights have no project: they are read with `analysisRequest` or `insight`, not followed here.
    topicOf: (event) => (event.type === insightsEvents.insightGenerated.name ? str(event.data.projectId) : null),
    payload: (event) => ({
      kind: "GENERATED",
      projectId: str(event.data.projectId),
      insightId: event.subject.id,
      insightKind: str(event.data.kind),
      source: str(event.data.source),
    }),
    entities: {
      insight: { query: "insight", argument: "id", id: (event) => event.subject.id },
      project: { query: "project", argument: "id", id: (event) => str(event.data.projectId) },
    },
    // No insight: insightId cannot be null, so the acknowledgement names itself (InsightEventKind.SUBSCRIBED says so).
    acknowledgement: (projectId, eventId) => ({
      payload: { kind: SUBSCRIBED, projectId, insightId: eventId, insightKind: null, source: null },
      entityIds: { project: projectId },
    }),
  },

  timesheetChanged: {
    stream: TIMESHEETS,
    topicArgument: "userId",
    // Found for one's own weeks, a member's for MANAGER and above, a team's member's for its lead; FORBIDDEN for anyone else's.
    authorize: {
      query: "query PlateauAuthorizeTimesheetOwner($id: ID!) { weeklyTimesheet(userId: $id) { id } }",
      found: (data) => data.weeklyTimesheet != null,
      what: "user",
      // A user who is not a member of the workspace is an input weeklyTimesheet refuses (BAD_USER_INPUT).
      refusedCodes: ["BAD_USER_INPUT"],
      refusal: (userId) =>
        `You may follow only your own weeks (MANAGER and above: any member's; a team's lead: the team's members'); not those of user ${userId}`,
      byUser: true,
    },
    topicOf: (event) => (TIMESHEET_KINDS[event.type] ? (str(event.data.userId)?.toLowerCase() ?? null) : null),
    payload: timesheetPayload,
    entities: timesheetEntities,
    acknowledgement: (userId) => timesheetAcknowledgement(userId),
  },

  timesheetApprovalsChanged: {
    stream: TIMESHEETS,
    // The workspace's queue for MANAGER and above (APPROVE_TIME); for anyone else who tracks time, the
    // queue of the weeks they decide as a team's lead: the events naming them among the week's approvers.
    topicArgument: null,
    subscriberTopic: (viewer) =>
      viewer.role !== undefined && ROLES_WITH.APPROVE_TIME.includes(viewer.role) ? String(viewer.workspaceId) : viewer.userId.toLowerCase(),
    // A week joins the queue when submitted and leaves it when it stops being SUBMITTED.
    topicOf: (event) => (isQueueChange(event) ? event.workspaceId : null),
    topicsOf: (event) =>
      isQueueChange(event) && event.workspaceId
        ? [event.workspaceId, ...list(event.data.approverLeadIds).map((id) => id.toLowerCase())]
        : [],
    payload: timesheetPayload,
    entities: timesheetEntities,
    acknowledgement: () => timesheetAcknowledgement(null),
  },
};

/** The streams the gateway follows: those of its subscriptions. */
export function subscribedStreams(): string[] {
  return [...new Set(Object.values(SUBSCRIPTIONS).map((spec) => spec.stream))];
}

/** Every topic `event` is for under `spec` (none: not for it). */
export function topicsOfEvent(spec: SubscriptionSpec, event: DeliveredEvent): string[] {
  if (spec.topicsOf) return spec.topicsOf(event);
  const topic = spec.topicOf(event);
  return topic ? [topic] : [];
}
