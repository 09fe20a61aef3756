import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { EnumFilter, IdFilter, type EnumFilterValue, LocalDate, SortDirection, StringFilter } from "@plateau/subgraph-kit";
import { Project, ProjectHealth, ProjectStatus } from "./project.entity.js";
import { ProjectStatusUpdate } from "./project-status-update.entity.js";

const ProjectStatusFilter = EnumFilter(ProjectStatus, "ProjectStatus");
const ProjectHealthFilter = EnumFilter(ProjectHealth, "ProjectHealth");

@InputType({ description: "Filters projects; fields combine with AND. Archived projects are left out unless `archived` says otherwise." })
export class ProjectFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) key?: StringFilter;
  @Field(() => IdFilter, { nullable: true, description: "`isNull: true` selects projects without a category." }) categoryId?: IdFilter;
  @Field(() => ProjectStatusFilter, { nullable: true }) status?: EnumFilterValue<ProjectStatus>;
  @Field(() => ProjectHealthFilter, { nullable: true }) health?: EnumFilterValue<ProjectHealth>;
  @Field(() => IdFilter, { nullable: true }) ownerId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) teamId?: IdFilter;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only archived projects; false: only unarchived ones. When no part of the filter says, archived projects are left out.",
  })
  archived?: boolean | null;
  @Field(() => [ProjectFilter], { nullable: true }) and?: ProjectFilter[];
  @Field(() => [ProjectFilter], { nullable: true }) or?: ProjectFilter[];
}

export enum ProjectOrderField {
  NAME = "name",
  KEY = "key",
  START_DATE = "startDate",
  END_DATE = "endDate",
  CREATED_AT = "createdAt",
}
registerEnumType(ProjectOrderField, { name: "ProjectOrderField" });

@InputType()
export class ProjectOrder {
  @Field(() => ProjectOrderField) field!: ProjectOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: "A budget: an exact decimal amount in an ISO 4217 currency." })
export class BudgetInput {
  @Field(() => String, { description: 'Non-negative decimal as a string, e.g. "125000.50"; at most the currency\'s decimal places.' })
  amount!: string;
  @Field(() => String, { description: "ISO 4217 code, e.g. EUR." }) currency!: string;
}

@ObjectType({ description: "A budget: an exact decimal amount in an ISO 4217 currency." })
export class Budget {
  @Field(() => String, { description: 'Decimal as a string with the currency\'s decimal places, e.g. "125000.00" (EUR), "5000" (JPY).' })
  amount!: string;
  @Field(() => String, { description: "ISO 4217 code." }) currency!: string;
}

@InputType()
export class CreateProjectInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: "2-12 characters: upper-case letters and digits, starting with a letter." }) key!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true, description: "One of the workspace's project categories." }) categoryId?: string | null;
  @Field(() => ProjectStatus, { nullable: true }) status?: ProjectStatus;
  @Field(() => ProjectHealth, { nullable: true }) health?: ProjectHealth;
  @Field(() => LocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true }) endDate?: string | null;
  @Field(() => BudgetInput, { nullable: true }) budget?: BudgetInput | null;
  @Field(() => ID, { nullable: true, description: "Defaults to the caller." }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: "An identity Team of the workspace." }) teamId?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears an optional field." })
export class UpdateProjectInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the project is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => ProjectStatus, { nullable: true }) status?: ProjectStatus;
  @Field(() => ProjectHealth, {
    nullable: true,
    description: "Prefer `postProjectStatusUpdate`, which keeps the history; a change here is an event all the same.",
  })
  health?: ProjectHealth;
  @Field(() => LocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true }) endDate?: string | null;
  @Field(() => BudgetInput, { nullable: true }) budget?: BudgetInput | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
}

@InputType()
export class DeleteProjectInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@ObjectType()
export class ProjectPayload {
  @Field(() => Project) project!: Project;
}

@ObjectType()
export class DeleteProjectPayload {
  @Field(() => ID) deletedProjectId!: string;
}

@InputType()
export class PostProjectStatusUpdateInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ProjectHealth, { description: "Becomes the project's health." }) health!: ProjectHealth;
  @Field(() => String, { description: "1 to 10,000 characters." }) text!: string;
}

@ObjectType()
export class PostProjectStatusUpdatePayload {
  @Field(() => ProjectStatusUpdate) statusUpdate!: ProjectStatusUpdate;
  @Field(() => Project, { description: "The project, with its new health." }) project!: Project;
}

@InputType({ description: "Names a project to act on, optionally at a version." })
export class ProjectActionInput {
  @Field(() => ID) projectId!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the project is still at this version." })
  expectedVersion?: number | null;
}
