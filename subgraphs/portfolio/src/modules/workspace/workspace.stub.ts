import { Directive, Field, ID, ObjectType } from "type-graphql";

/** workspaces' Workspace, as portfolio knows it: its id, plus `projects`. */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Workspace {
  @Field(() => ID)
  id!: string;
}
