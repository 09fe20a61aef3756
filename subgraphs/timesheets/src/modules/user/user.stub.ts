import { Directive, Field, ID, ObjectType } from "type-graphql";

/** identity's User, as timesheets knows it: its id, plus `timeEntries`. */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;
}

/** A reference to a User for a field that points at one. */
export const userRef = (id: string): User => ({ id });
