import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { Project } from "../project/project.stub.js";
import { Team } from "../team/team.stub.js";
import { User } from "../user/user.stub.js";
import { UtilizationGroupBy } from "./utilization.inputs.js";

@ObjectType({ description: "Hours logged against capacity: utilisation = logged ÷ capacity, billable utilisation = billable ÷ capacity." })
export class UtilizationFigures {
  @Field(() => Float, { description: "Hours logged." }) loggedHours!: number;
  @Field(() => Float, { description: "Of which billable." }) billableHours!: number;
  @Field(() => Float, {
    description: "Hours the people were expected to work: their weekly capacity over their working days, less holidays and leave.",
  })
  capacityHours!: number;
  @Field(() => Float, {
    nullable: true,
    description: "loggedHours ÷ capacityHours (1.0 is 100%; above 1 is over capacity); null when the capacity is 0.",
  })
  utilization!: number | null;
  @Field(() => Float, { nullable: true, description: "billableHours ÷ capacityHours; null when the capacity is 0." })
  billableUtilization!: number | null;
  @Field(() => Int, { description: "How many people the figures cover." }) people!: number;
}

@ObjectType({ description: "One row of a utilisation report: a person, a team, a project or a week, and its figures." })
export class UtilizationRow extends UtilizationFigures {
  /** The row's key: a user, team or project id, or a week's Monday; its cursor. */
  @Field(() => ID, { description: "What the row is about: the user, team or project id, or the week's Monday." }) id!: string;
  @Field(() => User, { nullable: true, description: "The person (groupBy USER)." }) user!: User | null;
  @Field(() => Team, { nullable: true, description: "The team (groupBy TEAM)." }) team!: Team | null;
  @Field(() => Project, { nullable: true, description: "The project (groupBy PROJECT)." }) project!: Project | null;
  @Field(() => LocalDate, { nullable: true, description: "The week's Monday (groupBy WEEK)." }) weekStart!: string | null;
}

/** A report before its rows are paged. */
@ObjectType({ description: "Utilisation over a period, in rows and in total." })
export class UtilizationReport {
  @Field(() => LocalDate, { description: "The period's first day." }) from!: string;
  @Field(() => LocalDate, { description: "The period's last day." }) to!: string;
  @Field(() => UtilizationGroupBy, { description: "What the rows are." }) groupBy!: UtilizationGroupBy;
  @Field(() => UtilizationFigures, { description: "The whole report: every person in it once." }) total!: UtilizationFigures;
  /** Every row, in order; paged by the `rows` field. */
  allRows!: UtilizationRow[];
}
