import { Field, ID, InputType, registerEnumType } from "type-graphql";

/** What a utilisation report's rows are. */
export enum UtilizationGroupBy {
  USER = "USER",
  TEAM = "TEAM",
  PROJECT = "PROJECT",
  WEEK = "WEEK",
}

registerEnumType(UtilizationGroupBy, {
  name: "UtilizationGroupBy",
  description: "What a utilisation report's rows are.",
  valuesConfig: {
    USER: { description: "One row per person: their hours against their own capacity. MANAGER and above, or a MEMBER's own row." },
    TEAM: { description: "One row per team (identity's teams of the people in the report): its members' hours against their capacity." },
    PROJECT: {
      description:
        "One row per project: the hours logged on it against the capacity of the people who logged them, i.e. the share of its contributors' time it took.",
    },
    WEEK: { description: "One row per ISO week of the period (Monday): everyone's hours that week against everyone's capacity that week." },
  },
});

@InputType({
  description:
    "Narrows a report; fields combine with AND. Without people or a team, the report covers everyone who logged time in the period.",
})
export class UtilizationFilter {
  @Field(() => [ID], { nullable: true, description: "Only these people (members of the workspace)." }) userIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: "Only the members of this team." }) teamId?: string | null;
  @Field(() => [ID], { nullable: true, description: "Only hours logged on these projects." }) projectIds?: string[] | null;
}
