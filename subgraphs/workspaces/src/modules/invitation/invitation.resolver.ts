import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { User, userRef } from "../user/user.stub.js";
import { Invitation, InvitationStatus } from "./invitation.entity.js";
import { AcceptInvitationInput, InvitationFilter, InviteMemberInput, RevokeInvitationInput } from "./invitation.inputs.js";
import { AcceptInvitationPayload, InvitationPayload } from "./invitation.types.js";
import { invitationService } from "./invitation.service.js";

export const InvitationConnection = Connection(Invitation);

@Resolver(() => Invitation)
export class InvitationResolver {
  @Query(() => InvitationConnection, { description: "The current workspace's invitations, newest first; ADMIN or above." })
  invitations(
    @Arg("filter", () => InvitationFilter, { nullable: true, description: "Only invitations that match; omit for all." })
    filter: InvitationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: WorkspacesContext,
  ) {
    return invitationService.list(ctx, filter, page);
  }

  @Mutation(() => InvitationPayload, {
    description:
      "Invites an email address to the current workspace; the token goes to that address, never into the answer. ADMIN or above.",
  })
  async inviteMember(
    @Arg("input", () => InviteMemberInput, { description: "Who to invite and with which role." }) input: InviteMemberInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<InvitationPayload> {
    return { invitation: await invitationService.invite(ctx, input) };
  }

  @Mutation(() => InvitationPayload, { description: "Revokes a pending invitation; ADMIN or above." })
  async revokeInvitation(
    @Arg("input", () => RevokeInvitationInput, { description: "The invitation to revoke." }) input: RevokeInvitationInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<InvitationPayload> {
    return { invitation: await invitationService.revoke(ctx, input) };
  }

  @Mutation(() => AcceptInvitationPayload, {
    description: "Joins the workspace an invitation token is for, with its role; any signed-in user. Then call switchWorkspace.",
  })
  acceptInvitation(
    @Arg("input", () => AcceptInvitationInput, { description: "The token from the invitation message." }) input: AcceptInvitationInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<AcceptInvitationPayload> {
    return invitationService.accept(ctx, input);
  }

  @FieldResolver(() => InvitationStatus, { description: "Where it stands now: PENDING, ACCEPTED, REVOKED or EXPIRED." })
  status(@Root() invitation: Invitation): InvitationStatus {
    return invitation.statusAt();
  }

  @FieldResolver(() => User, { description: "The member who sent it." })
  invitedBy(@Root() invitation: Invitation): User {
    return userRef(invitation.invitedById);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who joined with it; null while it is not accepted." })
  acceptedBy(@Root() invitation: Invitation): User | null {
    return invitation.acceptedById ? userRef(invitation.acceptedById) : null;
  }
}
