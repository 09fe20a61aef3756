import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { WorkspaceRole } from "@plateau/kernel";
import { User } from "../user/user.entity.js";

// The same values and description as the workspaces subgraph's registration, so the shared enum
// composes identically whichever subgraph is loaded first.
registerEnumType(WorkspaceRole, { name: "WorkspaceRole", description: "Workspace roles, highest first." });

@InputType()
export class SignUpInput {
  @Field(() => String) email!: string;
  @Field(() => String, { description: "12 to 256 characters; not your email address or name, nor a commonly used password." })
  password!: string;
  @Field(() => String) name!: string;
}

@InputType()
export class LoginInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
  @Field(() => ID, {
    nullable: true,
    description: "Scope the token to this workspace (you must be a member). Defaults to your oldest membership.",
  })
  workspaceId?: string | null;
}

@InputType()
export class SwitchWorkspaceInput {
  @Field(() => ID) workspaceId!: string;
}

/** A freshly minted access token and whom it is for. */
@ObjectType({ description: "A freshly minted access token and whom it is for." })
export class AuthPayload {
  @Field(() => String, { description: "Send as `Authorization: Bearer <accessToken>`." }) accessToken!: string;
  @Field(() => String, { description: "Always Bearer." }) tokenType!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => User) user!: User;
  @Field(() => ID, { nullable: true, description: "The workspace the token is scoped to; null when none." }) workspaceId!: string | null;
  @Field(() => WorkspaceRole, { nullable: true, description: "Your role in that workspace." }) role!: WorkspaceRole | null;
}
