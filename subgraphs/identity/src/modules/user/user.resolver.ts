import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { parseId, requireViewer } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { MfaFactorStatus } from "../mfa/mfa-factor.entity.js";
import { Team } from "../team/team.entity.js";
import { User } from "./user.entity.js";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user." })
  me(@Ctx() ctx: IdentityContext): Promise<User | null> {
    return ctx.loaders.user.load(requireViewer(ctx).userId);
  }

  @Query(() => User, {
    nullable: true,
    description: "A user by id: yourself or a member of your current workspace; null for anyone else, as for an id that exists nowhere.",
  })
  async user(@Arg("id", () => ID, { description: "The user's id." }) id: string, @Ctx() ctx: IdentityContext): Promise<User | null> {
    const viewer = requireViewer(ctx);
    const userId = parseId(id, "id");
    if (userId !== viewer.userId) {
      // Users are global; who they are is not for people they share no workspace with.
      const workspaceId = viewer.workspaceId?.toLowerCase();
      if (!workspaceId) return null;
      const memberships = await ctx.services.memberships.forUser(userId);
      if (!memberships.some((membership) => membership.workspaceId === workspaceId)) return null;
    }
    return ctx.loaders.user.load(userId);
  }

  @FieldResolver(() => Boolean, { description: "Whether signing in needs a second factor (TOTP). Only visible to the user themself." })
  async mfaEnabled(@Root() user: User, @Ctx() ctx: IdentityContext): Promise<boolean> {
    return (await ctx.loaders.mfaFactorsByUser.load(user.id)).some((factor) => factor.status === MfaFactorStatus.ACTIVE);
  }

  @FieldResolver(() => [Team], { description: "The user's teams in the current workspace (none without a workspace-scoped token)." })
  teams(@Root() user: User, @Ctx() ctx: IdentityContext): Promise<Team[]> {
    return ctx.loaders.teamsByUser.load(user.id);
  }
}
