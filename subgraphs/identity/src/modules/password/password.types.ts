import { Field, InputType, Int, ObjectType } from "type-graphql";
import { User } from "../user/user.entity.js";

const NEW_PASSWORD = "12 to 256 characters; not your email address or name, nor a commonly used password.";

@InputType()
export class ChangePasswordInput {
  @Field(() => String) currentPassword!: string;
  @Field(() => String, { description: `${NEW_PASSWORD} Must differ from the current one.` }) newPassword!: string;
}

@ObjectType({ description: "The account whose password changed, and how many of its other sessions were signed out." })
export class ChangePasswordPayload {
  @Field(() => User) user!: User;
  @Field(() => Int, { description: "Sessions other than this one that were revoked." }) revokedSessions!: number;
}

@InputType()
export class RequestPasswordResetInput {
  @Field(() => String) email!: string;
}

@ObjectType({ description: "Always accepted: the answer never says whether the address has an account." })
export class RequestPasswordResetPayload {
  @Field(() => Boolean) accepted!: boolean;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: "The token from the password-reset message." }) token!: string;
  @Field(() => String, { description: NEW_PASSWORD }) newPassword!: string;
}
