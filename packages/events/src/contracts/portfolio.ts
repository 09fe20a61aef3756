import { defineEventType } from "../envelope.js";

/*
 * portfolio's events, on the `plateau:events:portfolio` stream. The enum-valued fields are spelled as
 * string unions (the GraphQL enums live in the subgraph, which this package must not import); the
 * subgraph's enum members are assignable to them, so a renamed value is a type error at the producer.
 */

/** A task's status (portfolio's `TaskStatus`). */
export type TaskStatusValue = "TODO" | "IN_PROGRESS" | "BLOCKED" | "IN_REVIEW" | "DONE";
/** A task's priority (portfolio's `TaskPriority`). */
export type TaskPriorityValue = "LOW" | "MEDIUM" | "HIGH" | "URGENT";
/** How a dependency binds its successor (portfolio's `DependencyType`). */
export type DependencyTypeValue = "FINISH_TO_START" | "START_TO_START" | "FINISH_TO_FINISH" | "START_TO_FINISH";
/** A milestone's status (portfolio's `MilestoneStatus`). */
export type MilestoneStatusValue = "UPCOMING" | "ACHIEVED" | "MISSED";
/** A project's health (portfolio's `ProjectHealth`). */
export type ProjectHealthValue = "ON_TRACK" | "AT_RISK" | "OFF_TRACK";

/** A skill a task needs (identity's Skill id) and the lowest level that will do (null: any). */
export interface TaskSkillRequirementData {
  skillId: string;
  minLevel: "BEGINNER" | "INTERMEDIATE" | "ADVANCED" | "EXPERT" | null;
}

/** `portfolio.task.created`: a task was created; the subject is the task. */
export interface TaskCreated {
  projectId: string;
  parentId: string | null;
  title: string;
  status: TaskStatusValue;
  priority: TaskPriorityValue;
  assigneeId: string | null;
  dueDate: string | null;
  /** Its estimate in hours (null: none). Added in v1 without a version change: older events lack it. */
  estimateHours: number | null;
  /** The identity skills the work needs, each with the lowest level that will do. Added in v1; older events lack it. */
  requiredSkills?: TaskSkillRequirementData[];
  /** Its rank within its status column on the board. */
  rank: string;
  /** The cards right before and right after it in that column at creation (null: it is first, or last). */
  afterTaskId: string | null;
  beforeTaskId: string | null;
}

/**
 * `portfolio.task.updated`: an edit changed some of a task's own fields (`updateTask`); the subject is
 * the task. Not sent for `moveTask` (`task.moved`) nor for a new parent alone (`task.moved_in_tree`).
 */
export interface TaskUpdated {
  projectId: string;
  /** The GraphQL fields of Task whose value changed, e.g. `["title", "priority", "dueDate"]`. */
  changedFields: string[];
  /*
   * The task's planning fields after the change, changed or not, so a consumer's read model (timesheets')
   * needs no call back. Added in v1 without a version change: older events lack them.
   */
  status: TaskStatusValue;
  assigneeId: string | null;
  dueDate: string | null;
  estimateHours: number | null;
  /** When it was completed while DONE (ISO 8601), else null; a correction of it is a change of `completedAt`. Added in v1; older events lack it. */
  completedAt?: string | null;
  /** The skills it needs after the change. Added in v1; older events lack it. */
  requiredSkills?: TaskSkillRequirementData[];
}

/** `portfolio.task.deleted`: a task was deleted, by itself or with an ancestor (one event per task); the subject is the task. */
export interface TaskDeleted {
  projectId: string;
  /** Its parent when it was deleted (null: it was top-level). */
  parentId: string | null;
  /** True when it goes with its project (`project.deleted` follows); absent otherwise (events before it had none). */
  withProject?: boolean;
}

/** `portfolio.task.status_changed`: a task moved from one status to another. */
export interface TaskStatusChanged {
  projectId: string;
  from: TaskStatusValue;
  to: TaskStatusValue;
}

/** `portfolio.task.completed`: a task's status became DONE (also sent with `status_changed`). */
export interface TaskCompleted {
  projectId: string;
  /** Who it was assigned to when completed (null: nobody), and its due date then: whether it was on time. Added in v1; older events lack them. */
  assigneeId: string | null;
  dueDate: string | null;
  /** When it was completed (ISO 8601): the event's time, or the earlier time the client gave. Added in v1; older events lack it (read their time). */
  completedAt?: string;
}

/** `portfolio.user.assigned`: a user was made a task's assignee (on creation or by a change); the subject is the task. */
export interface UserAssigned {
  taskId: string;
  projectId: string;
  /** The previous assignee, if any. */
  from: string | null;
  to: string;
}

/** `portfolio.task.moved_in_tree`: a task (with its whole subtree) got another parent, or became top-level. */
export interface TaskMovedInTree {
  projectId: string;
  fromParentId: string | null;
  toParentId: string | null;
  /** How many tasks moved with it (its descendants). */
  descendantCount: number;
}

/** `portfolio.task.moved`: a card was moved on its project's board (to another place and perhaps another column). */
export interface TaskMoved {
  projectId: string;
  from: TaskStatusValue;
  to: TaskStatusValue;
  /** The card's new rank within the `to` column. */
  rank: string;
  /** The cards now right before and right after it in that column (null: it is first, or last). */
  afterTaskId: string | null;
  beforeTaskId: string | null;
  /** True when the move rewrote the ranks of the column's other cards (their order is unchanged). */
  rebalanced: boolean;
}

