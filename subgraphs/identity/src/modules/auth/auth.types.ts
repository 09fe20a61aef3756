import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { WORKSPACE_ROLE_VALUES, WorkspaceRole } from "@plateau/kernel";
import { User } from "../user/user.entity.js";

// The same values and description as the workspaces subgraph's registration, so the shared enum
// composes identically whichever subgraph is loaded first.
registerEnumType(WorkspaceRole, {
  name: "WorkspaceRole",
  description: "Workspace roles, highest first.",
  valuesConfig: WORKSPACE_ROLE_VALUES,
});

/**
 * A freshly minted access token, the refresh token that renews it, and whom they are for. Every
 * AuthPayload rotates the session's refresh token: keep the latest one, earlier ones are spent.
 */
@ObjectType({ description: "A freshly minted access token, the refresh token that renews it, and whom they are for." })
export class AuthPayload {
  @Field(() => String, { description: "Send as `Authorization: Bearer <accessToken>`; valid for 15 minutes." }) accessToken!: string;
  @Field(() => String, { description: "Always Bearer." }) tokenType!: string;
  @Field(() => Date, { description: "When the access token expires." }) expiresAt!: Date;
  @Field(() => String, {
    description:
      "Opaque (`prt_…`), single use: exchange it with refreshAccessToken for a new pair. It replaces any refresh token this session had; presenting a replaced one again ends the session.",
  })
  refreshToken!: string;
  @Field(() => Date, { description: "When the refresh token expires (each refresh slides it, up to the session's end)." })
  refreshTokenExpiresAt!: Date;
  @Field(() => ID, { description: "The session the tokens belong to (the token's `sid`)." }) sessionId!: string;
  @Field(() => User, { description: "The signed-in user." }) user!: User;
  @Field(() => ID, { nullable: true, description: "The workspace the token is scoped to; null when none." }) workspaceId!: string | null;
  @Field(() => WorkspaceRole, { nullable: true, description: "Your role in that workspace." }) role!: WorkspaceRole | null;
}

/**
 * What login and resetPassword answer. Without MFA: `mfaRequired` false and the same tokens as an
 * AuthPayload. With MFA: `mfaRequired` true, every token field null, and an `mfaChallenge` to redeem
 * with completeMfaLogin and a code, which then answers an AuthPayload. A flat type rather than a union,
 * so existing `login { accessToken … }` selections keep working; check `mfaRequired` first.
 */
@ObjectType({
  description:
    "Tokens, or (when your account has MFA: mfaRequired) a challenge to complete with completeMfaLogin and a code; then every token field is null.",
})
export class LoginPayload {
  @Field(() => Boolean, { description: "True when a second factor is needed: call completeMfaLogin with mfaChallenge." })
  mfaRequired!: boolean;
  @Field(() => String, { nullable: true, description: "Opaque and single use; valid until mfaChallengeExpiresAt (5 minutes)." })
  mfaChallenge!: string | null;
  @Field(() => Date, { nullable: true, description: "When mfaChallenge stops working; null unless mfaRequired." })
  mfaChallengeExpiresAt!: Date | null;
  @Field(() => String, { nullable: true, description: "As AuthPayload.accessToken; null when mfaRequired." }) accessToken!: string | null;
  @Field(() => String, { nullable: true, description: "Always Bearer; null when mfaRequired." }) tokenType!: string | null;
  @Field(() => Date, { nullable: true, description: "When the access token expires; null when mfaRequired." }) expiresAt!: Date | null;
  @Field(() => String, { nullable: true, description: "As AuthPayload.refreshToken; null when mfaRequired." }) refreshToken!: string | null;
  @Field(() => Date, { nullable: true, description: "When the refresh token expires; null when mfaRequired." })
  refreshTokenExpiresAt!: Date | null;
  @Field(() => ID, { nullable: true, description: "The new session's id; null when mfaRequired." }) sessionId!: string | null;
  @Field(() => User, { nullable: true, description: "Null when mfaRequired: the account is shown once the second factor is proven." })
  user!: User | null;
  @Field(() => ID, { nullable: true, description: "The workspace the token is scoped to; null when none or when mfaRequired." })
  workspaceId!: string | null;
  @Field(() => WorkspaceRole, { nullable: true, description: "Your role in that workspace; null when none or when mfaRequired." })
  role!: WorkspaceRole | null;

  /** Signed in: the tokens. */
  static signedIn(auth: AuthPayload): LoginPayload {
    return Object.assign(new LoginPayload(), { mfaRequired: false, mfaChallenge: null, mfaChallengeExpiresAt: null, ...auth });
  }

  /** A second factor is needed: the challenge, no tokens. */
  static challenged(challenge: string, expiresAt: Date): LoginPayload {
    return Object.assign(new LoginPayload(), {
      mfaRequired: true,
      mfaChallenge: challenge,
      mfaChallengeExpiresAt: expiresAt,
      accessToken: null,
      tokenType: null,
      expiresAt: null,
      refreshToken: null,
      refreshTokenExpiresAt: null,
      sessionId: null,
      user: null,
      workspaceId: null,
      role: null,
    });
  }
}
