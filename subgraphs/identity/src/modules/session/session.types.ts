import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@InputType()
export class RefreshAccessTokenInput {
  @Field(() => String, { description: "The latest refresh token of the session (from any AuthPayload)." }) refreshToken!: string;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID, { description: "One of your sessions (see mySessions)." }) sessionId!: string;
}

@InputType()
export class RevokeAllSessionsInput {
  @Field(() => Boolean, { defaultValue: false, description: "Also end the session making this call." })
  includeCurrent: boolean = false;
}

@ObjectType({ description: "The session that ended." })
export class LogoutPayload {
  @Field(() => ID, { description: "Your session (the token's `sid`); its tokens no longer refresh." }) sessionId!: string;
}

@ObjectType({ description: "The session that was revoked." })
export class RevokeSessionPayload {
  @Field(() => ID) sessionId!: string;
}

@ObjectType({ description: "How many sessions were revoked." })
export class RevokeAllSessionsPayload {
  @Field(() => Int) revokedSessions!: number;
}
