import { createUnionType, Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDate, SkillLevel } from "@plateau/subgraph-kit";
import { Team, teamRef } from "../team/team.stub.js";
import { User, userRef } from "../user/user.stub.js";
import { Skill, skillRef } from "../skill/skill.stub.js";
import type { RiskEvidenceFacts } from "./risk.detectors.js";

@ObjectType({
  description:
    "TEAM_OVERLOAD's evidence: the team's utilisation over the period timesheets last measured (the four ISO weeks ending with the last complete one).",
})
export class TeamOverloadEvidence {
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
}

@ObjectType({ description: "DECLINING_VELOCITY's evidence: the tasks completed in each of the eight complete weeks compared (UTC)." })
export class DecliningVelocityEvidence {
  @Field(() => LocalDate, { description: "The first week's Monday." })
  periodFrom!: string;

  @Field(() => LocalDate, { description: "The last week's Sunday." })
  periodTo!: string;

  @Field(() => [Int], { description: "Tasks completed in each of the eight weeks, oldest first." })
  weeklyCompletions!: number[];

  @Field(() => Int, { description: "Tasks completed in the first four weeks." })
  previousTasks!: number;

  @Field(() => Int, { description: "Tasks completed in the last four weeks." })
  recentTasks!: number;

  @Field(() => Int, { description: "Tasks not DONE when it was evaluated." })
  remainingTasks!: number;
}

@ObjectType({ description: "KNOWLEDGE_CONCENTRATION's evidence: who holds most of the remaining estimated work, and how much." })
export class KnowledgeConcentrationEvidence {
  @Field(() => User, { description: "The person assigned most of it (resolved by identity)." })
  user!: User;

  @Field(() => Float, { description: "The estimate hours of the remaining tasks assigned to them." })
  assignedHours!: number;

  @Field(() => Int, { description: "Those tasks." })
  assignedTasks!: number;

  @Field(() => Float, { description: "The estimate hours of every remaining estimated task of the project." })
  remainingHours!: number;

  @Field(() => Int, { description: "Every remaining estimated task of the project." })
  remainingTasks!: number;
}

@ObjectType({ description: "SKILL_CONCENTRATION's evidence: the skill the open tasks need that the fewest people hold, and who." })
export class SkillConcentrationEvidence {
  @Field(() => Skill, { description: "The skill (resolved by identity)." })
  skill!: Skill;

  @Field(() => SkillLevel, { nullable: true, description: "The lowest level an open task asks for; null: any level." })
  minLevel!: SkillLevel | null;

  @Field(() => [User], { description: "Who holds it at that level or above: one person, or nobody (empty)." })
  holders!: User[];

  @Field(() => Int, { description: "The open tasks that need it." })
  tasks!: number;

  @Field(() => Int, { description: "Every skill the open tasks need that one person or nobody holds, this one included." })
  concentratedSkills!: number;
}

/** What a risk rests on beyond its metric: one type per rule that has evidence. */
export const RiskEvidence = createUnionType({
  name: "RiskEvidence",
  description: "What a risk rests on beyond its metric: the figures of the rule that found it.",
  types: () => [TeamOverloadEvidence, DecliningVelocityEvidence, KnowledgeConcentrationEvidence, SkillConcentrationEvidence] as const,
});

/** The GraphQL view of stored evidence. */
export function riskEvidenceView(
  facts: RiskEvidenceFacts,
): TeamOverloadEvidence | DecliningVelocityEvidence | KnowledgeConcentrationEvidence | SkillConcentrationEvidence {
  switch (facts.kind) {
    case "TEAM_OVERLOAD": {
      const { kind: _kind, teamId, ...figures } = facts;
      return Object.assign(new TeamOverloadEvidence(), { team: teamRef(teamId), ...figures });
    }
    case "DECLINING_VELOCITY": {
      const { kind: _kind, ...figures } = facts;
      return Object.assign(new DecliningVelocityEvidence(), figures);
    }
    case "KNOWLEDGE_CONCENTRATION": {
      const { kind: _kind, userId, ...figures } = facts;
      return Object.assign(new KnowledgeConcentrationEvidence(), { user: userRef(userId), ...figures });
    }
    case "SKILL_CONCENTRATION": {
      const { kind: _kind, skillId, holderIds, minLevel, ...figures } = facts;
      return Object.assign(new SkillConcentrationEvidence(), {
        skill: skillRef(skillId),
        holders: holderIds.map(userRef),
        minLevel: minLevel as SkillLevel | null,
        ...figures,
      });
    }
  }
}
