import { Directive, Field, ID, ObjectType } from "type-graphql";

/** portfolio's Project, as insights knows it: its id, plus `risks`, which insights adds. */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Project {
  @Field(() => ID)
  id!: string;
}

/** A reference to a Project, for a field that points at one (the gateway resolves the rest in portfolio). */
export const projectRef = (id: string): Project => ({ id });
