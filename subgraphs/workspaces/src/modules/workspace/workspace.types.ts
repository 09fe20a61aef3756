import { Field, ID, ObjectType } from "type-graphql";
import { Membership } from "../membership/membership.entity.js";
import { Workspace } from "./workspace.entity.js";

@ObjectType({ description: "The workspace as created or edited, with your membership of it." })
export class WorkspacePayload {
  @Field(() => Workspace, { description: "The workspace after the change." }) workspace!: Workspace;
  @Field(() => Membership, { description: "The caller's membership of the workspace (the new OWNER membership on create)." })
  membership!: Membership;
}

@ObjectType({ description: "What deleteWorkspace removed." })
export class DeleteWorkspacePayload {
  @Field(() => ID, { description: "The id of the workspace that no longer exists." }) deletedWorkspaceId!: string;
  @Field(() => Date, { description: "When it was deleted." }) deletedAt!: Date;
}
