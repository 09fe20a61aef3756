import { Entity, Enum, Index, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate, VersionedTenantEntity } from "@plateau/subgraph-kit";

export enum ProjectStatus {
  PLANNED = "PLANNED",
  ACTIVE = "ACTIVE",
  ON_HOLD = "ON_HOLD",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
registerEnumType(ProjectStatus, { name: "ProjectStatus" });

export enum ProjectHealth {
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
  OFF_TRACK = "OFF_TRACK",
}
registerEnumType(ProjectHealth, { name: "ProjectHealth" });

/** A project of a workspace's portfolio. Progress is derived from its tasks (see ProjectStatsResolver). */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A project in the workspace's portfolio." })
@Entity({ tableName: "project" })
@Index({ properties: ["workspaceId", "status"] })
@Unique({ properties: ["workspaceId", "key"] })
export class Project extends VersionedTenantEntity {
  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { description: "Short unique code within the workspace, e.g. VULN." })
  @Property({ type: "string", length: 12 })
  key!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  description: string | null = null;

  @Field(() => String, { nullable: true, description: "Workspace-defined category, e.g. Security." })
  @Property({ type: "string", length: 80, nullable: true })
  category: string | null = null;

  @Field(() => ProjectStatus)
  @Enum({ items: () => ProjectStatus, nativeEnumName: "project_status" })
  status: ProjectStatus = ProjectStatus.PLANNED;

  @Field(() => ProjectHealth)
  @Enum({ items: () => ProjectHealth, nativeEnumName: "project_health" })
  health: ProjectHealth = ProjectHealth.ON_TRACK;

  @Field(() => LocalDate, { nullable: true, description: "Planned start." })
  @Property({ type: "date", nullable: true })
  startDate: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: "Planned end." })
  @Property({ type: "date", nullable: true })
  endDate: string | null = null;

  /** The owner (a User, resolved by identity); exposed as `owner`. */
  @Property({ type: "uuid", nullable: true })
  ownerId: string | null = null;
}
