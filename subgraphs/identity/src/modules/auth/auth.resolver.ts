import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { IdentityContext } from "../../context.js";
import { authService } from "./auth.service.js";
import { AuthPayload, LoginPayload } from "./auth.types.js";
import { LoginInput, SignUpInput, SwitchWorkspaceInput } from "./auth.inputs.js";

@Resolver(() => AuthPayload)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Creates an account and signs in; the token is not scoped to a workspace." })
  signUp(
    @Arg("input", () => SignUpInput, { description: "Your email address, password and name." }) input: SignUpInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuthPayload> {
    return authService.signUp(ctx, input);
  }

  @Mutation(() => LoginPayload, {
    description:
      "Signs in with email and password, opening a new session; when the account has MFA, answers a challenge for completeMfaLogin instead of tokens.",
  })
  login(
    @Arg("input", () => LoginInput, { description: "Your email address, password and, optionally, the workspace to scope the token to." })
    input: LoginInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<LoginPayload> {
    return authService.login(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: "A token for another of your workspaces, in the same session." })
  switchWorkspace(
    @Arg("input", () => SwitchWorkspaceInput, { description: "The workspace to switch to." }) input: SwitchWorkspaceInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuthPayload> {
    return authService.switchWorkspace(ctx, input);
  }
}
