/**
 * Trust between Plateau's own services (docs/architecture.md, "Internal credentials between gateway and subgraphs"). Only the gateway
 * faces clients; a subgraph answers a request only when it carries a credential minted by the gateway
 * or by another Plateau service: a short-lived HS256 JWT (`iss` names the caller, `aud` the internal
 * audience) signed with a secret every service shares. Secrets carry a key id (`kid`), and a verifier
 * accepts any listed secret, so they rotate like the JWT signing keys: list the new one beside the old,
 * make it active everywhere, then drop the old one.
 */
import { randomBytes } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT, type JWTHeaderParameters } from "jose";
import { env } from "./env.js";
import { AppError, ErrorCode } from "./errors.js";
import { INTERNAL_AUDIENCE } from "./tokens.js";

/** The request header that carries the caller's internal credential (the user's token stays in `Authorization`). */
export const INTERNAL_CREDENTIAL_HEADER = "x-plateau-internal";

/** The `iss` of the gateway's credential; a subgraph's own is its name. */
export const GATEWAY_CALLER = "gateway";

/** How long one credential is valid: minted once and reused until half of it has passed. */
export const INTERNAL_CREDENTIAL_TTL_SECONDS = 60;

/** Clock skew tolerated between services, in seconds. */
const CLOCK_TOLERANCE_SECONDS = 5;
const ALGORITHM = "HS256";
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/** HS256 keys shorter than the hash output (32 bytes) weaken it (RFC 7518, section 3.2). */
const MIN_SECRET_BYTES = 32;

/** Why a secrets setting cannot be used; the message never contains a secret. */
export class InternalSecretsError extends Error {
  override name = "InternalSecretsError";
}

/** The shared secrets: every one a verifier accepts, and the one credentials are signed with. */
export interface InternalSecrets {
  readonly keys: ReadonlyMap<string, Uint8Array>;
  readonly activeId: string;
}

/**
 * Parses `INTERNAL_SECRETS` (`kid:secret` entries separated by commas; each secret at least 32 bytes)
 * with `INTERNAL_ACTIVE_SECRET_ID` (default: the first listed). Throws {@link InternalSecretsError}.
 */
export function parseInternalSecrets(value: string, activeId?: string): InternalSecrets {
  const keys = new Map<string, Uint8Array>();
  for (const entry of value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(":");
    const kid = entry.slice(0, Math.max(separator, 0));
    if (separator < 1 || !KEY_ID_PATTERN.test(kid)) {
      throw new InternalSecretsError('entries look like "kid:secret", the kid 1-32 letters, digits, _ or -');
    }
    const secret = new TextEncoder().encode(entry.slice(separator + 1));
    if (secret.length < MIN_SECRET_BYTES) throw new InternalSecretsError(`the secret "${kid}" is shorter than ${MIN_SECRET_BYTES} bytes`);
    if (keys.has(kid)) throw new InternalSecretsError(`the secret "${kid}" is listed twice`);
    keys.set(kid, secret);
  }
  const first = keys.keys().next().value;
  if (first === undefined) throw new InternalSecretsError("no secret is listed");
  const active = activeId || first;
  if (!keys.has(active)) throw new InternalSecretsError(`the active secret "${active}" is not among the listed ones`);
  return { keys, activeId: active };
}

/** A fresh secret, for a graph started in one process (`npm start`, tests): valid for that run only. */
export function generateInternalSecrets(): InternalSecrets {
  const kid = `run-${Date.now().toString(36)}`;
  return { keys: new Map([[kid, new Uint8Array(randomBytes(32))]]), activeId: kid };
}

/** A service's own credential for its calls to other services. */
export interface InternalCredential {
  /** Who the credential names (`gateway`, or the calling subgraph). */
  readonly caller: string;
  /** The current token: minted once, reused, and re-minted before it expires, so a request pays nothing. */
  token(): Promise<string>;
}

