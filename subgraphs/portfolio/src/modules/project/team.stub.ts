import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * identity's Team, as portfolio points at it: the id only. Portfolio has no way to look teams up (it
 * talks to workspaces, not identity), so it checks a team id's form, not that the team exists; the
 * gateway resolves the rest of the Team from identity, where another workspace's team is not found.
 */
@Directive(`@key(fields: "id", resolvable: false)`)
@ObjectType()
export class Team {
  @Field(() => ID)
  id!: string;
}

/** A reference to a Team for a field that points at one. */
export const teamRef = (id: string | null): Team | null => (id ? { id } : null);
