import { Directive, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { errors } from "@plateau/kernel";
import type { PortfolioContext } from "../../context.js";
import { User } from "../user/user.stub.js";
import { SkillLevel, type StoredSkillRequirement } from "./task.entity.js";

/** identity's Skill, as portfolio points at it: its id only (portfolio adds no fields). */
@Directive(`@key(fields: "id", resolvable: false)`)
@ObjectType()
export class Skill {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: "A skill a task needs, and the lowest level that will do (null: any)." })
export class TaskSkillRequirement {
  @Field(() => Skill, { description: "The skill, from the workspace's catalogue." }) skill!: Skill;
  @Field(() => SkillLevel, { nullable: true, description: "The lowest level that will do; null: any." }) minLevel!: SkillLevel | null;
}

@InputType({ description: "A skill of the workspace's catalogue (identity) a task needs." })
export class RequiredSkillInput {
  @Field(() => ID, { description: "The skill." }) skillId!: string;
  @Field(() => SkillLevel, { nullable: true, description: "The lowest level that will do; any level when left out." })
  minLevel?: SkillLevel | null;
}

@ObjectType({ description: "A workspace member suggested for a task (`Task.suggestedAssignees`), with why." })
export class AssigneeSuggestion {
  @Field(() => User, { description: "The member suggested." }) user!: User;
  @Field(() => Float, { description: "Higher is a better fit; see `Task.suggestedAssignees` for how it is computed." }) score!: number;
  @Field(() => [Skill], { description: "The task's required skills the member has at the level needed." }) matchingSkills!: Skill[];
  @Field(() => Int, { description: "Tasks assigned to the member that are not DONE, across the workspace." }) openTaskCount!: number;
  @Field(() => Float, { description: "The remaining estimate of those tasks: estimate × (100 − completion) / 100, in hours." })
  openEstimateHours!: number;
}

/** At most this many required skills per task. */
export const MAX_REQUIRED_SKILLS = 20;

/** The levels weakest first, for `minLevel` comparisons. */
export const SKILL_LEVELS = [SkillLevel.BEGINNER, SkillLevel.INTERMEDIATE, SkillLevel.ADVANCED, SkillLevel.EXPERT];

/**
 * The required skills to store from `field`: each confirmed with identity (in one call, as the caller),
 * none twice, at most {@link MAX_REQUIRED_SKILLS}; BAD_USER_INPUT naming the offending entry otherwise.
 */
export async function requirementsToStore(
  ctx: PortfolioContext,
  input: readonly RequiredSkillInput[],
  field: string,
): Promise<StoredSkillRequirement[]> {
  if (input.length > MAX_REQUIRED_SKILLS) throw errors.invalidField(field, `a task requires at most ${MAX_REQUIRED_SKILLS} skills`);
  const ids = await ctx.references.skillsToStore(
    input.map((requirement) => requirement.skillId),
    field,
  );
  return ids.map((skillId, index) => ({ skillId, minLevel: input[index]!.minLevel ?? null }));
}
