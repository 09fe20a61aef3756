import { Directive, Field, ID, ObjectType } from "type-graphql";

/** identity's User, as portfolio knows it: its id, plus the fields portfolio adds (`assignedTasks`, task/user-tasks.resolver.ts). */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;
}

/** A reference to a User for a field that points at one. */
export const userRef = (id: string | null): User | null => (id ? { id } : null);
