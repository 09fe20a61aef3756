import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A new account." })
export class SignUpInput {
  @Field(() => String, { description: "The address to sign in with; lower-cased, unique across Plateau." }) email!: string;
  @Field(() => String, { description: "12 to 256 characters; not your email address or name, nor a commonly used password." })
  password!: string;
  @Field(() => String, { description: "The name to show for you, at most 200 characters." }) name!: string;
}

@InputType({ description: "Credentials to sign in with." })
export class LoginInput {
  @Field(() => String, { description: "Your account's email address (case does not matter)." }) email!: string;
  @Field(() => String, { description: "Your password." }) password!: string;
  @Field(() => ID, {
    nullable: true,
    description: "Scope the token to this workspace (you must be a member). Defaults to your oldest membership.",
  })
  workspaceId?: string | null;
}

@InputType({ description: "The workspace to scope a new token to." })
export class SwitchWorkspaceInput {
  @Field(() => ID, { description: "One of your workspaces (see `me { memberships }`)." }) workspaceId!: string;
}
