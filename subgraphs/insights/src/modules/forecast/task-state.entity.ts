import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * What insights knows of each of portfolio's tasks, from portfolio's task events (task-state.consumer.ts):
 * its project, whether it is done and on which day (UTC), and its estimate: what velocity and forecasts
 * read. A deleted task stays as a tombstone, so an older event arriving late cannot bring it back.
 * Written only by the consumer's conditional upsert (newer events only, by UUIDv7 id). Not a GraphQL type.
 */
@Entity({ tableName: "task_state" })
@Index({ properties: ["workspaceId", "projectId"] })
export class TaskState {
  @PrimaryKey({ type: "uuid" })
  workspaceId!: string;

  /** portfolio's Task. */
  @PrimaryKey({ type: "uuid" })
  taskId!: string;

  @Property({ type: "uuid" })
  projectId!: string;

  /** portfolio's TaskStatus; null until an event says it. */
  @Property({ type: "string", length: 20, nullable: true })
  status: string | null = null;

  @Property({ type: "double", nullable: true })
  estimateHours: number | null = null;

  /** identity's User the task is assigned to (null: unassigned): what KNOWLEDGE_CONCENTRATION reads. */
  @Property({ type: "uuid", nullable: true })
  assigneeId: string | null = null;

  /** The identity skills the work needs, with the lowest level that will do: what SKILL_CONCENTRATION reads. */
  @Property({ type: "json", defaultRaw: `'[]'` })
  requiredSkills: { skillId: string; minLevel: string | null }[] = [];

  /** The day (UTC) the task was completed; null while it is not DONE. */
  @Property({ type: "date", nullable: true })
  completedOn: string | null = null;

  @Property({ type: "boolean" })
  deleted: boolean = false;

  /** The last event applied (UUIDv7 ids sort by creation): the watermark. */
  @Property({ type: "uuid" })
  lastEventId!: string;
}
