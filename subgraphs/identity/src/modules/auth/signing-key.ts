import { createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from "node:crypto";
import { mkdir, readFile, link, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { calculateJwkThumbprint, type JWK } from "jose";
import type { Logger } from "@plateau/kernel";

/** The key identity signs every token with, and what it publishes about it. */
export interface SigningKey {
  kid: string;
  alg: "EdDSA";
  privateKey: KeyObject;
  /** The public half as served in the JWKS (`kid`, `alg`, `use` included; never `d`). */
  publicJwk: JWK;
}

/** The JSON persisted for a generated key (embedded/dev mode only). */
interface StoredKey {
  kid: string;
  alg: "EdDSA";
  privateJwk: JsonWebKey;
  createdAt: string;
}

/** Where a generated key is kept under the data directory. */
export function generatedKeyPath(dataDir: string): string {
  return path.resolve(dataDir, "identity-keys", "signing-key.json");
}

/**
 * The signing key: the configured PKCS8 PEM when there is one (deployments), otherwise a key generated
 * on first start and reused afterwards (embedded/dev mode), so tokens survive a restart.
 */
export async function loadSigningKey(
  options: { privateKeyPem?: string; keyId: string; dataDir: string },
  logger: Logger,
): Promise<SigningKey> {
  if (options.privateKeyPem) return fromPem(options.privateKeyPem, options.keyId);
  const file = generatedKeyPath(options.dataDir);
  const existing = await readStoredKey(file);
  if (existing) return fromStored(existing);
  const created = await persistNewKey(file);
  logger.warn("generated a signing key for embedded/dev mode; set JWT_PRIVATE_KEY in deployments", { file, kid: created.kid });
  return created;
}

/**
 * Public keys published beside the signing key, so tokens signed with a retired key stay valid until
 * they expire (rotation with two keys valid at once). `raw` is `kid:<Ed25519 public key, SPKI PEM>`
 * entries separated by commas (PEM newlines may be written `\n`).
 */
export function parsePreviousPublicKeys(raw: string | undefined, active: SigningKey): JWK[] {
  if (!raw?.trim()) return [];
  const seen = new Set([active.kid]);
  return raw
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const colon = entry.indexOf(":");
      const kid = entry.slice(0, colon).trim();
      if (colon <= 0 || !/^[\w.-]{1,100}$/.test(kid)) {
        throw new Error(`JWT_PREVIOUS_PUBLIC_KEYS entry ${index + 1} must be kid:<PEM> with a kid of letters, digits, '.', '_' or '-'`);
      }
      if (seen.has(kid)) throw new Error(`JWT_PREVIOUS_PUBLIC_KEYS: kid ${kid} is listed twice (or is JWT_KEY_ID)`);
      seen.add(kid);
      let publicKey: KeyObject;
      try {
        publicKey = createPublicKey({
          key: entry
            .slice(colon + 1)
            .trim()
            .replace(/\\n/g, "\n"),
          format: "pem",
        });
      } catch {
        throw new Error(`JWT_PREVIOUS_PUBLIC_KEYS: the key of ${kid} is not a PEM public key`);
      }
      if (publicKey.asymmetricKeyType !== "ed25519") {
        throw new Error(
          `JWT_PREVIOUS_PUBLIC_KEYS: the key of ${kid} must be Ed25519, got ${publicKey.asymmetricKeyType ?? "another type"}`,
        );
      }
      const { kty, crv, x } = publicKey.export({ format: "jwk" });
      return { kty, crv, x, kid, alg: "EdDSA", use: "sig" };
    });
}

function fromPem(pem: string, kid: string): SigningKey {
  // Environment files often carry the PEM on one line with literal \n.
  const privateKey = createPrivateKey({ key: pem.replace(/\\n/g, "\n"), format: "pem" });
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new Error(`JWT_PRIVATE_KEY must be an Ed25519 private key (PKCS8 PEM), got ${privateKey.asymmetricKeyType ?? "a symmetric key"}`);
  }
  return withPublicJwk(privateKey, kid);
}

function fromStored(stored: StoredKey): SigningKey {
  return withPublicJwk(createPrivateKey({ key: stored.privateJwk, format: "jwk" }), stored.kid);
}

function withPublicJwk(privateKey: KeyObject, kid: string): SigningKey {
  const { kty, crv, x } = createPublicKey(privateKey).export({ format: "jwk" });
  return { kid, alg: "EdDSA", privateKey, publicJwk: { kty, crv, x, kid, alg: "EdDSA", use: "sig" } };
}

async function readStoredKey(file: string): Promise<StoredKey | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const stored = JSON.parse(text) as Partial<StoredKey>;
  if (typeof stored.kid !== "string" || stored.privateJwk?.crv !== "Ed25519" || typeof stored.privateJwk.d !== "string") {
    throw new Error(`${file} is not a signing key written by identity; remove it to generate a new one`);
  }
  return stored as StoredKey;
}

/**
 * Writes a fresh key readable by the owner only. The file appears atomically (write aside, then hard
 * link, which fails if another process won the race), so two processes starting together end up on
 * the same key.
 */
async function persistNewKey(file: string): Promise<SigningKey> {
  const { privateKey } = generateKeyPairSync("ed25519");
  const privateJwk = privateKey.export({ format: "jwk" });
  const kid = await calculateJwkThumbprint({ kty: privateJwk.kty!, crv: privateJwk.crv!, x: privateJwk.x! });
  const stored: StoredKey = { kid, alg: "EdDSA", privateJwk, createdAt: new Date().toISOString() };
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const aside = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(aside, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  try {
    await link(aside, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const winner = await readStoredKey(file);
    if (winner) return fromStored(winner);
    throw error;
  } finally {
    await unlink(aside).catch(() => undefined);
  }
  return fromStored(stored);
}
