import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";

/** portfolio's Project, as timesheets knows it: its id, plus `effort`. */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Project {
  @Field(() => ID)
  id!: string;
}

/** A reference to a Project for a field that points at one. */
export const projectRef = (id: string): Project => ({ id });

/** Time logged on a project's tasks, across all users. */
@ObjectType({ description: "Time logged on a project's tasks." })
export class ProjectEffort {
  @Field(() => Float, { description: "All hours logged on the project's tasks." }) totalHours!: number;
  @Field(() => Float, { description: "The billable part of `totalHours`." }) billableHours!: number;
  @Field(() => Int, { description: "Number of time entries." }) entryCount!: number;
  @Field(() => Int, { description: "Distinct users who logged time." }) contributors!: number;
}
