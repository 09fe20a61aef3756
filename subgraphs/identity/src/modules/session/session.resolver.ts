import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, type Page } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { AuthPayload } from "../auth/auth.types.js";
import { refreshService } from "./refresh.service.js";
import { Session } from "./session.entity.js";
import { sessionService } from "./session.service.js";
import { LogoutPayload, RevokeAllSessionsPayload, RevokeSessionPayload } from "./session.types.js";
import { RefreshAccessTokenInput, RevokeAllSessionsInput, RevokeSessionInput } from "./session.inputs.js";

export const SessionConnection = Connection(Session);

@Resolver(() => Session)
export class SessionResolver {
  @Query(() => SessionConnection, { description: "Your active sessions (signed-in devices), most recently seen first." })
  mySessions(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: IdentityContext): Promise<Page<Session>> {
    return sessionService.list(ctx, page);
  }

  @Mutation(() => AuthPayload, {
    description:
      "Exchanges a refresh token for a new access token and a new refresh token (the old one is spent). Needs no access token. Presenting a spent refresh token ends its session.",
  })
  refreshAccessToken(
    @Arg("input", () => RefreshAccessTokenInput, { description: "The session's latest refresh token." }) input: RefreshAccessTokenInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuthPayload> {
    return refreshService.refresh(ctx, input);
  }

  @Mutation(() => LogoutPayload, { description: "Ends the session of the access token making the call." })
  async logout(@Ctx() ctx: IdentityContext): Promise<LogoutPayload> {
    return { sessionId: await sessionService.logout(ctx) };
  }

  @Mutation(() => RevokeSessionPayload, { description: "Ends one of your sessions, e.g. a lost device." })
  async revokeSession(
    @Arg("input", () => RevokeSessionInput, { description: "The session to end." }) input: RevokeSessionInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<RevokeSessionPayload> {
    return { sessionId: (await sessionService.revokeOne(ctx, input.sessionId)).id };
  }

  @Mutation(() => RevokeAllSessionsPayload, { description: "Ends all your other sessions, and this one too when asked." })
  async revokeAllSessions(
    @Arg("input", () => RevokeAllSessionsInput, { description: "Whether to end the calling session too." }) input: RevokeAllSessionsInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<RevokeAllSessionsPayload> {
    return { revokedSessions: (await sessionService.revokeEvery(ctx, input.includeCurrent)).length };
  }

  @FieldResolver(() => Boolean, { description: "True for the session of the access token making the request." })
  current(@Root() session: Session, @Ctx() ctx: IdentityContext): boolean {
    return session.id === ctx.viewer?.sessionId;
  }
}
