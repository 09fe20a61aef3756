import { ref, UniqueConstraintViolationException } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import {
  check,
  filterToWhere,
  loadOrThrow,
  paginate,
  parseId,
  requireWorkspaceId,
  type PageArgs,
  flushOrConflict,
  recordEvent,
} from "@plateau/subgraph-kit";
import { identityEvents } from "@plateau/events";
import type { IdentityContext } from "../../context.js";
import { User } from "../user/user.entity.js";
import { Skill, type SkillLevel, UserSkill } from "./skill.entity.js";
import { requireMayRate } from "./skill.policy.js";
import type {
  CreateSkillInput,
  DeleteSkillInput,
  RemoveUserSkillInput,
  SetUserSkillInput,
  SkillFilter,
  UpdateSkillInput,
} from "./skill.inputs.js";

/** Records `identity.user_skill.changed` in the change's unit of work: the user's level in the skill now (null: none). */
function recordLevel(ctx: IdentityContext, userId: string, skillId: string, level: SkillLevel | null): void {
  recordEvent(ctx, { type: identityEvents.userSkillChanged, subject: { typename: "User", id: userId }, data: { skillId, userId, level } });
}

const NAME_MAX = 80;
const CATEGORY_MAX = 80;
const DESCRIPTION_MAX = 2_000;

/**
 * Skill catalogue and users' levels. Reads need a workspace-scoped token (the shield); catalogue changes
 * need MANAGER or above; a MEMBER rates themself, a MANAGER or above rates any member of the workspace.
 */
export const skillService = {
  list(ctx: IdentityContext, filter: SkillFilter | undefined, page: PageArgs) {
    return paginate(ctx.em, Skill, filterToWhere(filter), page, [{ name: "asc" }]);
  },

  async get(ctx: IdentityContext, id: string, field = "id"): Promise<Skill> {
    return loadOrThrow(ctx.loaders.skill, "Skill", id, field);
  },

  async create(ctx: IdentityContext, input: CreateSkillInput): Promise<Skill> {
    const workspaceId = requireWorkspaceId(ctx);
    const name = check.text("input.name", input.name, NAME_MAX);
    const skill = ctx.em.create(Skill, {
      workspaceId,
      name,
      nameKey: name.toLowerCase(),
      category: check.optionalText("input.category", input.category, CATEGORY_MAX),
      description: check.optionalText("input.description", input.description, DESCRIPTION_MAX),
    } as never);
    await flushOrConflict(ctx, { unique: { field: "input.name", message: `A skill named ${name} already exists in this workspace` } });
    return skill;
  },

  async update(ctx: IdentityContext, input: UpdateSkillInput): Promise<Skill> {
    const skill = await skillService.get(ctx, input.id, "input.id");
    check.version("Skill", skill, input.expectedVersion);
    if (input.name !== undefined && input.name !== null) {
      skill.name = check.text("input.name", input.name, NAME_MAX);
      skill.nameKey = skill.name.toLowerCase();
    }
    if (input.category !== undefined) skill.category = check.optionalText("input.category", input.category, CATEGORY_MAX);
    if (input.description !== undefined) skill.description = check.optionalText("input.description", input.description, DESCRIPTION_MAX);
    await flushOrConflict(ctx, {
      unique: { field: "input.name", message: `A skill named ${skill.name} already exists in this workspace` },
    });
    return skill;
  },

  async remove(ctx: IdentityContext, input: DeleteSkillInput): Promise<string> {
    const skill = await skillService.get(ctx, input.id, "input.id");
    check.version("Skill", skill, input.expectedVersion);
    // Users' levels in it go with the skill (foreign key cascade).
    ctx.em.remove(skill);
    recordEvent(ctx, { type: identityEvents.skillDeleted, subject: { typename: "Skill", id: skill.id }, data: { skillId: skill.id } });
    await ctx.em.flush();
    return skill.id;
  },

  /** Sets the user's level in the skill, creating the rating or changing the existing one. */
  async setLevel(ctx: IdentityContext, input: SetUserSkillInput): Promise<UserSkill> {
    const workspaceId = await requireMayRate(ctx, input.userId);
    const skill = await skillService.get(ctx, input.skillId, "input.skillId");
    const userId = parseId(input.userId, "input.userId");
    const existing = await ctx.em.findOne(UserSkill, { user: userId, skill: skill.id });
    const changed = () => recordLevel(ctx, userId, skill.id, input.level);
    if (existing) {
      if (existing.level !== input.level) changed();
      existing.level = input.level;
      await ctx.em.flush();
      return existing;
    }
    const rating = ctx.em.create(UserSkill, {
      workspaceId,
      user: ref(User, userId),
      skill: ref(Skill, skill.id),
      level: input.level,
    } as never);
    changed();
    try {
      await ctx.em.flush();
    } catch (error) {
      // The same rating created concurrently: the caller may simply retry, which updates it.
      if (error instanceof UniqueConstraintViolationException)
        throw errors.conflict(`User ${userId} was given a level in ${skill.name} concurrently; retry`);
      throw error;
    }
    return rating;
  },

  /** Removes the user's level in the skill; false when there was none. */
  async removeLevel(ctx: IdentityContext, input: RemoveUserSkillInput): Promise<boolean> {
    await requireMayRate(ctx, input.userId);
    const userId = parseId(input.userId, "input.userId");
    const skillId = parseId(input.skillId, "input.skillId");
    const rating = await ctx.em.findOne(UserSkill, { user: userId, skill: skillId });
    if (!rating) return false;
    ctx.em.remove(rating);
    recordLevel(ctx, userId, skillId, null);
    await ctx.em.flush();
    return true;
  },
};
