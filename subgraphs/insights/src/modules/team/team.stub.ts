import { Directive, Field, ID, ObjectType } from "type-graphql";

/** identity's Team, as insights points at it (a risk's evidence): the id; the gateway resolves the rest. */
@Directive(`@key(fields: "id", resolvable: false)`)
@ObjectType()
export class Team {
  @Field(() => ID)
  id!: string;
}

/** A reference to a Team for a field that points at one. */
export const teamRef = (id: string): Team => ({ id });
