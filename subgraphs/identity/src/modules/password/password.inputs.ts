import { Field, InputType } from "type-graphql";

const NEW_PASSWORD = "12 to 256 characters; not your email address or name, nor a commonly used password.";

@InputType({ description: "Your current password and the new one." })
export class ChangePasswordInput {
  @Field(() => String, { description: "Your password now, as proof it is you." }) currentPassword!: string;
  @Field(() => String, { description: `${NEW_PASSWORD} Must differ from the current one.` }) newPassword!: string;
}

@InputType({ description: "The account to send a password-reset message for." })
export class RequestPasswordResetInput {
  @Field(() => String, { description: "The account's email address; a message goes there only when it has an account." }) email!: string;
}

@InputType({ description: "A password-reset token and the new password." })
export class ResetPasswordInput {
  @Field(() => String, { description: "The token from the password-reset message." }) token!: string;
  @Field(() => String, { description: NEW_PASSWORD }) newPassword!: string;
}
