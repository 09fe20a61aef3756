import { Field, ID, ObjectType } from "type-graphql";
import { Team } from "./team.entity.js";

@ObjectType({ description: "The team as created or edited." })
export class TeamPayload {
  @Field(() => Team, { description: "The team after the change." }) team!: Team;
}

@ObjectType({ description: "What deleteTeam removed." })
export class DeleteTeamPayload {
  @Field(() => ID, { description: "The id of the team that no longer exists." }) deletedTeamId!: string;
}
