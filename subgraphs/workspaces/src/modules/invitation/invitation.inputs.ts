import { Field, ID, InputType } from "type-graphql";
import { WorkspaceRole } from "@plateau/kernel";
import { EnumFilter, StringFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { InvitationStatus } from "./invitation.entity.js";

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
