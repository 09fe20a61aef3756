import { ref, UniqueConstraintViolationException } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import {
  check,
  filterToWhere,
  paginate,
  parseId,
  requireWorkspaceId,
  type PageArgs,
  loadOrThrow,
  flushOrConflict,
} from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { User } from "../user/user.entity.js";
import { Team, TeamMember } from "./team.entity.js";
import type {
  AddTeamMemberInput,
  CreateTeamInput,
  DeleteTeamInput,
  RemoveTeamMemberInput,
  TeamFilter,
  TeamOrder,
  UpdateTeamInput,
} from "./team.inputs.js";

const NAME_MAX = 120;
const DESCRIPTION_MAX = 2_000;

/** Team use cases. Reads need a workspace-scoped token (the shield); changes need MANAGER or above. */
export const teamService = {
  list(ctx: IdentityContext, filter: TeamFilter | undefined, orderBy: TeamOrder | undefined, page: PageArgs) {
    return paginate(ctx.em, Team, filterToWhere(filter), page, orderBy ? [{ [orderBy.field]: orderBy.direction }] : [{ name: "asc" }]);
  },

  async get(ctx: IdentityContext, id: string, field = "id"): Promise<Team> {
    return loadOrThrow(ctx.loaders.team, "Team", id, field);
  },

  async create(ctx: IdentityContext, input: CreateTeamInput): Promise<Team> {
    const workspaceId = requireWorkspaceId(ctx);
    const name = check.text("input.name", input.name, NAME_MAX);
    const team = ctx.em.create(Team, {
      workspaceId,
      name,
      description: check.optionalText("input.description", input.description, DESCRIPTION_MAX),
    } as never);
    await flushOrConflict(ctx, { unique: { field: "input.name", message: `A team named ${name} already exists in this workspace` } });
    return team;
  },

  async update(ctx: IdentityContext, input: UpdateTeamInput): Promise<Team> {
    const team = await teamService.get(ctx, input.id, "input.id");
    check.version("Team", team, input.expectedVersion);
    if (input.name !== undefined && input.name !== null) team.name = check.text("input.name", input.name, NAME_MAX);
    if (input.description !== undefined) team.description = check.optionalText("input.description", input.description, DESCRIPTION_MAX);
    await flushOrConflict(ctx, { unique: { field: "input.name", message: `A team named ${team.name} already exists in this workspace` } });
    return team;
  },

  async remove(ctx: IdentityContext, input: DeleteTeamInput): Promise<string> {
    const team = await teamService.get(ctx, input.id, "input.id");
    check.version("Team", team, input.expectedVersion);
    // Memberships go with the team (foreign key cascade).
    ctx.em.remove(team);
    await ctx.em.flush();
    return team.id;
  },

  async addMember(ctx: IdentityContext, input: AddTeamMemberInput): Promise<Team> {
    const workspaceId = requireWorkspaceId(ctx);
    const team = await teamService.get(ctx, input.teamId, "input.teamId");
    const userId = parseId(input.userId, "input.userId");
    if (!(await ctx.loaders.user.load(userId))) throw errors.invalidField("input.userId", `there is no user ${userId}`);
    const memberships = await ctx.services.memberships.forUser(userId);
    if (!memberships.some((m) => m.workspaceId === workspaceId))
      throw errors.invalidField("input.userId", "is not a member of this workspace");
    if (await ctx.em.count(TeamMember, { team: team.id, user: userId })) throw alreadyMember(userId, team);
    ctx.em.create(TeamMember, { workspaceId, team: ref(Team, team.id), user: ref(User, userId) } as never);
    try {
      await ctx.em.flush();
    } catch (error) {
      // The same user added concurrently.
      if (error instanceof UniqueConstraintViolationException) throw alreadyMember(userId, team);
      throw error;
    }
    return team;
  },

  async removeMember(ctx: IdentityContext, input: RemoveTeamMemberInput): Promise<Team> {
    const team = await teamService.get(ctx, input.teamId, "input.teamId");
    const userId = parseId(input.userId, "input.userId");
    const member = await ctx.em.findOne(TeamMember, { team: team.id, user: userId });
    if (!member) throw errors.invalidField("input.userId", `is not a member of team ${team.name}`);
    ctx.em.remove(member);
    await ctx.em.flush();
    return team;
  },
};

function alreadyMember(userId: string, team: Team) {
  return errors.conflict(`User ${userId} is already a member of team ${team.name}`, {
    fields: [{ field: "input.userId", message: "already a member" }],
  });
}
