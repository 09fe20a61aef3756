import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@InputType({ description: "A refresh token to exchange for new tokens." })
export class RefreshAccessTokenInput {
  @Field(() => String, { description: "The latest refresh token of the session (from any AuthPayload)." }) refreshToken!: string;
}

@InputType({ description: "One of your sessions to end." })
export class RevokeSessionInput {
  @Field(() => ID, { description: "One of your sessions (see mySessions)." }) sessionId!: string;
}

@InputType({ description: "Which of your sessions to end: all others, or all." })
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
  @Field(() => ID, { description: "The id of the session that ended; its tokens no longer refresh." }) sessionId!: string;
}

@ObjectType({ description: "How many sessions were revoked." })
export class RevokeAllSessionsPayload {
  @Field(() => Int, { description: "How many sessions ended." }) revokedSessions!: number;
}
