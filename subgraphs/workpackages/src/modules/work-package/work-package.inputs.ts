import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import {
  BudgetInput,
  DateFilter,
  EnumFilter,
  IdFilter,
  IntFilter,
  LocalDate,
  SortDirection,
  StringFilter,
  type EnumFilterValue,
} from "@plateau/subgraph-kit";
import { RiskLevel, WorkPackageKind, WorkPackageStatus } from "./work-package.entity.js";

const WorkPackageKindFilter = EnumFilter(WorkPackageKind, "WorkPackageKind");

const WorkPackageStatusFilter = EnumFilter(WorkPackageStatus, "WorkPackageStatus");

const RiskLevelFilter = EnumFilter(RiskLevel, "RiskLevel");

@InputType({ description: "Filters work packages; fields combine with AND." })
export class WorkPackageFilter {
  @Field(() => IdFilter, { nullable: true, description: "Packages with these ids." }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: "Packages whose name matches." }) name?: StringFilter;
  @Field(() => WorkPackageKindFilter, { nullable: true, description: "Packages of these kinds." }) kind?: EnumFilterValue<WorkPackageKind>;
  @Field(() => WorkPackageStatusFilter, { nullable: true, description: "Packages in these states." })
  status?: EnumFilterValue<WorkPackageStatus>;
  @Field(() => RiskLevelFilter, { nullable: true, description: "Packages at these risk levels." }) riskLevel?: EnumFilterValue<RiskLevel>;
  @Field(() => IdFilter, { nullable: true, description: "`isNull: true` selects packages outside any project." }) projectId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "`isNull: true` selects top-level packages." }) parentId?: IdFilter;
  @Field(() => IntFilter, { nullable: true, description: "Packages whose progress (0-100) is in this range." }) progress?: IntFilter;
  @Field(() => DateFilter, { nullable: true, description: "Packages planned to start in this range (`isNull: true`: unscheduled)." })
  startDate?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "Packages planned to end in this range (`isNull: true`: unscheduled)." })
  endDate?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "Packages that actually finished in this range (`isNull: true`: not finished)." })
  actualEndDate?: DateFilter;
  @Field(() => [WorkPackageFilter], { nullable: true, description: "Every one of these filters matches." }) and?: WorkPackageFilter[];
  @Field(() => [WorkPackageFilter], { nullable: true, description: "At least one of these filters matches." }) or?: WorkPackageFilter[];
}

/** GraphQL filter fields that name relation properties. */
export const WORK_PACKAGE_FILTER_FIELDS = { parentId: "parent" };

export enum WorkPackageOrderField {
  NAME = "name",
  STATUS = "status",
  RISK_LEVEL = "riskLevel",
  PROGRESS = "progress",
  START_DATE = "startDate",
  END_DATE = "endDate",
  CREATED_AT = "createdAt",
  UPDATED_AT = "updatedAt",
}

registerEnumType(WorkPackageOrderField, {
  description: "What work packages can be sorted by (ties are broken by id).",
  valuesConfig: {
    NAME: { description: "The name, alphabetically." },
    STATUS: { description: "The status, in the order PLANNED, IN_PROGRESS, COMPLETED, BLOCKED, CANCELLED." },
    RISK_LEVEL: { description: "The risk level, LOW < MEDIUM < HIGH < CRITICAL." },
    PROGRESS: { description: "The progress percentage." },
    START_DATE: { description: "The planned start day." },
    END_DATE: { description: "The planned end day." },
    CREATED_AT: { description: "When the package was created." },
    UPDATED_AT: { description: "When the package was last changed." },
  },
  name: "WorkPackageOrderField",
});

