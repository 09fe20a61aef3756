import { createLogger, type Logger, type TokenAudience } from "@plateau/kernel";
import type { SubgraphDeps } from "@plateau/subgraph-kit";
import { createMembershipsClient, type MembershipsClient } from "./modules/auth/memberships.client.js";
import { createPasswordHasher, type PasswordHasher } from "./modules/auth/password-hasher.js";
import { loadSigningKey, type SigningKey } from "./modules/auth/signing-key.js";
import { createMemoryFailureLog } from "./modules/auth/throttle/failure-log.js";
import { LoginThrottle } from "./modules/auth/throttle/login-throttle.js";
import { createRedisFailureLog } from "./modules/auth/throttle/redis-failure-log.js";
import { createLoggingNotifier, type Notifier } from "./modules/password/notifier.js";
import { createTokenIssuer, type TokenIssuer } from "./modules/auth/token-issuer.js";
import { parseIdentitySettings, type IdentitySettings } from "./settings.js";

/** Issuer and audience of access tokens when the deployment does not say otherwise. */
export const DEFAULT_TOKEN_AUDIENCE: TokenAudience = { issuer: "plateau-identity", audience: "plateau" };

/** What identity's resolvers and routes use beyond the EntityManager; built once at start. */
export interface IdentityServices {
  settings: IdentitySettings;
  signingKey: SigningKey;
  /** The public key set served at `/.well-known/jwks.json`. */
  jwks: { keys: SigningKey["publicJwk"][] };
  tokens: TokenIssuer;
  passwords: PasswordHasher;
  memberships: MembershipsClient;
  loginThrottle: LoginThrottle;
  /** Delivers password-reset tokens; the embedded mode's logs them (the only implementation so far). */
  notifier: Notifier;
  /** Releases what the services hold open (the throttle's Redis connection). */
  close(): Promise<void>;
}

/** Builds identity's services from its settings: signing key, token issuer, hasher, workspaces client. */
export async function createIdentityServices(deps: SubgraphDeps): Promise<IdentityServices> {
  const logger = deps.logger ?? createLogger({ service: "identity" });
  const settings = parseIdentitySettings(deps.settings);
  const signingKey = await loadSigningKey(
    { privateKeyPem: settings.JWT_PRIVATE_KEY, keyId: settings.JWT_KEY_ID, dataDir: settings.DATA_DIR },
    logger,
  );
  const tokens = createTokenIssuer(signingKey, deps.tokenAudience ?? DEFAULT_TOKEN_AUDIENCE);
  const passwords = await createPasswordHasher();
  // Last, so nothing after it can fail and leave its connection open.
  const loginThrottle = await createLoginThrottle(settings, logger);
  return {
    settings,
    signingKey,
    jwks: { keys: [signingKey.publicJwk] },
    tokens,
    passwords,
    memberships: createMembershipsClient({ workspacesUrl: settings.WORKSPACES_URL, serviceToken: tokens.serviceToken, logger }),
    loginThrottle,
    notifier: createLoggingNotifier(logger),
    close: () => loginThrottle.close(),
  };
}

/** Redis when configured, so every identity process sees the same counts; otherwise this process's memory. */
async function createLoginThrottle(settings: IdentitySettings, logger: Logger): Promise<LoginThrottle> {
  const policy = { baseDelayMs: settings.LOGIN_THROTTLE_BASE_DELAY_MS };
  if (!settings.REDIS_URL) {
    logger.info("REDIS_URL is not set: login throttling counts failures in this process only");
    return new LoginThrottle(createMemoryFailureLog(), { policy });
  }
  return new LoginThrottle(await createRedisFailureLog({ url: settings.REDIS_URL, keyPrefix: settings.REDIS_KEY_PREFIX, logger }), {
    policy,
  });
}