/** `portfolio.workflow.changed`: a board's workflow (its columns, their order, names or WIP limits) was replaced; the subject is the Board. */
export interface WorkflowChanged {
  projectId: string;
  /** The workflow's version after the change (`Board.version`). */
  version: number;
}

/** `portfolio.task.dependency_added` / `_removed`: the subject is the successor task, whose schedule it binds. */
export interface TaskDependencyChanged {
  dependencyId: string;
  projectId: string;
  predecessorId: string;
  successorId: string;
  type: DependencyTypeValue;
  lagDays: number;
}

/** `portfolio.comment.added`: someone commented on a task; the subject is the comment. */
export interface CommentAdded {
  taskId: string;
  commentId: string;
  mentionedUserIds: string[];
}

/** `portfolio.user.mentioned`: a comment (new or edited) mentions a user for the first time; the subject is the comment. */
export interface UserMentioned {
  userId: string;
  taskId: string;
  commentId: string;
}

/** `portfolio.project.milestone`: a project's milestone was achieved or missed; the subject is the milestone. */
export interface ProjectMilestone {
  milestoneId: string;
  projectId: string;
  from: MilestoneStatusValue;
  to: "ACHIEVED" | "MISSED";
}

/** `portfolio.project.health_changed`: a project's health changed; the subject is the project. */
export interface ProjectHealthChanged {
  projectId: string;
  from: ProjectHealthValue;
  to: ProjectHealthValue;
  /** The status update that changed it; null when it was changed by `updateProject`. */
  statusUpdateId: string | null;
}

/**
 * `portfolio.project.deleted`: a project was deleted with its tasks and milestones; the subject is the project.
 * Recorded after the `task.deleted` of each of its tasks, in the same transaction.
 */
export interface ProjectDeleted {
  projectId: string;
}

/** `portfolio.project.archived` / `portfolio.project.restored`: a project left or came back to the active portfolio. */
export interface ProjectArchiveChanged {
  projectId: string;
}

/** `portfolio.project.updated`: `updateProject` changed some of the project's own fields; the subject is the project. */
export interface ProjectUpdated {
  projectId: string;
  /** The GraphQL fields of Project whose value changed, e.g. `["name", "endDate"]`. */
  changedFields: string[];
}

/**
 * `portfolio.project.progress_changed`: a change altered what `Project.progress`, `blockedTaskCount`,
 * `startDate`, `endDate` or `team` return; the subject is the project. The values are those fields' values
 * right after the commit, so a consumer (insights' risk rules) needs no call back to portfolio.
 */
export interface ProjectProgressChanged {
  projectId: string;
  /** 0-100, as `Project.progress`. */
  progress: number;
  /** What the previous `progress_changed` of the project said (0 before the first). */
  previousProgress: number;
  blockedTaskCount: number;
  previousBlockedTaskCount: number;
  /** YYYY-MM-DD, or null when the project has none. */
  startDate: string | null;
  endDate: string | null;
  /**
   * The team working on the project (identity's Team), or null for none: insights applies the team's
   * utilisation to the project. Absent from events recorded before it was added: consumers read that as null.
   */
  teamId: string | null;
}

/** Every event portfolio publishes: its type name, version and the shape of its data. */
export const portfolioEvents = {
  taskCreated: defineEventType<TaskCreated>("portfolio.task.created", 1),
  taskUpdated: defineEventType<TaskUpdated>("portfolio.task.updated", 1),
  taskDeleted: defineEventType<TaskDeleted>("portfolio.task.deleted", 1),
  taskStatusChanged: defineEventType<TaskStatusChanged>("portfolio.task.status_changed", 1),
  taskCompleted: defineEventType<TaskCompleted>("portfolio.task.completed", 1),
  userAssigned: defineEventType<UserAssigned>("portfolio.user.assigned", 1),
  taskMovedInTree: defineEventType<TaskMovedInTree>("portfolio.task.moved_in_tree", 1),
  taskMoved: defineEventType<TaskMoved>("portfolio.task.moved", 1),
  workflowChanged: defineEventType<WorkflowChanged>("portfolio.workflow.changed", 1),
  taskDependencyAdded: defineEventType<TaskDependencyChanged>("portfolio.task.dependency_added", 1),
  taskDependencyRemoved: defineEventType<TaskDependencyChanged>("portfolio.task.dependency_removed", 1),
  commentAdded: defineEventType<CommentAdded>("portfolio.comment.added", 1),
  userMentioned: defineEventType<UserMentioned>("portfolio.user.mentioned", 1),
  projectMilestone: defineEventType<ProjectMilestone>("portfolio.project.milestone", 1),
  projectHealthChanged: defineEventType<ProjectHealthChanged>("portfolio.project.health_changed", 1),
  projectArchived: defineEventType<ProjectArchiveChanged>("portfolio.project.archived", 1),
  projectDeleted: defineEventType<ProjectDeleted>("portfolio.project.deleted", 1),
  projectRestored: defineEventType<ProjectArchiveChanged>("portfolio.project.restored", 1),
  projectUpdated: defineEventType<ProjectUpdated>("portfolio.project.updated", 1),
  projectProgressChanged: defineEventType<ProjectProgressChanged>("portfolio.project.progress_changed", 1),
} as const;
