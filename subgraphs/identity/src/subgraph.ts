import type { SubgraphDefinition } from "@plateau/subgraph-kit";
import { createLoaders, type IdentityLoaders } from "./context.js";
import { migrations } from "./migrations/index.js";
import { AuthResolver } from "./modules/auth/auth.resolver.js";
import { authRules } from "./modules/auth/auth.rules.js";
import { MfaChallenge } from "./modules/mfa/mfa-challenge.entity.js";
import { MfaFactor } from "./modules/mfa/mfa-factor.entity.js";
import { MfaResolver } from "./modules/mfa/mfa.resolver.js";
import { mfaRules } from "./modules/mfa/mfa.rules.js";
import { RecoveryCode } from "./modules/mfa/recovery-code.entity.js";
import { PasswordResetToken } from "./modules/password/password-reset-token.entity.js";
import { PasswordResolver } from "./modules/password/password.resolver.js";
import { passwordRules } from "./modules/password/password.rules.js";
import { SecurityEvent } from "./modules/security-event/security-event.entity.js";
import { SecurityEventResolver } from "./modules/security-event/security-event.resolver.js";
import { securityEventRules } from "./modules/security-event/security-event.rules.js";
import { RefreshToken } from "./modules/session/refresh-token.entity.js";
import { Session } from "./modules/session/session.entity.js";
import { SessionResolver } from "./modules/session/session.resolver.js";
import { sessionRules } from "./modules/session/session.rules.js";
import { Skill, UserSkill } from "./modules/skill/skill.entity.js";
import { SkillResolver, UserSkillResolver, UserSkillsResolver } from "./modules/skill/skill.resolver.js";
import { skillReference } from "./modules/skill/skill.reference.js";
import { skillRules } from "./modules/skill/skill.rules.js";
import { Team, TeamMember } from "./modules/team/team.entity.js";
import { TeamResolver } from "./modules/team/team.resolver.js";
import { teamReference } from "./modules/team/team.reference.js";
import { teamRules } from "./modules/team/team.rules.js";
import { User } from "./modules/user/user.entity.js";
import { UserResolver } from "./modules/user/user.resolver.js";
import { userReference } from "./modules/user/user.reference.js";
import { userRules } from "./modules/user/user.rules.js";
import { identityRoutes } from "./routes.js";
import { createIdentityServices, type IdentityServices } from "./services.js";

/**
 * The identity subgraph: users, sign-up/login, sessions with rotating refresh tokens, TOTP MFA with
 * recovery codes, security events, password change and reset, access tokens (with their JWKS), teams,
 * skills.
 */
export const identity: SubgraphDefinition<IdentityLoaders, IdentityServices> = {
  name: "identity",
  entities: [
    User,
    Session,
    RefreshToken,
    SecurityEvent,
    MfaFactor,
    RecoveryCode,
    MfaChallenge,
    PasswordResetToken,
    Team,
    TeamMember,
    Skill,
    UserSkill,
  ],
  tenantEntities: [Team, TeamMember, Skill, UserSkill],
  auditedEntities: [Team, TeamMember, Skill, UserSkill],
  migrations,
  resolvers: [
    AuthResolver,
    SessionResolver,
    SecurityEventResolver,
    MfaResolver,
    PasswordResolver,
    UserResolver,
    TeamResolver,
    SkillResolver,
    UserSkillResolver,
    UserSkillsResolver,
  ],
  referenceResolvers: {
    User: userReference,
    Team: teamReference,
    Skill: skillReference,
  } as never,
  permissions: [authRules, sessionRules, securityEventRules, mfaRules, passwordRules, userRules, teamRules, skillRules],
  loaders: createLoaders,
  services: createIdentityServices,
  disposeServices: (services) => services.close(),
  routes: identityRoutes,
};
