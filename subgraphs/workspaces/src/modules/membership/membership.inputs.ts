import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { WorkspaceRole } from "@plateau/kernel";
import { DateTimeFilter, EnumFilter, IdFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { Membership } from "./membership.entity.js";

const WorkspaceRoleFilter = EnumFilter(WorkspaceRole, "WorkspaceRole");

@InputType({ description: "Filters memberships; fields combine with AND." })
export class MembershipFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) userId?: IdFilter;
  @Field(() => WorkspaceRoleFilter, { nullable: true }) role?: EnumFilterValue<WorkspaceRole>;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => [MembershipFilter], { nullable: true }) and?: MembershipFilter[];
  @Field(() => [MembershipFilter], { nullable: true }) or?: MembershipFilter[];
}

@InputType()
export class AddWorkspaceMemberInput {
  @Field(() => ID, { description: "The user (from identity) to add to the current workspace." }) userId!: string;
  @Field(() => WorkspaceRole, { description: "At most your own role, unless you are an OWNER." }) role!: WorkspaceRole;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID) membershipId!: string;
  @Field(() => WorkspaceRole, { description: "Below your own role, unless you are an OWNER." }) role!: WorkspaceRole;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the membership is still at this version." })
  expectedVersion?: number | null;
}

@InputType()
export class RemoveWorkspaceMemberInput {
  @Field(() => ID) membershipId!: string;
}

@ObjectType()
export class MembershipPayload {
  @Field(() => Membership) membership!: Membership;
}

@ObjectType()
export class RemoveMembershipPayload {
  @Field(() => ID) removedMembershipId!: string;
}

@InputType()
export class TransferOwnershipInput {
  @Field(() => ID, { description: "The member (a user id) who becomes OWNER; you become ADMIN." }) userId!: string;
}

@ObjectType()
export class TransferOwnershipPayload {
  @Field(() => Membership, { description: "The caller's membership, now ADMIN." }) previousOwner!: Membership;
  @Field(() => Membership, { description: "The new OWNER's membership." }) newOwner!: Membership;
}

@ObjectType()
export class LeaveWorkspacePayload {
  @Field(() => ID, { description: "The workspace left; the access token still names it until it is replaced (switchWorkspace)." })
  workspaceId!: string;
  @Field(() => ID) removedMembershipId!: string;
}
