import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { IdentityContext } from "../../context.js";
import { AuthPayload } from "../auth/auth.types.js";
import { mfaLoginService } from "./mfa-login.service.js";
import { mfaService } from "./mfa.service.js";
import { ConfirmMfaPayload, DisableMfaPayload, EnrollMfaPayload, RegenerateRecoveryCodesPayload } from "./mfa.types.js";
import { CompleteMfaLoginInput, ConfirmMfaInput, DisableMfaInput, RegenerateRecoveryCodesInput } from "./mfa.inputs.js";

@Resolver()
export class MfaResolver {
  @Mutation(() => EnrollMfaPayload, {
    description: "Starts setting up an authenticator app (TOTP): MFA is on once confirmMfa accepts a code from it.",
  })
  enrollMfa(@Ctx() ctx: IdentityContext): Promise<EnrollMfaPayload> {
    return mfaService.enroll(ctx);
  }

  @Mutation(() => ConfirmMfaPayload, { description: "Turns MFA on with a code from the enrolled authenticator; returns recovery codes." })
  confirmMfa(
    @Arg("input", () => ConfirmMfaInput, { description: "A code from the authenticator app just set up." }) input: ConfirmMfaInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<ConfirmMfaPayload> {
    return mfaService.confirm(ctx, input);
  }

  @Mutation(() => DisableMfaPayload, { description: "Turns MFA off; needs a code from the authenticator or a recovery code." })
  disableMfa(
    @Arg("input", () => DisableMfaInput, { description: "A code from the authenticator, or a recovery code." }) input: DisableMfaInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<DisableMfaPayload> {
    return mfaService.disable(ctx, input);
  }

  @Mutation(() => RegenerateRecoveryCodesPayload, {
    description: "Replaces your recovery codes; needs a code from the authenticator or a recovery code.",
  })
  regenerateRecoveryCodes(
    @Arg("input", () => RegenerateRecoveryCodesInput, { description: "A code from the authenticator, or a recovery code." })
    input: RegenerateRecoveryCodesInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<RegenerateRecoveryCodesPayload> {
    return mfaService.regenerateRecoveryCodes(ctx, input);
  }

  @Mutation(() => AuthPayload, {
    description:
      "Completes a login that answered mfaRequired: the challenge plus a code from the authenticator (or a recovery code, which is then spent). Needs no access token.",
  })
  completeMfaLogin(
    @Arg("input", () => CompleteMfaLoginInput, { description: "The challenge login answered and a code." }) input: CompleteMfaLoginInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuthPayload> {
    return mfaLoginService.complete(ctx, input);
  }
}
