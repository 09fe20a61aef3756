import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const FORMAT = "v1";
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** Why a sealed value could not be opened; the message never contains key material or plaintext. */
export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

/**
 * Encrypts secrets the server must read back (TOTP secrets, integration credentials) with AES-256-GCM.
 * Every sealed value names the key that sealed it (`v1.<kid>.<iv>.<ciphertext>.<tag>`), so keys can
 * rotate: new values use the active key, old ones still open with theirs until re-sealed.
 */
export class SecretBox {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    keys: Record<string, Buffer>,
    readonly activeKeyId: string,
  ) {
    for (const [kid, key] of Object.entries(keys)) {
      if (!KEY_ID_PATTERN.test(kid)) throw new SecretBoxError(`Key id "${kid}" must be 1-32 letters, digits, _ or -`);
      if (key.length !== KEY_BYTES) throw new SecretBoxError(`Key "${kid}" must be ${KEY_BYTES} bytes, got ${key.length}`);
    }
    if (!keys[activeKeyId]) throw new SecretBoxError(`The active key "${activeKeyId}" is not among the keys`);
    this.keys = new Map(Object.entries(keys));
  }

  /**
   * Encrypts `plaintext`. `context` (e.g. `"totp:<userId>"`) is authenticated but not stored: a value
   * copied to another row or purpose will not open there.
   */
  seal(plaintext: string, context = ""): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keys.get(this.activeKeyId)!, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(`${FORMAT}.${this.activeKeyId}.${context}`));
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [FORMAT, this.activeKeyId, iv, ciphertext, cipher.getAuthTag()]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".");
  }

  /** Decrypts a value from {@link seal} with the same `context`; throws SecretBoxError when it cannot. */
  open(sealed: string, context = ""): string {
    const parts = sealed.split(".");
    if (parts.length !== 5 || parts[0] !== FORMAT) throw new SecretBoxError("Not a sealed secret");
    const [, kid, iv, ciphertext, tag] = parts as [string, string, string, string, string];
    const key = this.keys.get(kid);
    if (!key) throw new SecretBoxError(`Sealed with unknown key "${kid}"`);
    try {
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(`${FORMAT}.${kid}.${context}`));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      throw new SecretBoxError("Sealed secret failed authentication (tampered, wrong key or wrong context)");
    }
  }

  /** True when `sealed` was sealed with a key other than the active one (re-seal it when convenient). */
  needsReseal(sealed: string): boolean {
    return sealed.split(".")[1] !== this.activeKeyId;
  }
}
