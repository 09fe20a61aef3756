import { streamName, type DeliveredEvent } from "@plateau/events";

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

/** One Subscription field: where its events come from and how each becomes its payload. */
export interface SubscriptionSpec {
  /** The stream (one per producing service) its events are on. */
  stream: string;
  /** The argument naming what is watched: a project, a task. */
  topicArgument: string;
  /**
   * The query that shows, as the subscriber, that they may watch it: the subscription is refused
   * with FORBIDDEN unless `$id` finds something (another workspace's id finds nothing).
   */
  authorize: { query: string; found(data: Record<string, unknown>): boolean; what: string };
  /** The id of what `event` is about, in the terms of `topicArgument`; null: not for this subscription. */
  topicOf(event: DeliveredEvent): string | null;
  /** The payload's own fields for `event` (besides eventId, cursor, occurredAt); null: not delivered. */
  payload(event: DeliveredEvent): Record<string, unknown> | null;
  /** The payload's entity fields. */
  entities: Record<string, EntityField>;
}

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === "string") : []);
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

const actor: EntityField = { query: "user", argument: "id", id: (event) => event.actorId };
const taskOfEvent = (event: DeliveredEvent): string | null =>
  event.subject.typename === "Task" ? event.subject.id : str(event.data.taskId);

const PORTFOLIO = streamName("portfolio");
const INSIGHTS = streamName("insights");

/** What happens to a card on a board, by event type. */
const BOARD_KINDS: Record<string, string> = {
  "portfolio.task.created": "CARD_CREATED",
  "portfolio.task.updated": "CARD_UPDATED",
  "portfolio.task.moved": "CARD_MOVED",
  "portfolio.task.deleted": "CARD_DELETED",
  "portfolio.workflow.changed": "COLUMNS_CHANGED",
};

const TASK_KINDS: Record<string, string> = {
  "portfolio.task.created": "CREATED",
  "portfolio.task.updated": "UPDATED",
  "portfolio.task.moved": "MOVED",
  "portfolio.task.status_changed": "STATUS_CHANGED",
  "portfolio.task.completed": "COMPLETED",
  "portfolio.user.assigned": "ASSIGNED",
  "portfolio.task.moved_in_tree": "MOVED_IN_TREE",
  "portfolio.task.dependency_added": "DEPENDENCY_ADDED",
  "portfolio.task.dependency_removed": "DEPENDENCY_REMOVED",
  "portfolio.comment.added": "COMMENTED",
  "portfolio.task.deleted": "DELETED",
};

const PROJECT_KINDS: Record<string, string> = {
  "portfolio.project.updated": "UPDATED",
  "portfolio.project.progress_changed": "PROGRESS_CHANGED",
  "portfolio.project.health_changed": "HEALTH_CHANGED",
  "portfolio.project.archived": "ARCHIVED",
  "portfolio.project.restored": "RESTORED",
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
        id: (event) => (event.type === "portfolio.task.deleted" || event.type === "portfolio.workflow.changed" ? null : event.subject.id),
      },
      board: {
        query: "board",
        argument: "projectId",
        id: (event) => (event.type === "portfolio.workflow.changed" ? str(event.data.projectId) : null),
      },
      actor,
    },
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
      changedFields: event.type === "portfolio.task.updated" ? list(event.data.changedFields) : [],
    }),
    entities: {
      task: { query: "task", argument: "id", id: (event) => (event.type === "portfolio.task.deleted" ? null : taskOfEvent(event)) },
      actor,
    },
  },

  projectChanged: {
    stream: PORTFOLIO,
    topicArgument: "projectId",
    authorize: projectAuthorization,
    topicOf: (event) => (PROJECT_KINDS[event.type] || event.type === "portfolio.project.milestone" ? str(event.data.projectId) : null),
    payload(event) {
      const { data } = event;
      const kind =
        event.type === "portfolio.project.milestone"
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
        id: (event) => (event.type === "portfolio.project.milestone" ? str(event.data.milestoneId) : null),
      },
      actor,
    },
  },

  riskChanged: {
    stream: INSIGHTS,
    topicArgument: "projectId",
    authorize: projectAuthorization,
    topicOf: (event) => (event.type === "insights.risk.changed" ? str(event.data.projectId) : null),
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
  },
};

/** The streams the gateway follows: those of its subscriptions. */
export function subscribedStreams(): string[] {
  return [...new Set(Object.values(SUBSCRIPTIONS).map((spec) => spec.stream))];
}
