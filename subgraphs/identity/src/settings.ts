import { env, parseEnv, type ParsedEnv } from "@plateau/kernel";

/** What identity reads from `deps.settings` (its environment); parsed once at start, failing fast. */
export const identitySettingsShape = {
  DATA_DIR: env.string(
    "Directory of embedded data; the generated signing key lives in identity-keys/ and the generated secrets key in secrets/ under it",
    ".data",
  ),
  JWT_PRIVATE_KEY: env.optionalString("Ed25519 private key (PKCS8 PEM) that signs access tokens; generated under DATA_DIR when unset"),
  JWT_KEY_ID: env.string("`kid` published for JWT_PRIVATE_KEY", "plateau-1"),
  JWT_PREVIOUS_PUBLIC_KEYS: env.optionalString(
    "Retired signing keys still published in the JWKS so the tokens they signed stay valid until they expire: `kid:<Ed25519 public key, SPKI PEM>` entries separated by commas",
  ),
  WORKSPACES_URL: env.url("Base URL of the workspaces subgraph, asked for a user's memberships", "http://127.0.0.1:4002"),
  REDIS_URL: env.optionalUrl("Redis for login throttling shared by every identity process; when unset, each process throttles on its own"),
  REDIS_KEY_PREFIX: env.string("Prefix of identity's Redis keys", "plateau:identity:"),
  LOGIN_THROTTLE_BASE_DELAY_MS: env.int("First login back-off after too many failures, in ms; doubles with each further failure", 1_000),
  PASSWORD_RESET_TTL_MS: env.int("How long a password-reset token stays valid, in ms", 30 * 60_000),
  REFRESH_TOKEN_TTL_MS: env.int(
    "How long a refresh token stays valid, in ms; every refresh issues a new one with a fresh lifetime (sliding), capped by SESSION_MAX_AGE_MS",
    30 * 24 * 60 * 60_000,
  ),
  SESSION_MAX_AGE_MS: env.int(
    "Absolute lifetime of a session, in ms: after it, refreshing fails and the user logs in again",
    90 * 24 * 60 * 60_000,
  ),
  MFA_CHALLENGE_TTL_MS: env.int("How long the MFA challenge that login returns (instead of tokens) stays valid, in ms", 5 * 60_000),
  SECRETS_KEYS: env.optionalString(
    "Keys that encrypt stored secrets (TOTP): `kid:<32-byte key, base64>` entries separated by commas, the active one first; keep retired keys listed until nothing uses them. When unset, one is generated and kept in DATA_DIR/secrets/ (embedded/dev mode)",
  ),
  SECRETS_ACTIVE_KEY_ID: env.optionalString("Which SECRETS_KEYS key encrypts new secrets (default: the first listed)"),
  TRUST_PROXY: env.optionalString("Express `trust proxy` value (e.g. loopback) so sessions record the client address a proxy forwards"),
};

export type IdentitySettings = ParsedEnv<typeof identitySettingsShape>;

/** Parses the free-form settings a subgraph receives; non-string values are ignored. */
export function parseIdentitySettings(settings: Record<string, unknown> = {}): IdentitySettings {
  const source = Object.fromEntries(Object.entries(settings).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return parseEnv(identitySettingsShape, source);
}
