import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { EnumFilter, IdFilter, type EnumFilterValue, LocalDate, SortDirection, StringFilter } from "@plateau/subgraph-kit";
import { Project, ProjectHealth, ProjectStatus } from "./project.entity.js";

const ProjectStatusFilter = EnumFilter(ProjectStatus, "ProjectStatus");
const ProjectHealthFilter = EnumFilter(ProjectHealth, "ProjectHealth");

@InputType({ description: "Filters projects; fields combine with AND." })
export class ProjectFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) category?: StringFilter;
  @Field(() => ProjectStatusFilter, { nullable: true }) status?: EnumFilterValue<ProjectStatus>;
  @Field(() => ProjectHealthFilter, { nullable: true }) health?: EnumFilterValue<ProjectHealth>;
  @Field(() => IdFilter, { nullable: true }) ownerId?: IdFilter;
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

@InputType()
export class CreateProjectInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: "2-12 characters: upper-case letters and digits, starting with a letter." }) key!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => ProjectStatus, { nullable: true }) status?: ProjectStatus;
  @Field(() => ProjectHealth, { nullable: true }) health?: ProjectHealth;
  @Field(() => LocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true }) endDate?: string | null;
  @Field(() => ID, { nullable: true, description: "Defaults to the caller." }) ownerId?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears an optional field." })
export class UpdateProjectInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the project is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => ProjectStatus, { nullable: true }) status?: ProjectStatus;
  @Field(() => ProjectHealth, { nullable: true }) health?: ProjectHealth;
  @Field(() => LocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => LocalDate, { nullable: true }) endDate?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
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