/** The credential `caller` presents, signed with the active secret; `now` (seconds) is for tests. */
export function internalCredential(
  secrets: InternalSecrets,
  caller: string,
  options: { ttlSeconds?: number; now?: () => number } = {},
): InternalCredential {
  const ttl = options.ttlSeconds ?? INTERNAL_CREDENTIAL_TTL_SECONDS;
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  let current: { token: Promise<string>; renewAt: number } | undefined;
  const mint = (issuedAt: number) =>
    new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM, kid: secrets.activeId, typ: "JWT" })
      .setIssuer(caller)
      .setSubject(`service:${caller}`)
      .setAudience(INTERNAL_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ttl)
      .sign(secrets.keys.get(secrets.activeId)!);
  return {
    caller,
    token() {
      const at = now();
      // Renewed at half its lifetime: a token sent now still has that half left when it arrives.
      if (!current || at >= current.renewAt) current = { token: mint(at), renewAt: at + Math.floor(ttl / 2) };
      return current.token;
    },
  };
}

/** Checks the credential a request carries; resolves to the caller it names. */
export interface InternalCredentialVerifier {
  /** The verified caller (`gateway`, a subgraph's name), or a rejection with UNAUTHENTICATED. */
  verify(token: string | undefined): Promise<string>;
}

/** A verifier that accepts credentials signed with any of `secrets` (by `kid`) and no older than their lifetime allows. */
export function createInternalCredentialVerifier(secrets: InternalSecrets): InternalCredentialVerifier {
  const keyOf = (header: JWTHeaderParameters) => {
    const key = header.kid === undefined ? undefined : secrets.keys.get(header.kid);
    if (!key) throw new AppError(ErrorCode.UNAUTHENTICATED, "Invalid internal credential");
    return key;
  };
  return {
    async verify(token) {
      if (!token) throw new AppError(ErrorCode.UNAUTHENTICATED, "This service answers only Plateau's gateway and services");
      try {
        const { payload } = await jwtVerify(token, keyOf, {
          algorithms: [ALGORITHM],
          audience: INTERNAL_AUDIENCE,
          requiredClaims: ["iss", "iat", "exp"],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          // A credential minted with a longer lifetime than ours is refused, whatever its `exp` says.
          maxTokenAge: INTERNAL_CREDENTIAL_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS,
        });
        if (!payload.iss) throw new AppError(ErrorCode.UNAUTHENTICATED, "Invalid internal credential");
        return payload.iss;
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (!(error instanceof joseErrors.JOSEError)) throw error;
        const expired = error instanceof joseErrors.JWTExpired;
        throw new AppError(ErrorCode.UNAUTHENTICATED, expired ? "Internal credential expired" : "Invalid internal credential");
      }
    },
  };
}

/**
 * The two variables the gateway and every subgraph read (docs/operations.md, "Environment variables"). Required: a
 * service without a secret would either refuse everyone or trust anyone (`npm start` and the tests
 * generate one per run).
 */
export const internalSecretsEnvShape = {
  INTERNAL_SECRETS: env.custom(
    "Secrets of the credentials Plateau's services present to each other: `kid:secret` entries (32+ bytes each), comma-separated",
    (raw) => {
      parseInternalSecrets(raw);
      return raw;
    },
  ),
  INTERNAL_ACTIVE_SECRET_ID: env.optionalString("The `kid` in INTERNAL_SECRETS that signs this service's credentials (default: the first)"),
};

/** The secrets from the parsed variables of {@link internalSecretsEnvShape}; throws when the active one is not listed. */
export function internalSecretsFromEnv(config: {
  INTERNAL_SECRETS: string;
  INTERNAL_ACTIVE_SECRET_ID: string | undefined;
}): InternalSecrets {
  try {
    return parseInternalSecrets(config.INTERNAL_SECRETS, config.INTERNAL_ACTIVE_SECRET_ID);
  } catch (error) {
    if (error instanceof InternalSecretsError) throw new InternalSecretsError(`INTERNAL_ACTIVE_SECRET_ID: ${error.message}`);
    throw error;
  }
}
