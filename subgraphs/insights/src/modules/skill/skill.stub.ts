import { Directive, Field, ID, ObjectType } from "type-graphql";

/** identity's Skill, as insights points at it (SKILL_CONCENTRATION's evidence): the id; the gateway resolves the rest. */
@Directive(`@key(fields: "id", resolvable: false)`)
@ObjectType()
export class Skill {
  @Field(() => ID)
  id!: string;
}

/** A reference to a Skill for a field that points at one. */
export const skillRef = (id: string): Skill => ({ id });
