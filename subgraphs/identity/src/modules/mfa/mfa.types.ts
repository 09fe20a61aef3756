import { Field, ObjectType } from "type-graphql";
import { User } from "../user/user.entity.js";

@ObjectType({ description: "A new authenticator secret, pending until confirmMfa proves a code from it." })
export class EnrollMfaPayload {
  @Field(() => String, { description: "The TOTP secret, base32: for typing into an authenticator app by hand." }) secret!: string;
  @Field(() => String, { description: "`otpauth://totp/Plateau:<email>?secret=…&issuer=Plateau`: render it as a QR code." })
  otpauthUri!: string;
}

@ObjectType({ description: "MFA is on. The recovery codes are shown this once: keep them somewhere safe." })
export class ConfirmMfaPayload {
  @Field(() => User, { description: "Your account, now with MFA on." }) user!: User;
  @Field(() => [String], { description: "Ten single-use codes for when the authenticator is not at hand." }) recoveryCodes!: string[];
}

@ObjectType({ description: "MFA is off: the authenticator secret and the recovery codes are deleted." })
export class DisableMfaPayload {
  @Field(() => User, { description: "Your account, now with MFA off." }) user!: User;
}

@ObjectType({ description: "New recovery codes, replacing all earlier ones; shown this once." })
export class RegenerateRecoveryCodesPayload {
  @Field(() => [String], { description: "Ten new single-use codes; every earlier one stops working." }) recoveryCodes!: string[];
}
