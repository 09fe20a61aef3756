import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { BudgetInput, EnumFilter, IdFilter, type EnumFilterValue, LocalDate, SortDirection, StringFilter } from "@plateau/subgraph-kit";
import { ProjectHealth, ProjectStatus } from "./project.entity.js";

const ProjectStatusFilter = EnumFilter(ProjectStatus, "ProjectStatus");
const ProjectHealthFilter = EnumFilter(ProjectHealth, "ProjectHealth");

@InputType({ description: "Filters projects; fields combine with AND. Archived projects are left out unless `archived` says otherwise." })
export class ProjectFilter {
  @Field(() => IdFilter, { nullable: true, description: "Projects with these ids." }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: "Projects whose name matches." }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "Projects whose key matches." }) key?: StringFilter;
  @Field(() => IdFilter, { nullable: true, description: "`isNull: true` selects projects without a category." }) categoryId?: IdFilter;
  @Field(() => ProjectStatusFilter, { nullable: true, description: "Projects in these states." }) status?: EnumFilterValue<ProjectStatus>;
  @Field(() => ProjectHealthFilter, { nullable: true, description: "Projects of these healths." }) health?: EnumFilterValue<ProjectHealth>;
  @Field(() => IdFilter, { nullable: true, description: "Projects owned by these users." }) ownerId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Projects of these teams (`isNull: true`: without a team)." }) teamId?: IdFilter;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only archived projects; false: only unarchived ones. When no part of the filter says, archived projects are left out.",
  })
  archived?: boolean | null;
  @Field(() => [ProjectFilter], { nullable: true, description: "Every one of these filters matches." }) and?: ProjectFilter[];
  @Field(() => [ProjectFilter], { nullable: true, description: "At least one of these filters matches." }) or?: ProjectFilter[];
}

export enum ProjectOrderField {
  NAME = "name",
  KEY = "key",
  START_DATE = "startDate",
  END_DATE = "endDate",
  CREATED_AT = "createdAt",
}
registerEnumType(ProjectOrderField, {
  description: "What projects can be sorted by (ties are broken by id).",
  valuesConfig: {
    NAME: { description: "The name, alphabetically." },
    KEY: { description: "The key, alphabetically." },
    START_DATE: { description: "The planned start." },
    END_DATE: { description: "The planned end." },
    CREATED_AT: { description: "When the project was created." },
  },
  name: "ProjectOrderField",
});

@InputType({ description: "A sort order for projects." })
export class ProjectOrder {
  @Field(() => ProjectOrderField, { description: "What to sort by." }) field!: ProjectOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending (default) or descending." })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: "A new project in the current workspace." })
export class CreateProjectInput {
  @Field(() => String, { description: "Its name, 1-200 characters." }) name!: string;
  @Field(() => String, { description: "2-12 characters: upper-case letters and digits, starting with a letter." }) key!: string;
  @Field(() => String, { nullable: true, description: "What the project is about, as free text." }) description?: string | null;
  @Field(() => ID, { nullable: true, description: "One of the workspace's project categories." }) categoryId?: string | null;
  @Field(() => ProjectStatus, { nullable: true, description: "Where it starts (default PLANNED)." }) status?: ProjectStatus;
  @Field(() => ProjectHealth, { nullable: true, description: "How it is doing (default ON_TRACK)." }) health?: ProjectHealth;
  @Field(() => LocalDate, { nullable: true, description: "The planned start." }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "The planned end; not before `startDate`." }) endDate?: string | null;
  @Field(() => BudgetInput, { nullable: true, description: "Its budget; omit for none." }) budget?: BudgetInput | null;
  @Field(() => ID, { nullable: true, description: "Defaults to the caller." }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: "An identity Team of the workspace." }) teamId?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears an optional field." })
export class UpdateProjectInput {
  @Field(() => ID, { description: "The project to edit." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the project is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true, description: "A new name, 1-200 characters." }) name?: string;
  @Field(() => String, { nullable: true, description: "A new description; null clears it." }) description?: string | null;
  @Field(() => ID, { nullable: true, description: "Another of the workspace's categories; null takes the project out of its category." })
  categoryId?: string | null;
  @Field(() => ProjectStatus, { nullable: true, description: "A new status." }) status?: ProjectStatus;
  @Field(() => ProjectHealth, {
    nullable: true,
    description: "Prefer `postProjectStatusUpdate`, which keeps the history; a change here is an event all the same.",
  })
  health?: ProjectHealth;
  @Field(() => LocalDate, { nullable: true, description: "A new planned start; null clears it." }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true, description: "A new planned end, not before the start; null clears it." }) endDate?:
    string | null;
  @Field(() => BudgetInput, { nullable: true, description: "A new budget; null clears it." }) budget?: BudgetInput | null;
  @Field(() => ID, { nullable: true, description: "A new owner from the workspace's members; null leaves the project without one." })
  ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: "Another identity Team of the workspace; null clears it." }) teamId?: string | null;
}

@InputType({ description: "The project to delete, with everything in it." })
export class DeleteProjectInput {
  @Field(() => ID, { description: "The project to delete." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the project is still at this version." }) expectedVersion?:
    number | null;
}

@InputType({ description: "A status report on a project: its health and what is going on." })
export class PostProjectStatusUpdateInput {
  @Field(() => ID, { description: "The project reported on." }) projectId!: string;
  @Field(() => ProjectHealth, { description: "Becomes the project's health." }) health!: ProjectHealth;
  @Field(() => String, { description: "1 to 10,000 characters." }) text!: string;
}

@InputType({ description: "Names a project to act on, optionally at a version." })
export class ProjectActionInput {
  @Field(() => ID, { description: "The project to act on." }) projectId!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the project is still at this version." })
  expectedVersion?: number | null;
}
