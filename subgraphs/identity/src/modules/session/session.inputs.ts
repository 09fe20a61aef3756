import { Field, ID, InputType } from "type-graphql";

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
