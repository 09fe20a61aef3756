import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { errors } from "@plateau/kernel";
import { Connection } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { User, userRef } from "../user/user.stub.js";
import { Workspace } from "../workspace/workspace.entity.js";
import { Membership } from "./membership.entity.js";
import {
  AddWorkspaceMemberInput,
  ChangeMemberRoleInput,
  MembershipPayload,
  RemoveMembershipPayload,
  RemoveWorkspaceMemberInput,
} from "./membership.inputs.js";
import { membershipService } from "./membership.service.js";

export const MembershipConnection = Connection(Membership);

@Resolver(() => Membership)
export class MembershipResolver {
  @Query(() => [Membership], {
    description: "The caller's memberships in every workspace, oldest first (needs no workspace in the token).",
  })
  myMemberships(@Ctx() ctx: WorkspacesContext): Promise<Membership[]> {
    return membershipService.mine(ctx);
  }

  @Mutation(() => MembershipPayload, { description: "Adds a user to the current workspace; ADMIN or above." })
  async addWorkspaceMember(
    @Arg("input", () => AddWorkspaceMemberInput) input: AddWorkspaceMemberInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<MembershipPayload> {
    return { membership: await membershipService.add(ctx, input) };
  }

  @Mutation(() => MembershipPayload, { description: "Changes a member's role in the current workspace; ADMIN or above." })
  async changeMemberRole(
    @Arg("input", () => ChangeMemberRoleInput) input: ChangeMemberRoleInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<MembershipPayload> {
    return { membership: await membershipService.changeRole(ctx, input) };
  }

  @Mutation(() => RemoveMembershipPayload, { description: "Removes a member from the current workspace; ADMIN or above." })
  async removeWorkspaceMember(
    @Arg("input", () => RemoveWorkspaceMemberInput) input: RemoveWorkspaceMemberInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<RemoveMembershipPayload> {
    return { removedMembershipId: await membershipService.remove(ctx, input) };
  }

  @FieldResolver(() => User)
  user(@Root() membership: Membership): User {
    return userRef(membership.userId);
  }

  @FieldResolver(() => Workspace)
  async workspace(@Root() membership: Membership, @Ctx() ctx: WorkspacesContext): Promise<Workspace> {
    const workspace = await ctx.loaders.workspace.load(membership.workspaceId);
    if (!workspace) throw errors.notFound("Workspace", membership.workspaceId);
    return workspace;
  }
}

/** Resolves Membership references through the request's loader: the tenant filter hides other workspaces. */
export const membershipReference = {
  __resolveReference: (reference: { id: string }, ctx: WorkspacesContext): Promise<Membership | null> =>
    ctx.loaders.membership.load(reference.id),
};
