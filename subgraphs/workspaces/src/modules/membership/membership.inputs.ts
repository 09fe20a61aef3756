import { Field, ID, InputType, Int } from "type-graphql";
import { WorkspaceRole } from "@plateau/kernel";
import { DateTimeFilter, EnumFilter, IdFilter, type EnumFilterValue } from "@plateau/subgraph-kit";

const WorkspaceRoleFilter = EnumFilter(WorkspaceRole, "WorkspaceRole");

@InputType({ description: "Filters memberships; fields combine with AND." })
export class MembershipFilter {
  @Field(() => IdFilter, { nullable: true, description: "Memberships with these ids." }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Memberships of these users." }) userId?: IdFilter;
  @Field(() => WorkspaceRoleFilter, { nullable: true, description: "Members with these roles." }) role?: EnumFilterValue<WorkspaceRole>;
  @Field(() => DateTimeFilter, { nullable: true, description: "Members who joined in this range." }) createdAt?: DateTimeFilter;
  @Field(() => [MembershipFilter], { nullable: true, description: "Every one of these filters matches." }) and?: MembershipFilter[];
  @Field(() => [MembershipFilter], { nullable: true, description: "At least one of these filters matches." }) or?: MembershipFilter[];
}

@InputType({ description: "A user to add to the current workspace directly, without an invitation." })
export class AddWorkspaceMemberInput {
  @Field(() => ID, { description: "The user (from identity) to add to the current workspace." }) userId!: string;
  @Field(() => WorkspaceRole, { description: "At most your own role, unless you are an OWNER." }) role!: WorkspaceRole;
}

@InputType({ description: "A member whose role changes." })
export class ChangeMemberRoleInput {
  @Field(() => ID, { description: "The membership (not the user) whose role changes." }) membershipId!: string;
  @Field(() => WorkspaceRole, { description: "Below your own role, unless you are an OWNER." }) role!: WorkspaceRole;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the membership is still at this version." })
  expectedVersion?: number | null;
}

@InputType({ description: "A member to remove from the current workspace." })
export class RemoveWorkspaceMemberInput {
  @Field(() => ID, { description: "The membership (not the user) to remove." }) membershipId!: string;
}

@InputType({ description: "Who becomes the workspace's OWNER." })
export class TransferOwnershipInput {
  @Field(() => ID, { description: "The member (a user id) who becomes OWNER; you become ADMIN." }) userId!: string;
}
