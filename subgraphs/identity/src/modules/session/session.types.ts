import { Field, ID, Int, ObjectType } from "type-graphql";

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
