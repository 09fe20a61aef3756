import { Directive, Field, ID, ObjectType } from "type-graphql";

/** identity's User, as insights points at it (who asked for an analysis): the id; the gateway resolves the rest. */
@Directive(`@key(fields: "id", resolvable: false)`)
@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;
}

/** A reference to a User for a field that points at one. */
export const userRef = (id: string): User => ({ id });
