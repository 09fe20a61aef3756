import { Field, InputType, Int, ObjectType } from "type-graphql";
import { User } from "../user/user.entity.js";

const NEW_PASSWORD = "12 to 256 characters; not your email address or name, nor a commonly used password.";

@InputType({ description: "Your current password and the new one." })
export class ChangePasswordInput {
  @Field(() => String, { description: "Your password now, as proof it is you." }) currentPassword!: string;
  @Field(() => String, { description: `${NEW_PASSWORD} Must differ from the current one.` }) newPassword!: string;
}

@ObjectType({ description: "The account whose password changed, and how many of its other sessions were signed out." })
export class ChangePasswordPayload {
  @Field(() => User, { description: "Your account." }) user!: User;
  @Field(() => Int, { description: "Sessions other than this one that were revoked." }) revokedSessions!: number;
}

@InputType({ description: "The account to send a password-reset message for." })
export class RequestPasswordResetInput {
  @Field(() => String, { description: "The account's email address; a message goes there only when it has an account." }) email!: string;
}

@ObjectType({ description: "Always accepted: the answer never says whether the address has an account." })
export class RequestPasswordResetPayload {
  @Field(() => Boolean, { description: "Always true." }) accepted!: boolean;
}

@InputType({ description: "A password-reset token and the new password." })
export class ResetPasswordInput {
  @Field(() => String, { description: "The token from the password-reset message." }) token!: string;
  @Field(() => String, { description: NEW_PASSWORD }) newPassword!: string;
}
