import { createLogger, type TokenAudience } from "@plateau/kernel";
import type { SubgraphDeps } from "@plateau/subgraph-kit";
import { createMembershipsClient, type MembershipsClient } from "./modules/auth/memberships.client.js";
import { createPasswordHasher, type PasswordHasher } from "./modules/auth/password-hasher.js";
import { loadSigningKey, type SigningKey } from "./modules/auth/signing-key.js";
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
  return {
    settings,
    signingKey,
    jwks: { keys: [signingKey.publicJwk] },
    tokens,
    passwords: await createPasswordHasher(),
    memberships: createMembershipsClient({ workspacesUrl: settings.WORKSPACES_URL, serviceToken: tokens.serviceToken, logger }),
  };
}
