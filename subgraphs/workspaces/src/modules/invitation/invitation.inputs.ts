import { Field, ID, InputType, ObjectType } from "type-graphql";
import { WorkspaceRole } from "@plateau/kernel";
import { EnumFilter, StringFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { Membership } from "../membership/membership.entity.js";
import { Workspace } from "../workspace/workspace.entity.js";
import { Invitation, InvitationStatus } from "./invitation.entity.js";

const InvitationStatusFilter = EnumFilter(InvitationStatus, "InvitationStatus");

@InputType({ description: "Filters invitations; fields combine with AND." })
export class InvitationFilter {
  @Field(() => InvitationStatusFilter, { nullable: true }) status?: EnumFilterValue<InvitationStatus>;
  @Field(() => StringFilter, { nullable: true }) email?: StringFilter;
}

@InputType()
export class InviteMemberInput {
  @Field(() => String, { description: "Where the invitation goes; trimmed and lower-cased." }) email!: string;
  @Field(() => WorkspaceRole, { description: "The role on joining: below your own, unless you are an OWNER." }) role!: WorkspaceRole;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID) invitationId!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String, { description: "The `inv_…` token the invitation message carried." }) token!: string;
}

@ObjectType()
export class InvitationPayload {
  @Field(() => Invitation) invitation!: Invitation;
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => Membership, { description: "Your new membership, with the invited role." }) membership!: Membership;
  @Field(() => Workspace, { description: "The workspace joined; call switchWorkspace for a token scoped to it." })
  workspace!: Workspace;
}
