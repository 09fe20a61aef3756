import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate, VersionedTenantEntity } from "@plateau/subgraph-kit";
import { ProjectCategory } from "../category/category.entity.js";

export enum ProjectStatus {
  PLANNED = "PLANNED",
  ACTIVE = "ACTIVE",
  ON_HOLD = "ON_HOLD",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
registerEnumType(ProjectStatus, {
  description: "Where a project stands in its lifecycle.",
  valuesConfig: {
    PLANNED: { description: "Not started yet." },
    ACTIVE: { description: "Under way." },
    ON_HOLD: { description: "Paused; expected to resume." },
    COMPLETED: { description: "Finished." },
    CANCELLED: { description: "Stopped for good." },
  },
  name: "ProjectStatus",
});

export enum ProjectHealth {
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
  OFF_TRACK = "OFF_TRACK",
}
registerEnumType(ProjectHealth, {
  description: "How a project is doing against its plan, as its managers judge it.",
  valuesConfig: {
    ON_TRACK: { description: "Going to plan." },
    AT_RISK: { description: "Threatened: may miss a date, a budget or a goal without action." },
    OFF_TRACK: { description: "Missing its plan: needs re-planning or escalation." },
  },
  name: "ProjectHealth",
});

/**
 * A project of a workspace's portfolio. Progress is derived from its tasks (project.stats.ts); health
 * changes are best posted as status updates (project-status-update.entity.ts), which keep the history.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A project in the workspace's portfolio." })
@Entity({ tableName: "project" })
@Index({ properties: ["workspaceId", "status"] })
@Index({ properties: ["workspaceId", "category"] })
@Unique({ properties: ["workspaceId", "key"] })
@Check({ name: "project_budget_complete", expression: "(budget_amount is null) = (budget_currency is null)" })
export class Project extends VersionedTenantEntity {
  @Field(() => String, { description: "Its name, 1-200 characters." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { description: "Short unique code within the workspace, e.g. VULN." })
  @Property({ type: "string", length: 12 })
  key!: string;

  @Field(() => String, { nullable: true, description: "What the project is about, as free text; null for none." })
  @Property({ type: "text", nullable: true })
  description: string | null = null;

  /** One of the workspace's categories; exposed as `category`. A category in use cannot be deleted. */
  @ManyToOne({ entity: () => ProjectCategory, ref: true, nullable: true, deleteRule: "restrict" })
  category: Ref<ProjectCategory> | null = null;

  @Field(() => ProjectStatus, { description: "Where it stands in its lifecycle." })
  @Enum({ items: () => ProjectStatus, nativeEnumName: "project_status" })
  status: ProjectStatus = ProjectStatus.PLANNED;

  @Field(() => ProjectHealth, { description: "How it is doing against its plan (the latest status update's health)." })
  @Enum({ items: () => ProjectHealth, nativeEnumName: "project_health" })
  health: ProjectHealth = ProjectHealth.ON_TRACK;

  @Field(() => LocalDate, { nullable: true, description: "Planned start." })
  @Property({ type: "date", nullable: true })
  startDate: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: "Planned end." })
  @Property({ type: "date", nullable: true })
  endDate: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: "Planned start when the baseline was set (`setProjectBaseline`)." })
  @Property({ type: "date", nullable: true })
  baselineStartDate: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: "Planned end when the baseline was set (`setProjectBaseline`)." })
  @Property({ type: "date", nullable: true })
  baselineEndDate: string | null = null;

  @Field(() => Date, { nullable: true, description: "When the baseline was last set; null: never." })
  @Property({ type: "datetime", nullable: true })
  baselineSetAt: Date | null = null;

  /** The budget's amount, exact; set together with `budgetCurrency` (both or neither); exposed as `budget`. */
  @Property({ type: "decimal", precision: 18, scale: 4, nullable: true })
  budgetAmount: string | null = null;

  /** ISO 4217 code of the budget's currency. */
  @Property({ type: "string", length: 3, nullable: true })
  budgetCurrency: string | null = null;

  /** The owner (a User, resolved by identity); exposed as `owner`. */
  @Property({ type: "uuid", nullable: true })
  ownerId: string | null = null;

  /** The team working on it (a Team, owned by identity); exposed as `team`. */
  @Property({ type: "uuid", nullable: true })
  teamId: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "When the project was archived; null while it is not. Archived projects are read-only.",
  })
  @Property({ type: "datetime", nullable: true })
  archivedAt: Date | null = null;
}
