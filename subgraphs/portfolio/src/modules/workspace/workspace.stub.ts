import { Directive, Field, ID, ObjectType } from "type-graphql";

/** workspaces' Workspace, as portfolio knows it: its id, plus `projects` (project/workspace-projects.resolver.ts). */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Workspace {
  @Field(() => ID)
  id!: string;
}
