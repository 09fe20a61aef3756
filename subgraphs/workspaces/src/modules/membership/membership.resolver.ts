import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { errors } from "@plateau/kernel";
import { Connection } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { User, userRef } from "../user/user.stub.js";
import { Workspace } from "../workspace/workspace.entity.js";
import { Membership } from "./membership.entity.js";
import { AddWorkspaceMemberInput, ChangeMemberRoleInput, RemoveWorkspaceMemberInput, TransferOwnershipInput } from "./membership.inputs.js";
import { LeaveWorkspacePayload, MembershipPayload, RemoveMembershipPayload, TransferOwnershipPayload } from "./membership.types.js";
import { ownershipService } from "./membership.ownership.js";
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
    @Arg("input", () => AddWorkspaceMemberInput, { description: "The user and the role to give them." }) input: AddWorkspaceMemberInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<MembershipPayload> {
    return { membership: await membershipService.add(ctx, input) };
  }

  @Mutation(() => MembershipPayload, { description: "Changes a member's role in the current workspace; ADMIN or above." })
  async changeMemberRole(
    @Arg("input", () => ChangeMemberRoleInput, { description: "The membership and its new role." }) input: ChangeMemberRoleInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<MembershipPayload> {
    return { membership: await membershipService.changeRole(ctx, input) };
  }

  @Mutation(() => RemoveMembershipPayload, { description: "Removes a member from the current workspace; ADMIN or above." })
  async removeWorkspaceMember(
    @Arg("input", () => RemoveWorkspaceMemberInput, { description: "The membership to remove." }) input: RemoveWorkspaceMemberInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<RemoveMembershipPayload> {
    return { removedMembershipId: await membershipService.remove(ctx, input) };
  }

  @Mutation(() => LeaveWorkspacePayload, {
    description: "Leaves the current workspace; any member but its last OWNER (transfer ownership first).",
  })
  leaveWorkspace(@Ctx() ctx: WorkspacesContext): Promise<LeaveWorkspacePayload> {
    return ownershipService.leave(ctx);
  }

  @Mutation(() => TransferOwnershipPayload, {
    description: "Makes another member OWNER and you ADMIN, in one step; OWNER only.",
  })
  transferOwnership(
    @Arg("input", () => TransferOwnershipInput, { description: "The member who becomes OWNER." }) input: TransferOwnershipInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<TransferOwnershipPayload> {
    return ownershipService.transfer(ctx, input);
  }

  @FieldResolver(() => User, { description: "The member." })
  user(@Root() membership: Membership): User {
    return userRef(membership.userId);
  }

  @FieldResolver(() => Workspace, { description: "The workspace the membership is in." })
  async workspace(@Root() membership: Membership, @Ctx() ctx: WorkspacesContext): Promise<Workspace> {
    const workspace = await ctx.loaders.workspace.load(membership.workspaceId);
    if (!workspace) throw errors.notFound("Workspace", membership.workspaceId);
    return workspace;
  }
}
