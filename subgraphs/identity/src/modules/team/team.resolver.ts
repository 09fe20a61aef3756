import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, nullIfNotFound } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { User } from "../user/user.entity.js";
import { Team } from "./team.entity.js";
import {
  AddTeamMemberInput,
  CreateTeamInput,
  DeleteTeamInput,
  RemoveTeamMemberInput,
  TeamFilter,
  TeamOrder,
  UpdateTeamInput,
} from "./team.inputs.js";
import { DeleteTeamPayload, TeamPayload } from "./team.types.js";
import { teamService } from "./team.service.js";

export const TeamConnection = Connection(Team);

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => Team, { nullable: true, description: "A team of the current workspace; null when there is none with this id." })
  async team(
    @Arg("id", () => ID, { description: "The team's id; null when it is not one of the workspace's." }) id: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<Team | null> {
    return nullIfNotFound(teamService.get(ctx, id));
  }

  @Query(() => TeamConnection, { description: "The current workspace's teams, by name unless ordered otherwise." })
  teams(
    @Arg("filter", () => TeamFilter, { nullable: true, description: "Only teams that match; omit for all." })
    filter: TeamFilter | undefined,
    @Arg("orderBy", () => TeamOrder, { nullable: true, description: "The order (default: by name)." }) orderBy: TeamOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: IdentityContext,
  ) {
    return teamService.list(ctx, filter, orderBy, page);
  }

  @Mutation(() => TeamPayload, { description: "Needs MANAGER or above." })
  async createTeam(
    @Arg("input", () => CreateTeamInput, { description: "The new team's name, description and lead." }) input: CreateTeamInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<TeamPayload> {
    return { team: await teamService.create(ctx, input) };
  }

  @Mutation(() => TeamPayload, { description: "Needs MANAGER or above." })
  async updateTeam(
    @Arg("input", () => UpdateTeamInput, { description: "The team and the fields to change." }) input: UpdateTeamInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<TeamPayload> {
    return { team: await teamService.update(ctx, input) };
  }

  @Mutation(() => DeleteTeamPayload, { description: "Deletes the team and its memberships. Needs MANAGER or above." })
  async deleteTeam(
    @Arg("input", () => DeleteTeamInput, { description: "The team to delete." }) input: DeleteTeamInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<DeleteTeamPayload> {
    return { deletedTeamId: await teamService.remove(ctx, input) };
  }

  @Mutation(() => TeamPayload, { description: "Adds a member of the workspace to the team. Needs MANAGER or above." })
  async addTeamMember(
    @Arg("input", () => AddTeamMemberInput, { description: "The team and the member to add." }) input: AddTeamMemberInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<TeamPayload> {
    return { team: await teamService.addMember(ctx, input) };
  }

  @Mutation(() => TeamPayload, { description: "Needs MANAGER or above." })
  async removeTeamMember(
    @Arg("input", () => RemoveTeamMemberInput, { description: "The team and the member to take out." }) input: RemoveTeamMemberInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<TeamPayload> {
    return { team: await teamService.removeMember(ctx, input) };
  }

  @FieldResolver(() => [User], { description: "Members, in the order they joined." })
  async members(@Root() team: Team, @Ctx() ctx: IdentityContext): Promise<User[]> {
    const ids = await ctx.loaders.memberIdsByTeam.load(team.id);
    const users = await ctx.loaders.user.loadMany(ids);
    return users.filter((user): user is User => user instanceof User);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      "The team's lead: approves the weekly timesheets of the team's members (besides MANAGER and above); always a member of the team; null for none.",
  })
  lead(@Root() team: Team, @Ctx() ctx: IdentityContext): Promise<User | null> | null {
    return team.lead ? ctx.loaders.user.load(team.lead.id) : null;
  }
}
