import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SecretBox, SecretBoxError } from "./secret-box.js";

/**
 * Parses `SECRETS_KEYS` ("kid:base64key,kid2:base64key"; 32-byte keys) with `SECRETS_ACTIVE_KEY_ID`
 * (default: the first listed). Listing the old key after the new one is how a rotation is done.
 */
export function secretBoxFromEnv(keysValue: string, activeKeyId?: string): SecretBox {
  const keys: Record<string, Buffer> = {};
  const order: string[] = [];
  for (const entry of keysValue
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(":");
    if (separator < 1) throw new SecretBoxError('SECRETS_KEYS entries look like "kid:base64key"');
    const kid = entry.slice(0, separator);
    keys[kid] = Buffer.from(entry.slice(separator + 1), "base64");
    order.push(kid);
  }
  if (order.length === 0) throw new SecretBoxError("SECRETS_KEYS lists no key");
  return new SecretBox(keys, activeKeyId ?? order[0]!);
}

/**
 * The embedded/dev mode: a key generated on first start and kept in `<dataDir>/secrets/keys.json`
 * (mode 0600, written atomically so processes starting together agree on one key).
 */
export function persistedSecretBox(dataDir: string): SecretBox {
  const file = path.join(dataDir, "secrets", "keys.json");
  const read = (): SecretBox => {
    const stored = JSON.parse(readFileSync(file, "utf8")) as { active: string; keys: Record<string, string> };
    return new SecretBox(
      Object.fromEntries(Object.entries(stored.keys).map(([kid, key]) => [kid, Buffer.from(key, "base64")])),
      stored.active,
    );
  };
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const kid = `k${Date.now().toString(36)}`;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ active: kid, keys: { [kid]: randomBytes(32).toString("base64") } }), { mode: 0o600 });
  try {
    // link() fails if the file exists, so when processes start together the first key wins for all.
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temporary);
  }
  return read();
}
