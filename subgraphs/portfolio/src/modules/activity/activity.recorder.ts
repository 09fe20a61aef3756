import { observeDataChanges, type ObservedDataChange } from "@plateau/subgraph-kit";
import { Workflow } from "../task/workflow.entity.js";
import { Comment } from "../comment/comment.entity.js";
import { TaskDependency } from "../dependency/task-dependency.entity.js";
import { MilestoneTask } from "../milestone/milestone-task.entity.js";
import { Milestone } from "../milestone/milestone.entity.js";
import { ProjectStatusUpdate } from "../project/project-status-update.entity.js";
import { Project } from "../project/project.entity.js";
import { Task } from "../task/task.entity.js";
import { ActivityAction, ActivityEntry } from "./activity-entry.entity.js";

/** Where a change belongs: the project and task whose activity lists it. */
interface Scope {
  projectId: string | null;
  taskId: string | null;
}

const idOf = (ref: { id: string } | null | undefined) => ref?.id ?? null;

/** The entities whose changes make the activity log, and the project/task each belongs to. */
const SCOPES = new Map<object, (entity: never) => Scope>([
  [Project, (project: Project) => ({ projectId: project.id, taskId: null })],
  [Task, (task: Task) => ({ projectId: idOf(task.project), taskId: task.id })],
  [Comment, (comment: Comment) => ({ projectId: idOf(comment.project), taskId: idOf(comment.task) })],
  [Milestone, (milestone: Milestone) => ({ projectId: idOf(milestone.project), taskId: null })],
  [TaskDependency, (dependency: TaskDependency) => ({ projectId: idOf(dependency.project), taskId: idOf(dependency.successor) })],
  [Workflow, (workflow: Workflow) => ({ projectId: idOf(workflow.project), taskId: null })],
  [ProjectStatusUpdate, (update: ProjectStatusUpdate) => ({ projectId: idOf(update.project), taskId: null })],
  // A link names its milestone and task only by reference: it is listed with the task (and with the
  // project when the task is loaded in the same unit of work).
  [MilestoneTask, (link: MilestoneTask) => ({ projectId: idOf(loadedTask(link)?.project), taskId: idOf(link.task) })],
]);

/** The link's task when this unit of work has it loaded (its project is then known). */
function loadedTask(link: MilestoneTask): Task | undefined {
  const reference = link.task as unknown as { isInitialized?(): boolean; unwrap?(): Task };
  return reference.isInitialized?.() ? reference.unwrap?.() : undefined;
}

/** The entities the activity log follows (each must also be among the subgraph's audited entities). */
export const ACTIVITY_ENTITIES = [...SCOPES.keys()] as (
  | typeof Project
  | typeof Task
  | typeof Comment
  | typeof Milestone
  | typeof TaskDependency
  | typeof Workflow
  | typeof ProjectStatusUpdate
  | typeof MilestoneTask
)[];

/**
 * Bookkeeping, not a change anyone made on purpose. `rank` is the card's position on the board: a
 * reorder within a column is one `position` entry without values (ranks mean nothing to a reader);
 * a move to another column is already the `status` entry.
 */
const NOT_LOGGED = new Set(["id", "workspaceId", "createdAt", "updatedAt", "version", "rank"]);

/** A snapshot without bookkeeping, for a creation's `after` or a deletion's `before`. */
function snapshot(values: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!values) return null;
  return Object.fromEntries(Object.entries(values).filter(([name]) => !NOT_LOGGED.has(name)));
}

/** A comment's entries carry no text: deleting a comment removes its body everywhere but the audit log. */
function commentEntries(change: ObservedDataChange): Partial<ActivityEntry>[] {
  if (change.action !== "UPDATED") return [{}];
  return "body" in (change.after ?? {}) ? [{ field: "body" }] : [];
}

function entriesOf(change: ObservedDataChange): Partial<ActivityEntry>[] {
  if (change.entityType === "Comment") return commentEntries(change);
  if (change.action === "CREATED") return [{ after: snapshot(change.after) }];
  if (change.action === "DELETED") return [{ before: snapshot(change.before) }];
  const before = change.before ?? {};
  const after = change.after ?? {};
  const entries: Partial<ActivityEntry>[] = Object.keys(after)
    .filter((field) => !NOT_LOGGED.has(field))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
  if ("rank" in after && !("status" in after)) entries.push({ field: "position" });
  return entries;
}

/** The activity rows of one flush's changes: one per changed field, one per creation or deletion. */
export function activityEntriesOf(changes: ObservedDataChange[], occurredAt: Date = new Date()): ActivityEntry[] {
  const rows: ActivityEntry[] = [];
  for (const change of changes) {
    const scopeOf = SCOPES.get(change.entity.constructor);
    if (!scopeOf || !change.workspaceId) continue;
    const scope = scopeOf(change.entity as never);
    for (const entry of entriesOf(change)) {
      rows.push(
        Object.assign(new ActivityEntry(), {
          workspaceId: change.workspaceId,
          actorId: change.actorId,
          entityType: change.entityType,
          entityId: change.entityId,
          action: ActivityAction[change.action],
          ...scope,
          field: null,
          before: null,
          after: null,
          occurredAt,
          ...entry,
        }),
      );
    }
  }
  return rows;
}

// The kit's audit subscriber hands every audited change of these entities to the activity log in the
// flush that makes it: no service has to remember to log, and a failed change logs nothing.
observeDataChanges(ACTIVITY_ENTITIES, (changes) => activityEntriesOf(changes));
