import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { EnumFilter, IdFilter, LocalDate, SortDirection, StringFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { RiskLevel, WorkPackage, WorkPackageKind, WorkPackageStatus } from "./work-package.entity.js";

const WorkPackageKindFilter = EnumFilter(WorkPackageKind, "WorkPackageKind");
const WorkPackageStatusFilter = EnumFilter(WorkPackageStatus, "WorkPackageStatus");
const RiskLevelFilter = EnumFilter(RiskLevel, "RiskLevel");

@InputType({ description: "Filters work packages; fields combine with AND." })
export class WorkPackageFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => WorkPackageKindFilter, { nullable: true }) kind?: EnumFilterValue<WorkPackageKind>;
  @Field(() => WorkPackageStatusFilter, { nullable: true }) status?: EnumFilterValue<WorkPackageStatus>;
  @Field(() => RiskLevelFilter, { nullable: true }) riskLevel?: EnumFilterValue<RiskLevel>;
  @Field(() => IdFilter, { nullable: true, description: "`isNull: true` selects packages outside any project." }) projectId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "`isNull: true` selects top-level packages." }) parentId?: IdFilter;
  @Field(() => [WorkPackageFilter], { nullable: true }) and?: WorkPackageFilter[];
  @Field(() => [WorkPackageFilter], { nullable: true }) or?: WorkPackageFilter[];
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
registerEnumType(WorkPackageOrderField, { name: "WorkPackageOrderField" });

@InputType()
export class WorkPackageOrder {
  @Field(() => WorkPackageOrderField) field!: WorkPackageOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class CreateWorkPackageInput {
  @Field(() => String, { description: "1-200 characters." }) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => WorkPackageKind, { nullable: true, description: "Defaults to PROJECT." }) kind?: WorkPackageKind | null;
  @Field(() => WorkPackageStatus, { nullable: true, description: "Defaults to PLANNED." }) status?: WorkPackageStatus | null;
  @Field(() => RiskLevel, { nullable: true, description: "Defaults to LOW." }) riskLevel?: RiskLevel | null;
  @Field(() => Int, { nullable: true, description: "0-100; set to 100 when the status is COMPLETED." }) progress?: number | null;
  @Field(() => ID, { nullable: true, description: "A portfolio project." }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: "A work package of the same workspace." }) parentId?: string | null;
  @Field(() => LocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true }) endDate?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears an optional field." })
export class UpdateWorkPackageInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the package is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => WorkPackageKind, { nullable: true }) kind?: WorkPackageKind | null;
  @Field(() => WorkPackageStatus, { nullable: true }) status?: WorkPackageStatus | null;
  @Field(() => RiskLevel, { nullable: true }) riskLevel?: RiskLevel | null;
  @Field(() => Int, { nullable: true }) progress?: number | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: "Null makes the package top-level; a cycle is refused." }) parentId?: string | null;
  @Field(() => LocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true }) endDate?: string | null;
}

@InputType()
export class DeleteWorkPackageInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@ObjectType()
export class WorkPackagePayload {
  @Field(() => WorkPackage) workPackage!: WorkPackage;
}

@ObjectType()
export class DeleteWorkPackagePayload {
  @Field(() => ID) deletedWorkPackageId!: string;
}
