import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IdFilter, SortDirection, StringFilter } from "@plateau/subgraph-kit";
import { Team } from "./team.entity.js";

@InputType({ description: "Filters teams; fields combine with AND." })
export class TeamFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => [TeamFilter], { nullable: true }) and?: TeamFilter[];
  @Field(() => [TeamFilter], { nullable: true }) or?: TeamFilter[];
}

export enum TeamOrderField {
  NAME = "name",
  CREATED_AT = "createdAt",
}
registerEnumType(TeamOrderField, { name: "TeamOrderField" });

@InputType()
export class TeamOrder {
  @Field(() => TeamOrderField) field!: TeamOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class CreateTeamInput {
  @Field(() => String, { description: "Unique within the workspace; at most 120 characters." }) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears the description." })
export class UpdateTeamInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the team is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class DeleteTeamInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the team is still at this version." }) expectedVersion?:
    number | null;
}

@InputType()
export class AddTeamMemberInput {
  @Field(() => ID) teamId!: string;
  @Field(() => ID, { description: "A member of the current workspace." }) userId!: string;
}

@InputType()
export class RemoveTeamMemberInput {
  @Field(() => ID) teamId!: string;
  @Field(() => ID) userId!: string;
}

@ObjectType()
export class TeamPayload {
  @Field(() => Team) team!: Team;
}

@ObjectType()
export class DeleteTeamPayload {
  @Field(() => ID) deletedTeamId!: string;
}
