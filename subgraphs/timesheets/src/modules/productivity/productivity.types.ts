import { Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { Team } from "../team/team.stub.js";
import { User } from "../user/user.stub.js";
import type { Productivity } from "./productivity.score.js";

@ObjectType({ description: "The three components of the productivity score, each normalised to 0–1." })
export class ProductivityComponents {
  @Field(() => Float, {
    description:
      "TasksCompleted = min(1, completed ÷ expected): tasks completed in the period (as their assignee) against the median of tasks completed per person among the people compared (the team), the person included. When that median is 0: 1 if the person completed any, else 0.",
  })
  tasksCompleted!: number;
  @Field(() => Float, {
    description:
      "OnTimeRate = on time ÷ completed: a completed task is on time when it was completed on or before its due date (in the workspace's time zone), or has no due date; 0 when nothing was completed.",
  })
  onTimeRate!: number;
  @Field(() => Float, { description: "UtilizationRate = min(1, hours logged ÷ capacity hours); 0 when the capacity is 0." })
  utilizationRate!: number;
}

@ObjectType({
  description:
    "A person's productivity over a period: Score = TasksCompleted × 0.4 + OnTimeRate × 0.3 + UtilizationRate × 0.3, each component 0–1, the score shown 0–100; with the components and the figures behind them.",
})
export class PersonProductivity {
  /** The person; exposed as `user`, and the row's cursor. */
  id!: string;
  @Field(() => User, { description: "The person." }) user!: User;
  @Field(() => Float, { description: "0–100, one decimal: 100 × (0.4 × tasksCompleted + 0.3 × onTimeRate + 0.3 × utilizationRate)." })
  score!: number;
  @Field(() => ProductivityComponents, { description: "The components the score adds up, each 0–1." }) components!: ProductivityComponents;
  @Field(() => Int, { description: "Tasks the person completed in the period, as their assignee." }) completedTasks!: number;
  @Field(() => Int, { description: "Of those, the ones completed on or before their due date, or without one." }) onTimeTasks!: number;
  @Field(() => Float, { description: "The median of tasks completed per person among the people compared: TasksCompleted's baseline." })
  expectedTasks!: number;
  @Field(() => Float, { description: "Hours logged in the period." }) loggedHours!: number;
  @Field(() => Float, { description: "Hours the person was expected to work in the period (their capacity)." }) capacityHours!: number;
  @Field(() => LocalDate, { description: "The period's first day." }) from!: string;
  @Field(() => LocalDate, { description: "The period's last day." }) to!: string;
}

/** A PersonProductivity from the score's core result. */
export const personProductivity = (result: Productivity, period: { from: string; to: string }): PersonProductivity => ({
  id: result.userId,
  user: { id: result.userId },
  score: result.score,
  components: result.components,
  completedTasks: result.completedTasks,
  onTimeTasks: result.onTimeTasks,
  expectedTasks: result.expectedTasks,
  loggedHours: result.loggedHours,
  capacityHours: result.capacityHours,
  ...period,
});

@ObjectType({ description: "A team's productivity over a period: each member's, compared with the team's median." })
export class TeamProductivity {
  @Field(() => Team, { description: "The team." }) team!: Team;
  @Field(() => LocalDate, { description: "The period's first day." }) from!: string;
  @Field(() => LocalDate, { description: "The period's last day." }) to!: string;
  @Field(() => Float, { description: "The median of tasks completed per member: TasksCompleted's baseline for each of them." })
  expectedTasks!: number;
  @Field(() => Float, { nullable: true, description: "The members' mean score; null for a team without members." }) averageScore!:
    number | null;
  /** Every member's, highest score first; paged by `members`. */
  allMembers!: PersonProductivity[];
}
