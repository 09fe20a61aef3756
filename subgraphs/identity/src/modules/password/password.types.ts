import { Field, Int, ObjectType } from "type-graphql";
import { User } from "../user/user.entity.js";

@ObjectType({ description: "The account whose password changed, and how many of its other sessions were signed out." })
export class ChangePasswordPayload {
  @Field(() => User, { description: "Your account." }) user!: User;
  @Field(() => Int, { description: "Sessions other than this one that were revoked." }) revokedSessions!: number;
}

@ObjectType({ description: "Always accepted: the answer never says whether the address has an account." })
export class RequestPasswordResetPayload {
  @Field(() => Boolean, { description: "Always true." }) accepted!: boolean;
}