@InputType({ description: "A sort order for work packages; without one, oldest first." })
export class WorkPackageOrder {
  @Field(() => WorkPackageOrderField, { description: "What to sort by." }) field!: WorkPackageOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending (default) or descending." })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: "A new work package in the current workspace." })
export class CreateWorkPackageInput {
  @Field(() => String, { description: "1-200 characters." }) name!: string;
  @Field(() => String, { nullable: true, description: "What the package is about, as free text; null for none." }) description?:
    string | null;
  @Field(() => WorkPackageKind, { nullable: true, description: "Defaults to PROJECT." }) kind?: WorkPackageKind | null;
  @Field(() => WorkPackageStatus, { nullable: true, description: "Defaults to PLANNED." }) status?: WorkPackageStatus | null;
  @Field(() => RiskLevel, { nullable: true, description: "Defaults to LOW." }) riskLevel?: RiskLevel | null;
  @Field(() => Int, { nullable: true, description: "0-100; set to 100 when the status is COMPLETED." }) progress?: number | null;
  @Field(() => ID, { nullable: true, description: "A portfolio project." }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: "A work package of the same workspace." }) parentId?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "The planned first day (YYYY-MM-DD)." }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "The planned last day; not before `startDate`." }) endDate?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "The day work actually began; not in the future." }) actualStartDate?:
    string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: "The day work actually finished; not before `actualStartDate`, not in the future.",
  })
  actualEndDate?: string | null;
  @Field(() => Float, { nullable: true, description: "Estimated effort in hours, at least 0." }) estimatedEffortHours?: number | null;
  @Field(() => Float, { nullable: true, description: "Effort spent so far in hours, at least 0." }) actualEffortHours?: number | null;
  @Field(() => BudgetInput, { nullable: true, description: "The budget allocated (budget at completion)." }) budget?: BudgetInput | null;
  @Field(() => BudgetInput, { nullable: true, description: "The budget spent so far, in the budget's currency; needs a budget." })
  budgetSpent?: BudgetInput | null;
}

@InputType({ description: "Only the fields given are changed; null clears an optional field." })
export class UpdateWorkPackageInput {
  @Field(() => ID, { description: "The work package to edit." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the package is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true, description: "A new name, 1-200 characters." }) name?: string | null;
  @Field(() => String, { nullable: true, description: "A new description; null clears it." }) description?: string | null;
  @Field(() => WorkPackageKind, { nullable: true, description: "A new kind." }) kind?: WorkPackageKind | null;
  @Field(() => WorkPackageStatus, { nullable: true, description: "A new status; COMPLETED sets progress to 100." })
  status?: WorkPackageStatus | null;
  @Field(() => RiskLevel, { nullable: true, description: "A new risk level." }) riskLevel?: RiskLevel | null;
  @Field(() => Int, { nullable: true, description: "New progress, 0-100." }) progress?: number | null;
  @Field(() => ID, { nullable: true, description: "Another portfolio project; null takes the package out of any project." }) projectId?:
    string | null;
  @Field(() => ID, { nullable: true, description: "Null makes the package top-level; a cycle is refused." }) parentId?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "A new planned first day; null clears it." }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "A new planned last day, not before the start; null clears it." }) endDate?:
    string | null;
  @Field(() => LocalDate, { nullable: true, description: "The day work actually began, not in the future; null clears it." })
  actualStartDate?: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: "The day work actually finished, not before the actual start nor in the future; null clears it.",
  })
  actualEndDate?: string | null;
  @Field(() => Float, { nullable: true, description: "A new effort estimate in hours, at least 0; null clears it." })
  estimatedEffortHours?: number | null;
  @Field(() => Float, { nullable: true, description: "The effort spent so far in hours, at least 0; null clears it." }) actualEffortHours?:
    number | null;
  @Field(() => BudgetInput, { nullable: true, description: "A new budget allocated; null clears it (and the budget spent)." })
  budget?: BudgetInput | null;
  @Field(() => BudgetInput, { nullable: true, description: "The budget spent so far, in the budget's currency; null clears it." })
  budgetSpent?: BudgetInput | null;
}

@InputType({ description: "The work package to delete." })
export class DeleteWorkPackageInput {
  @Field(() => ID, { description: "The work package to delete." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the package is still at this version." }) expectedVersion?:
    number | null;
}
