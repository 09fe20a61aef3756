import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * What timesheets knows of a portfolio task, from portfolio's task events (task-record.consumer.ts): its
 * project, status, assignee, due date and estimate, and the day it was completed. Written only by the
 * consumer's conditional upserts; `lastEventId` is the watermark that keeps an older event from
 * overwriting a newer one. One row per workspace and task; not a GraphQL type.
 */
@Entity({ tableName: "task_record" })
@Index({ properties: ["workspaceId", "projectId"] })
@Index({ properties: ["workspaceId", "completedOn"] })
export class TaskRecord {
  @PrimaryKey({ type: "uuid" })
  workspaceId!: string;

  /** portfolio's Task. */
  @PrimaryKey({ type: "uuid" })
  taskId!: string;

  /** The task's project (a task never changes project). */
  @Property({ type: "uuid" })
  projectId!: string;

  /** portfolio's TaskStatus; null until an event said it. */
  @Property({ type: "text", nullable: true })
  status: string | null = null;

  @Property({ type: "uuid", nullable: true })
  assigneeId: string | null = null;

  @Property({ type: "date", nullable: true })
  dueDate: string | null = null;

  @Property({ type: "double", nullable: true })
  estimateHours: number | null = null;

  /** The day (in the workspace's time zone) it last became DONE; null while it is not DONE. */
  @Property({ type: "date", nullable: true })
  completedOn: string | null = null;

  /**
   * True once portfolio said it was deleted: kept as a tombstone (with the deletion's event as the
   * watermark) so an older event arriving late cannot bring it back.
   */
  @Property({ type: "boolean", default: false })
  deleted: boolean = false;

  /** The last event applied (UUIDv7 ids sort by time). */
  @Property({ type: "uuid" })
  lastEventId!: string;
}
