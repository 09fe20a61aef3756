import { Field, InputType } from "type-graphql";

const CODE = "A six-digit code from your authenticator app, or one of your recovery codes.";

@InputType({ description: "A code that proves the enrolled authenticator works." })
export class ConfirmMfaInput {
  @Field(() => String, { description: "A six-digit code from the authenticator app just set up." }) code!: string;
}

@InputType({ description: "Proof of the second factor, to turn MFA off." })
export class DisableMfaInput {
  @Field(() => String, { description: CODE }) code!: string;
}

@InputType({ description: "Proof of the second factor, to replace the recovery codes." })
export class RegenerateRecoveryCodesInput {
  @Field(() => String, { description: CODE }) code!: string;
}

@InputType({ description: "The challenge from login and a second-factor code." })
export class CompleteMfaLoginInput {
  @Field(() => String, { description: "The `mfaChallenge` that login returned." }) challenge!: string;
  @Field(() => String, { description: CODE }) code!: string;
}
