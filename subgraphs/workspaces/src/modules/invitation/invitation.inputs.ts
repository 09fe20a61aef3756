import { Field, ID, InputType, ObjectType } from "type-graphql";
import { WorkspaceRole } from "@plateau/kernel";
import { EnumFilter, StringFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { Membership } from "../membership/membership.entity.js";
import { Workspace } from "../workspace/workspace.entity.js";
import { Invitation, InvitationStatus } from "./invitation.entity.js";

const InvitationStatusFilter = EnumFilter(InvitationStatus, "InvitationStatus");

@InputType({ description: "Filters invitations; fields combine with AND." })
export class InvitationFilter {
  @Field(() => InvitationStatusFilter, { nullable: true, description: "Invitations in these states." })
  status?: EnumFilterValue<InvitationStatus>;
  @Field(() => StringFilter, { nullable: true, description: "Invitations sent to these addresses (lower-case)." }) email?: StringFilter;
}

@InputType({ description: "Who to invite to the current workspace, and as what." })
export class InviteMemberInput {
  @Field(() => String, { description: "Where the invitation goes; trimmed and lower-cased." }) email!: string;
  @Field(() => WorkspaceRole, { description: "The role on joining: below your own, unless you are an OWNER." }) role!: WorkspaceRole;
}

@InputType({ description: "A PENDING invitation to withdraw." })
export class RevokeInvitationInput {
  @Field(() => ID, { description: "The invitation to revoke." }) invitationId!: string;
}

@InputType({ description: "The invitation to accept, by the token its message carried." })
export class AcceptInvitationInput {
  @Field(() => String, { description: "The `inv_…` token the invitation message carried." }) token!: string;
}

@ObjectType({ description: "The invitation as sent or revoked." })
export class InvitationPayload {
  @Field(() => Invitation, { description: "The invitation after the change." }) invitation!: Invitation;
}

@ObjectType({ description: "The membership an accepted invitation created." })
export class AcceptInvitationPayload {
  @Field(() => Membership, { description: "Your new membership, with the invited role." }) membership!: Membership;
  @Field(() => Workspace, { description: "The workspace joined; call switchWorkspace for a token scoped to it." })
  workspace!: Workspace;
}
