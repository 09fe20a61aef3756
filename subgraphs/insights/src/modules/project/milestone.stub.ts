import { Directive, Field, ID, ObjectType } from "type-graphql";

/** portfolio's Milestone, as insights points at it (a forecast's milestones): the id; the gateway resolves the rest. */
@Directive(`@key(fields: "id", resolvable: false)`)
@ObjectType()
export class Milestone {
  @Field(() => ID)
  id!: string;
}

/** A reference to a Milestone for a field that points at one. */
export const milestoneRef = (id: string): Milestone => ({ id });
