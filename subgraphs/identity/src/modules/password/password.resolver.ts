import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { IdentityContext } from "../../context.js";
import { LoginPayload } from "../auth/auth.types.js";
import { passwordService } from "./password.service.js";
import { ChangePasswordPayload, RequestPasswordResetPayload } from "./password.types.js";
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from "./password.inputs.js";

@Resolver()
export class PasswordResolver {
  @Mutation(() => ChangePasswordPayload, { description: "Changes your password and signs out your other sessions." })
  changePassword(
    @Arg("input", () => ChangePasswordInput, { description: "Your current and new passwords." }) input: ChangePasswordInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<ChangePasswordPayload> {
    return passwordService.changePassword(ctx, input);
  }

  @Mutation(() => RequestPasswordResetPayload, { description: "Sends a single-use password-reset token if the address has an account." })
  requestPasswordReset(
    @Arg("input", () => RequestPasswordResetInput, { description: "The email address to send the message to." })
    input: RequestPasswordResetInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<RequestPasswordResetPayload> {
    return passwordService.requestReset(ctx, input);
  }

  @Mutation(() => LoginPayload, {
    description:
      "Sets a new password with a reset token, signs out every session and signs in anew (with MFA: answers a challenge for completeMfaLogin).",
  })
  resetPassword(
    @Arg("input", () => ResetPasswordInput, { description: "The token from the message and the new password." }) input: ResetPasswordInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<LoginPayload> {
    return passwordService.reset(ctx, input);
  }
}
