import { Entity, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { TenantEntity } from "@plateau/subgraph-kit";
import { Project } from "./project.entity.js";

/**
 * The progress figures of a project as last published in `portfolio.project.progress_changed`
 * (project-progress.ts): what a change is compared with to know whether to publish again, and where
 * the event's `previous…` values come from. Written only by that one statement, under the project's
 * workflow lock; a project without a row has published nothing yet (progress 0, no blocked task, no dates, no team).
 */
@Entity({ tableName: "project_progress" })
@Unique({ properties: ["workspaceId", "project"] })
export class ProjectProgress extends TenantEntity {
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  /** The raw aggregate (`PROGRESS_SQL`), null without tasks: rounded like `Project.progress` when compared. */
  @Property({ type: "double", nullable: true })
  progress: number | null = null;

  @Property({ type: "integer" })
  blockedTaskCount: number = 0;

  @Property({ type: "date", nullable: true })
  startDate: string | null = null;

  @Property({ type: "date", nullable: true })
  endDate: string | null = null;

  /** The project's team (identity's Team) as last published: insights applies that team's utilisation to the project. */
  @Property({ type: "uuid", nullable: true })
  teamId: string | null = null;
}
