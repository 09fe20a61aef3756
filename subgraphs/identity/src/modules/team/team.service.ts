import { ref, UniqueConstraintViolationException } from "@mikro-orm/core";
import { errors, roleAtLeast } from "@plateau/kernel";
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
/** TeamFilter fields named unlike the entity's properties. */
const TEAM_FILTER_FIELDS = { leadId: "lead" };
const DESCRIPTION_MAX = 2_000;

/** Team use cases. Reads need a workspace-scoped token (the shield); changes need MANAGER or above. */
export const teamService = {
  list(ctx: IdentityContext, filter: TeamFilter | undefined, orderBy: TeamOrder | undefined, page: PageArgs) {
    return paginate(
      ctx.em,
      Team,
      filterToWhere(filter, "filter", TEAM_FILTER_FIELDS),
      page,
      orderBy ? [{ [orderBy.field]: orderBy.direction }] : [{ name: "asc" }],
    );
  },

  async get(ctx: IdentityContext, id: string, field = "id"): Promise<Team> {
    return loadOrThrow(ctx.loaders.team, "Team", id, field);
  },

  async create(ctx: IdentityContext, input: CreateTeamInput): Promise<Team> {
    const workspaceId = requireWorkspaceId(ctx);
    const name = check.text("input.name", input.name, NAME_MAX);
    const description = check.optionalText("input.description", input.description, DESCRIPTION_MAX);
    const leadId = input.leadId == null ? null : await requireLead(ctx, workspaceId, input.leadId, "input.leadId");
    const team = ctx.em.create(Team, { workspaceId, name, description, lead: leadId ? ref(User, leadId) : null } as never);
    // A lead is always a member: the membership is written in the same flush (one transaction) as the team.
    if (leadId) ctx.em.create(TeamMember, { workspaceId, team, user: ref(User, leadId) } as never);
    await flushOrConflict(ctx, { unique: { field: "input.name", message: `A team named ${name} already exists in this workspace` } });
    return team;
  },

  async update(ctx: IdentityContext, input: UpdateTeamInput): Promise<Team> {
    const team = await teamService.get(ctx, input.id, "input.id");
    check.version("Team", team, input.expectedVersion);
    // Every read before the first change: a query may flush pending changes (the ORM's auto flush mode).
    const leadId = input.leadId == null ? input.leadId : await requireLead(ctx, requireWorkspaceId(ctx), input.leadId, "input.leadId");
    const newLead = leadId && leadId !== team.lead?.id ? leadId : undefined;
    const leadJoins = newLead !== undefined && (await ctx.em.count(TeamMember, { team: team.id, user: newLead })) === 0;
    if (input.name !== undefined && input.name !== null) team.name = check.text("input.name", input.name, NAME_MAX);
    if (input.description !== undefined) team.description = check.optionalText("input.description", input.description, DESCRIPTION_MAX);
    if (leadId === null) team.lead = null;
    if (newLead) team.lead = ref(User, newLead);
    // A lead is always a member: one who is not yet joins in the same flush (one transaction) as the change of lead.
    if (newLead && leadJoins) ctx.em.create(TeamMember, { workspaceId: team.workspaceId, team, user: ref(User, newLead) } as never);
    await flushTeamChange(ctx, team);
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
    const userId = await requireWorkspaceMember(ctx, workspaceId, input.userId, "input.userId");
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
    // A lead is always a member: the lead leaving clears it in the same flush. The team row is written
    // (its version bumped) even when they were not the lead, so an updateTeam that read them as a member
    // and names them lead meanwhile fails its version check instead of leaving a lead outside the team.
    if (team.lead?.id === userId) team.lead = null;
    team.updatedAt = new Date();
    await flushOrConflict(ctx);
    return team;
  },
};

/**
 * The id of a user who is a member of the workspace, else BAD_USER_INPUT naming `field`: the id is
 * malformed, or no such user is a member. A user who exists elsewhere gets the same answer as one who
 * exists nowhere, so the check tells nothing about other workspaces.
 */
async function requireWorkspaceMember(ctx: IdentityContext, workspaceId: string, id: string, field: string): Promise<string> {
  return (await workspaceMembership(ctx, workspaceId, id, field)).userId;
}

/** {@link requireWorkspaceMember}, with the member's role there. */
async function workspaceMembership(ctx: IdentityContext, workspaceId: string, id: string, field: string) {
  const userId = parseId(id, field);
  const notMember = () => errors.invalidField(field, `user ${userId} is not a member of this workspace`);
  if (!(await ctx.loaders.user.load(userId))) throw notMember();
  const membership = (await ctx.services.memberships.forUser(userId)).find((m) => m.workspaceId === workspaceId);
  if (!membership) throw notMember();
  return { userId, role: membership.role };
}

/**
 * The id of a user who may lead a team of the workspace: a member with a role that tracks time (MEMBER
 * and above), since a lead approves the team's weekly timesheets; BAD_USER_INPUT naming `field` otherwise.
 */
async function requireLead(ctx: IdentityContext, workspaceId: string, id: string, field: string): Promise<string> {
  const { userId, role } = await workspaceMembership(ctx, workspaceId, id, field);
  if (!roleAtLeast(role, "MEMBER")) throw errors.invalidField(field, `a ${role} cannot lead a team: a lead approves the team's time`);
  return userId;
}

/**
 * Flushes an edited team. A unique violation is the name taken, or the new lead added to the team by
 * someone else since we looked (their membership exists twice); a stale version is CONFLICT as usual.
 */
async function flushTeamChange(ctx: IdentityContext, team: Team): Promise<void> {
  try {
    await flushOrConflict(ctx);
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    if ((error as { table?: string }).table === "team_member")
      throw errors.conflict(`The lead was added to team ${team.name} concurrently; retry`, {
        fields: [{ field: "input.leadId", message: "added to the team concurrently" }],
      });
    throw errors.conflict(`A team named ${team.name} already exists in this workspace`, {
      fields: [{ field: "input.name", message: "already in use" }],
    });
  }
}

function alreadyMember(userId: string, team: Team) {
  return errors.conflict(`User ${userId} is already a member of team ${team.name}`, {
    fields: [{ field: "input.userId", message: "already a member" }],
  });
}
