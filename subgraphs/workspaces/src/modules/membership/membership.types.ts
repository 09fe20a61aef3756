import { Field, ID, ObjectType } from "type-graphql";
import { Membership } from "./membership.entity.js";

@ObjectType({ description: "The membership as added or changed." })
export class MembershipPayload {
  @Field(() => Membership, { description: "The membership after the change." }) membership!: Membership;
}

@ObjectType({ description: "What removeWorkspaceMember removed." })
export class RemoveMembershipPayload {
  @Field(() => ID, { description: "The id of the membership that no longer exists." }) removedMembershipId!: string;
}

@ObjectType({ description: "Both memberships after the ownership changed hands." })
export class TransferOwnershipPayload {
  @Field(() => Membership, { description: "The caller's membership, now ADMIN." }) previousOwner!: Membership;
  @Field(() => Membership, { description: "The new OWNER's membership." }) newOwner!: Membership;
}

@ObjectType({ description: "What leaving the workspace removed." })
export class LeaveWorkspacePayload {
  @Field(() => ID, { description: "The workspace left; the access token still names it until it is replaced (switchWorkspace)." })
  workspaceId!: string;
  @Field(() => ID, { description: "The id of your membership, which no longer exists." }) removedMembershipId!: string;
}
