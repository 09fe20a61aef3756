import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { persistedSecretBox } from "./secret-keys.js";

it("generates the embedded key once, keeps it private, and reuses it on the next start", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "plateau-secrets-"));
  const first = persistedSecretBox(dataDir);
  const sealed = first.seal("totp-secret", "totp:u1");
  const second = persistedSecretBox(dataDir);
  expect(second.activeKeyId).toBe(first.activeKeyId);
  expect(second.open(sealed, "totp:u1")).toBe("totp-secret");
  const file = path.join(dataDir, "secrets", "keys.json");
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readdirSync(path.dirname(file))).toEqual(["keys.json"]);
});
