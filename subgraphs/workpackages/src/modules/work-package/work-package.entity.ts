import { Check, Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate, VersionedTenantEntity } from "@plateau/subgraph-kit";

/** What scale of effort a work package is (ArchiMate leaves this to the modeller). */
export enum WorkPackageKind {
  PROJECT = "PROJECT",
  INITIATIVE = "INITIATIVE",
  PHASE = "PHASE",
  EPIC = "EPIC",
  TASK = "TASK",
}
registerEnumType(WorkPackageKind, {
  description: "The scale of effort a work package stands for.",
  valuesConfig: {
    PROJECT: { description: "A project with its own budget and plan." },
    INITIATIVE: { description: "A programme of several projects towards one goal." },
    PHASE: { description: "A stage of a project or initiative." },
    EPIC: { description: "A large body of work, split into tasks." },
    TASK: { description: "A single piece of work." },
  },
  name: "WorkPackageKind",
});

export enum WorkPackageStatus {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
  BLOCKED = "BLOCKED",
  CANCELLED = "CANCELLED",
}
registerEnumType(WorkPackageStatus, {
  description: "Where a work package stands.",
  valuesConfig: {
    PLANNED: { description: "Not started yet." },
    IN_PROGRESS: { description: "Being worked on." },
    COMPLETED: { description: "Done; progress is 100." },
    BLOCKED: { description: "Cannot go on until something else happens." },
    CANCELLED: { description: "Stopped for good; kept for history." },
  },
  name: "WorkPackageStatus",
});

export enum RiskLevel {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  CRITICAL = "CRITICAL",
}
registerEnumType(RiskLevel, {
  description: "How likely a work package is to miss its goal, as its owner rates it.",
  valuesConfig: {
    LOW: { description: "On track." },
    MEDIUM: { description: "Some threats; watch it." },
    HIGH: { description: "Likely to slip without action." },
    CRITICAL: { description: "Failing: escalate." },
  },
  name: "RiskLevel",
});

/**
 * An ArchiMate work package: a series of actions that realizes architecture elements. Packages nest
 * through `parent` (same workspace, never a cycle) and may belong to a portfolio Project.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "An ArchiMate work package: planned effort that realizes architecture elements." })
@Entity({ tableName: "work_package" })
@Index({ properties: ["workspaceId", "projectId"] })
@Index({ properties: ["workspaceId", "parent"] })
@Index({ properties: ["workspaceId", "status"] })
@Check({ name: "work_package_budget_complete", expression: "(budget_amount is null) = (budget_currency is null)" })
@Check({ name: "work_package_spent_needs_budget", expression: "budget_spent_amount is null or budget_amount is not null" })
export class WorkPackage extends VersionedTenantEntity {
  @Field(() => String, { description: "Its name, 1-200 characters." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the package is about, as free text; null for none." })
  @Property({ type: "text", nullable: true })
  description: string | null = null;

  @Field(() => WorkPackageKind, { description: "The scale of effort it stands for." })
  @Enum({ items: () => WorkPackageKind, nativeEnumName: "work_package_kind" })
  kind: WorkPackageKind = WorkPackageKind.PROJECT;

  @Field(() => WorkPackageStatus, { description: "Where it stands." })
  @Enum({ items: () => WorkPackageStatus, nativeEnumName: "work_package_status" })
  status: WorkPackageStatus = WorkPackageStatus.PLANNED;

  @Field(() => RiskLevel, { description: "How likely it is to miss its goal." })
  @Enum({ items: () => RiskLevel, nativeEnumName: "risk_level" })
  riskLevel: RiskLevel = RiskLevel.LOW;

  @Field(() => Int, { description: "Completion, 0 to 100; always 100 once COMPLETED." })
  @Property({ type: "smallint" })
  progress: number = 0;

  /** A portfolio Project (owned by another subgraph, so no foreign key); exposed also as `project`. */
  @Field(() => ID, { nullable: true, description: "The portfolio project this package belongs to." })
  @Property({ type: "uuid", nullable: true })
  projectId: string | null = null;

  /** Children are detached, not deleted, when their parent goes (see workPackageService.remove). */
  @ManyToOne({ entity: () => WorkPackage, ref: true, nullable: true, deleteRule: "set null" })
  parent: Ref<WorkPackage> | null = null;

  @Field(() => LocalDate, { nullable: true, description: "Planned start." })
  @Property({ type: "date", nullable: true })
  startDate: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: "Planned end; not before startDate." })
  @Property({ type: "date", nullable: true })
  endDate: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: "The day work actually began; null until it has." })
  @Property({ type: "date", nullable: true })
  actualStartDate: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: "The day work actually finished; not before actualStartDate; null until it has." })
  @Property({ type: "date", nullable: true })
  actualEndDate: string | null = null;

  @Field(() => Float, { nullable: true, description: "The effort the package is estimated to take, in hours; null when not estimated." })
  @Property({ type: "double", nullable: true })
  estimatedEffortHours: number | null = null;

  @Field(() => Float, {
    nullable: true,
    description: "The effort spent so far, in hours, as recorded on the package; null when not recorded.",
  })
  @Property({ type: "double", nullable: true })
  actualEffortHours: number | null = null;

  /** The budget allocated, exact; set together with `budgetCurrency` (both or neither); exposed as `budget`. */
  @Property({ type: "decimal", precision: 18, scale: 4, nullable: true })
  budgetAmount: string | null = null;

  /** ISO 4217 code of the budget's currency, which the budget spent shares. */
  @Property({ type: "string", length: 3, nullable: true })
  budgetCurrency: string | null = null;

  /** The budget spent so far, exact, in `budgetCurrency` (only with a budget); exposed as `budgetSpent`. */
  @Property({ type: "decimal", precision: 18, scale: 4, nullable: true })
  budgetSpentAmount: string | null = null;
}
