import { Directive, Field, ID, ObjectType } from "type-graphql";

/** portfolio's Project, as workpackages knows it: its id, plus the field workpackages adds (`workPackages`). */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Project {
  @Field(() => ID)
  id!: string;
}

/** A reference to a Project for a field that points at one. */
export const projectRef = (id: string | null): Project | null => (id ? { id } : null);
