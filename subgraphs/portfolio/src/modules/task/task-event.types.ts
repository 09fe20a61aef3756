import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { User } from "../user/user.stub.js";
import { Task } from "./task.entity.js";

/** What happened to a task (`taskChanged`), one kind per portfolio event the gateway turns into it. */
export enum TaskEventKind {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  MOVED = "MOVED",
  STATUS_CHANGED = "STATUS_CHANGED",
  COMPLETED = "COMPLETED",
  ASSIGNED = "ASSIGNED",
  MOVED_IN_TREE = "MOVED_IN_TREE",
  DEPENDENCY_ADDED = "DEPENDENCY_ADDED",
  DEPENDENCY_REMOVED = "DEPENDENCY_REMOVED",
  COMMENTED = "COMMENTED",
  DELETED = "DELETED",
  SUBSCRIBED = "SUBSCRIBED",
}
registerEnumType(TaskEventKind, {
  name: "TaskEventKind",
  description: "What happened to a task.",
  valuesConfig: {
    CREATED: { description: "The task was created." },
    UPDATED: { description: "Some of its fields were edited; `changedFields` names them." },
    MOVED: { description: "Its card was moved on the board (to another place, perhaps another column)." },
    STATUS_CHANGED: { description: "Its status changed (sent with MOVED)." },
    COMPLETED: { description: "Its status became DONE (sent with STATUS_CHANGED)." },
    ASSIGNED: { description: "Someone was made its assignee." },
    MOVED_IN_TREE: { description: "It (with its subtasks) got another parent, or became top-level." },
    DEPENDENCY_ADDED: { description: "It now depends on another task." },
    DEPENDENCY_REMOVED: { description: "A dependency of it was removed." },
    COMMENTED: { description: "Someone commented on it." },
    DELETED: { description: "It was deleted, by itself or with an ancestor; `task` is null. No more events follow." },
    SUBSCRIBED: {
      description:
        "Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). " +
        "Not a change: `task` is the task now, `actor` null.",
    },
  },
});

/** One change of a task, as `taskChanged` delivers it. */
@ObjectType({
  description:
    "A change of one task, delivered by `taskChanged`. `task` and `actor` are resolved when the event is delivered, " +
    "as the subscriber: they show the data as it is then, as the subscriber may see it.",
})
export class TaskEvent {
  @Field(() => ID, { description: "The domain event's id: the same event may arrive twice after a reconnect, so dedupe by it." })
  eventId!: string;

  @Field(() => String, { description: "The event's position in the stream: pass the last one received as `after` when resubscribing." })
  cursor!: string;

  @Field(() => TaskEventKind, { description: "What happened." })
  kind!: TaskEventKind;

  @Field(() => Date, { description: "When the change was committed." })
  occurredAt!: Date;

  @Field(() => ID, { description: "The task that changed." })
  taskId!: string;

  @Field(() => Task, { nullable: true, description: "The task now, as the subscriber sees it; null once it is deleted." })
  task!: Task | null;

  @Field(() => [String], { description: 'UPDATED: the Task fields that changed, e.g. `["title", "priority"]`; empty for the other kinds.' })
  changedFields!: string[];

  @Field(() => User, { nullable: true, description: "Who made the change; null for changes the system made." })
  actor!: User | null;
}
