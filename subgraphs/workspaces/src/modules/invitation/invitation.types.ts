import { Field, ObjectType } from "type-graphql";
import { Membership } from "../membership/membership.entity.js";
import { Workspace } from "../workspace/workspace.entity.js";
import { Invitation } from "./invitation.entity.js";

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
