import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, nullIfNotFound } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { User } from "../user/user.entity.js";
import { Skill, SKILL_LEVELS, SkillLevel, UserSkill } from "./skill.entity.js";
import {
  CreateSkillInput,
  DeleteSkillInput,
  RemoveUserSkillInput,
  SetUserSkillInput,
  SkillFilter,
  UpdateSkillInput,
} from "./skill.inputs.js";
import { DeleteSkillPayload, RemoveUserSkillPayload, SkillPayload, UserSkillPayload } from "./skill.types.js";
import { skillService } from "./skill.service.js";

export const SkillConnection = Connection(Skill);

@Resolver(() => Skill)
export class SkillResolver {
  @Query(() => Skill, { nullable: true, description: "A skill of the current workspace; null when there is none with this id." })
  async skill(
    @Arg("id", () => ID, { description: "The skill's id; null when it is not one of the workspace's." }) id: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<Skill | null> {
    return nullIfNotFound(skillService.get(ctx, id));
  }

  @Query(() => SkillConnection, { description: "The current workspace's skill catalogue, by name." })
  skills(
    @Arg("filter", () => SkillFilter, { nullable: true, description: "Only skills that match; omit for all." })
    filter: SkillFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: IdentityContext,
  ) {
    return skillService.list(ctx, filter, page);
  }

  @Mutation(() => SkillPayload, { description: "Needs MANAGER or above." })
  async createSkill(
    @Arg("input", () => CreateSkillInput, { description: "The new skill's name, category and description." }) input: CreateSkillInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<SkillPayload> {
    return { skill: await skillService.create(ctx, input) };
  }

  @Mutation(() => SkillPayload, { description: "Needs MANAGER or above." })
  async updateSkill(
    @Arg("input", () => UpdateSkillInput, { description: "The skill and the fields to change." }) input: UpdateSkillInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<SkillPayload> {
    return { skill: await skillService.update(ctx, input) };
  }

  @Mutation(() => DeleteSkillPayload, { description: "Deletes the skill and every user's level in it. Needs MANAGER or above." })
  async deleteSkill(
    @Arg("input", () => DeleteSkillInput, { description: "The skill to delete." }) input: DeleteSkillInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<DeleteSkillPayload> {
    return { deletedSkillId: await skillService.remove(ctx, input) };
  }

  @Mutation(() => UserSkillPayload, {
    description: "Sets a user's level in a skill, replacing any earlier one. MEMBER and above for themself; MANAGER and above for others.",
  })
  async setUserSkill(
    @Arg("input", () => SetUserSkillInput, { description: "The user, the skill and the level." }) input: SetUserSkillInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<UserSkillPayload> {
    return { userSkill: await skillService.setLevel(ctx, input) };
  }

  @Mutation(() => RemoveUserSkillPayload, { description: "Same rights as setUserSkill." })
  async removeUserSkill(
    @Arg("input", () => RemoveUserSkillInput, { description: "The user and the skill." }) input: RemoveUserSkillInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<RemoveUserSkillPayload> {
    return { removed: await skillService.removeLevel(ctx, input) };
  }

  @FieldResolver(() => [UserSkill], { description: "Who has this skill, at `minLevel` or above when given; in the order they were rated." })
  async holders(
    @Root() skill: Skill,
    @Arg("minLevel", () => SkillLevel, { nullable: true, description: "Only holders at this level or above; omit for all." })
    minLevel: SkillLevel | undefined,
    @Ctx() ctx: IdentityContext,
  ): Promise<UserSkill[]> {
    const ratings = await ctx.loaders.userSkillsBySkill.load(skill.id);
    if (!minLevel) return ratings;
    const floor = SKILL_LEVELS.indexOf(minLevel);
    return ratings.filter((rating) => SKILL_LEVELS.indexOf(rating.level) >= floor);
  }
}

@Resolver(() => UserSkill)
export class UserSkillResolver {
  @FieldResolver(() => Skill, { description: "The skill rated." })
  async skill(@Root() rating: UserSkill, @Ctx() ctx: IdentityContext): Promise<Skill> {
    return (await ctx.loaders.skill.load(rating.skill.id))!;
  }

  @FieldResolver(() => User, { description: "The user rated." })
  async user(@Root() rating: UserSkill, @Ctx() ctx: IdentityContext): Promise<User> {
    return (await ctx.loaders.user.load(rating.user.id))!;
  }
}

@Resolver(() => User)
export class UserSkillsResolver {
  @FieldResolver(() => [UserSkill], {
    description: "The user's skills in the current workspace, in the order they were rated (none without a workspace-scoped token).",
  })
  skills(@Root() user: User, @Ctx() ctx: IdentityContext): Promise<UserSkill[]> {
    return ctx.loaders.userSkillsByUser.load(user.id);
  }
}
