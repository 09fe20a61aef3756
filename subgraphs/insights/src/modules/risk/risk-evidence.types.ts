import { Field, Float, ObjectType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { Team, teamRef } from "../team/team.stub.js";
import type { RiskEvidenceFacts } from "./risk.detectors.js";

@ObjectType({
  description:
    "What a risk rests on: for TEAM_OVERLOAD, the team's utilisation over the period timesheets last measured (the four ISO weeks ending with the last complete one).",
})
export class RiskEvidence {
  @Field(() => Team, { description: "The team whose figures these are (resolved by identity)." })
  team!: Team;

  @Field(() => LocalDate, { description: "The period's first day." })
  periodFrom!: string;

  @Field(() => LocalDate, { description: "The period's last day." })
  periodTo!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Logged hours ÷ capacity over the period (1 = fully used); null when the team had no capacity in it.",
  })
  utilization!: number | null;

  @Field(() => Float, { description: "Hours the team's members logged in the period." })
  loggedHours!: number;

  @Field(() => Float, { description: "The members' capacity in the period, in hours (holidays and leave deducted)." })
  capacityHours!: number;

  /** The GraphQL view of stored evidence. */
  static of(facts: RiskEvidenceFacts): RiskEvidence {
    const { teamId, ...figures } = facts;
    return Object.assign(new RiskEvidence(), { team: teamRef(teamId), ...figures });
  }
}
