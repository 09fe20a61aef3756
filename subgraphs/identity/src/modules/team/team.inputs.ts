import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { IdFilter, SortDirection, StringFilter } from "@plateau/subgraph-kit";

@InputType({ description: "Filters teams; fields combine with AND." })
export class TeamFilter {
  @Field(() => IdFilter, { nullable: true, description: "Teams with these ids." }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: "Teams whose name matches." }) name?: StringFilter;
  @Field(() => IdFilter, { nullable: true, description: "Teams led by these users (`isNull: true`: teams without a lead)." })
  leadId?: IdFilter;
  @Field(() => [TeamFilter], { nullable: true, description: "Every one of these filters matches." }) and?: TeamFilter[];
  @Field(() => [TeamFilter], { nullable: true, description: "At least one of these filters matches." }) or?: TeamFilter[];
}

export enum TeamOrderField {
  NAME = "name",
  CREATED_AT = "createdAt",
}

registerEnumType(TeamOrderField, {
  description: "What teams can be sorted by (ties are broken by id).",
  valuesConfig: { NAME: { description: "The name, alphabetically." }, CREATED_AT: { description: "When the team was created." } },
  name: "TeamOrderField",
});

@InputType({ description: "A sort order for teams." })
export class TeamOrder {
  @Field(() => TeamOrderField, { description: "What to sort by." }) field!: TeamOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending (default) or descending." })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: "A new team in the current workspace." })
export class CreateTeamInput {
  @Field(() => String, { description: "Unique within the workspace; at most 120 characters." }) name!: string;
  @Field(() => String, { nullable: true, description: "What the team does, as free text." }) description?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The team's lead: a member of the current workspace, added to the team as a member too; omit for none.",
  })
  leadId?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears the description or the lead." })
export class UpdateTeamInput {
  @Field(() => ID, { description: "The team to edit." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the team is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true, description: "A new name, unique within the workspace, at most 120 characters." }) name?:
    string | null;
  @Field(() => String, { nullable: true, description: "A new description; null clears it." }) description?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      "A new lead: a member of the current workspace, added to the team as a member when not one yet; null clears the lead (they stay a member).",
  })
  leadId?: string | null;
}

@InputType({ description: "The team to delete; its members stay in the workspace." })
export class DeleteTeamInput {
  @Field(() => ID, { description: "The team to delete." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the team is still at this version." }) expectedVersion?:
    number | null;
}

@InputType({ description: "A workspace member to add to a team." })
export class AddTeamMemberInput {
  @Field(() => ID, { description: "The team." }) teamId!: string;
  @Field(() => ID, { description: "A member of the current workspace." }) userId!: string;
}

@InputType({ description: "A member to take out of a team; they stay in the workspace." })
export class RemoveTeamMemberInput {
  @Field(() => ID, { description: "The team." }) teamId!: string;
  @Field(() => ID, { description: "The user to take out of it." }) userId!: string;
}
