import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { TenantEntity } from "@plateau/subgraph-kit";
import { Project, ProjectHealth } from "./project.entity.js";

/**
 * One entry of a project's status history: who said what about it and how healthy it was then. Never
 * edited; posting one sets the project's health (`postProjectStatusUpdate`).
 */
@ObjectType({ description: "A status report on a project: its health then, and what its author wrote." })
@Entity({ tableName: "project_status_update" })
@Index({ properties: ["workspaceId", "project", "createdAt"] })
export class ProjectStatusUpdate extends TenantEntity {
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  /** The User (identity) who posted it; exposed as `author`. */
  @Property({ type: "uuid" })
  authorId!: string;

  @Field(() => ProjectHealth, { description: "The health the author gave the project; it became the project's health." })
  @Enum({ items: () => ProjectHealth, nativeEnumName: "project_health" })
  health!: ProjectHealth;

  @Field(() => String, { description: "The report, as the author wrote it (1-10,000 characters)." })
  @Property({ type: "text" })
  text!: string;
}
