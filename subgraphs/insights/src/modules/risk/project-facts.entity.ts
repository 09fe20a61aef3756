import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * The latest facts insights has evaluated for a project, and as of when: the watermark that keeps
 * older facts from overwriting newer ones (project-facts.ts). One row per workspace and project;
 * written only through the conditional upsert of project-facts.ts, which also serialises concurrent
 * evaluations of one project (its row lock is held until the evaluation commits). Not a GraphQL type.
 */
@Entity({ tableName: "project_facts" })
@Index({ properties: ["workspaceId", "teamId"] })
export class ProjectFacts {
  @PrimaryKey({ type: "uuid" })
  workspaceId!: string;

  /** portfolio's Project. */
  @PrimaryKey({ type: "uuid" })
  projectId!: string;

  /** 0-100. */
  @Property({ type: "double" })
  progress!: number;

  @Property({ type: "date", nullable: true })
  startDate: string | null = null;

  @Property({ type: "date", nullable: true })
  endDate: string | null = null;

  @Property({ type: "integer" })
  blockedTaskCount!: number;

  /** The project's team (identity's Team), whose published utilisation TEAM_OVERLOAD reads; null for none. */
  @Property({ type: "uuid", nullable: true })
  teamId: string | null = null;

  /** When these facts were true: the event's `occurredAt` (or, for rows from before reads stopped writing, the time of a read). */
  @Property({ type: "datetime" })
  asOf!: Date;

  /** The `portfolio.project.progress_changed` event they came from; null on rows a read wrote before reads stopped writing. */
  @Property({ type: "uuid", nullable: true })
  eventId: string | null = null;

  /**
   * The project was deleted (portfolio's `project.deleted`): a tombstone, as of the end of time, so no late
   * event brings its facts back; left out of every evaluation and of `portfolioAnalysis`.
   */
  @Property({ type: "boolean" })
  deleted: boolean = false;

  /** The day (UTC) the rules last evaluated these facts on: the daily sweep evaluates them again on a later day (risk-sweep.ts). */
  @Property({ type: "date" })
  evaluatedOn!: string;
}
