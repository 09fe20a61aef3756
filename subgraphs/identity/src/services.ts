import path from "node:path";
import { createLogger, type Logger, type TokenAudience } from "@plateau/kernel";
import { persistedSecretBox, secretBoxFromEnv, type SecretBox, type ServiceDeps } from "@plateau/subgraph-kit";
import { createMembershipsClient, type MembershipsClient } from "./modules/auth/memberships.client.js";
import { createPasswordHasher, type PasswordHasher } from "./modules/auth/password-hasher.js";
import { loadSigningKey, parsePreviousPublicKeys, type SigningKey } from "./modules/auth/signing-key.js";
import { createMemoryFailureLog, type FailureLog } from "./modules/auth/throttle/failure-log.js";
import { LoginThrottle, PASSWORD_RESET_REQUESTS, PASSWORD_RESET_THROTTLE_POLICY } from "./modules/auth/throttle/login-throttle.js";
import { createRedisFailureLog } from "./modules/auth/throttle/redis-failure-log.js";
import { createLoggingNotifier, type Notifier } from "./modules/password/notifier.js";
import { createTokenIssuer, type TokenIssuer } from "./modules/auth/token-issuer.js";
import { EmailReaders } from "./modules/user/user.email-readers.js";
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
  /** Whose email a viewer may read (asks workspaces once per request). */
  emailReaders: EmailReaders;
  /** Failed logins, wrong current passwords and wrong MFA codes, per account and client IP. */
  loginThrottle: LoginThrottle;
  /** Password-reset requests, per address and client IP. */
  passwordResetThrottle: LoginThrottle;
  /** Encrypts secrets identity reads back (TOTP secrets); keys from SECRETS_KEYS, or generated in dev mode. */
  secrets: SecretBox;
  /** Delivers password-reset tokens; the embedded mode's logs them (the only implementation so far). */
  notifier: Notifier;
  /** Releases what the services hold open (the throttles' Redis connection). */
  close(): Promise<void>;
}

/** Builds identity's services from its settings: signing key, token issuer, secrets box, hasher, workspaces client, throttles. */
export async function createIdentityServices(deps: ServiceDeps): Promise<IdentityServices> {
  const logger = deps.logger ?? createLogger({ service: "identity" });
  const settings = parseIdentitySettings(deps.settings);
  const signingKey = await loadSigningKey(
    { privateKeyPem: settings.JWT_PRIVATE_KEY, keyId: settings.JWT_KEY_ID, dataDir: settings.DATA_DIR },
    logger,
  );
  const previousKeys = parsePreviousPublicKeys(settings.JWT_PREVIOUS_PUBLIC_KEYS, signingKey);
  const tokens = createTokenIssuer(signingKey, deps.tokenAudience ?? DEFAULT_TOKEN_AUDIENCE);
  const secrets = loadSecretBox(settings, logger);
  const passwords = await createPasswordHasher();
  // Last, so nothing after it can fail and leave its connection open.
  const failureLog = await createFailureLog(settings, logger);
  const memberships = createMembershipsClient({ workspacesUrl: settings.WORKSPACES_URL, credential: deps.serviceCredential, logger });
  return {
    settings,
    signingKey,
    // The signing key first, then retired keys whose tokens may still be live.
    jwks: { keys: [signingKey.publicJwk, ...previousKeys] },
    tokens,
    passwords,
    memberships,
    emailReaders: new EmailReaders(memberships),
    secrets,
    loginThrottle: new LoginThrottle(failureLog, { policy: { baseDelayMs: settings.LOGIN_THROTTLE_BASE_DELAY_MS } }),
    passwordResetThrottle: new LoginThrottle(failureLog, { policy: PASSWORD_RESET_THROTTLE_POLICY, kind: PASSWORD_RESET_REQUESTS }),
    notifier: createLoggingNotifier(logger),
    close: () => failureLog.close(),
  };
}

/**
 * The configured keys (deployments), or a key generated on first start and kept under DATA_DIR
 * (embedded/dev mode), like the signing key: stored TOTP secrets must survive a restart.
 */
function loadSecretBox(settings: IdentitySettings, logger: Logger): SecretBox {
  if (settings.SECRETS_KEYS) return secretBoxFromEnv(settings.SECRETS_KEYS, settings.SECRETS_ACTIVE_KEY_ID);
  const box = persistedSecretBox(settings.DATA_DIR);
  logger.warn("using a generated secrets key for embedded/dev mode; set SECRETS_KEYS in deployments", {
    dir: path.join(settings.DATA_DIR, "secrets"),
    kid: box.activeKeyId,
  });
  return box;
}

/** Redis when configured, so every identity process sees the same counts; otherwise this process's memory. */
async function createFailureLog(settings: IdentitySettings, logger: Logger): Promise<FailureLog> {
  if (!settings.REDIS_URL) {
    logger.info("REDIS_URL is not set: login and password-reset throttling count attempts in this process only");
    return createMemoryFailureLog();
  }
  return createRedisFailureLog({ url: settings.REDIS_URL, keyPrefix: settings.REDIS_KEY_PREFIX, logger });
}
