import { generateKeyPairSync } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, execute } from "@plateau/test-kit";
import { signUp, startIdentity, tempDataDir } from "./helpers.js";

type Jwks = { keys: Record<string, unknown>[] };
const jwksOf = async (url: URL) => (await (await fetch(url)).json()) as Jwks;

// Each start needs workspaces only for workspace-scoped tokens; none are minted here, so an unreachable URL will do.
const settings = { WORKSPACES_URL: "http://127.0.0.1:9" };

describe("the signing key", () => {
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  beforeAll(async () => {
    data = await tempDataDir();
  });
  afterAll(() => data?.remove());

  it("is generated once, kept owner-only under DATA_DIR, and reused after a restart", async () => {
    const first = await startIdentity({ dataDir: data.dir, settings });
    let jwks: Jwks;
    let token: string;
    let userId: string;
    try {
      jwks = await jwksOf(first.jwksUrl);
      const signed = await signUp(first.url);
      token = signed.accessToken;
      userId = signed.user.id;
    } finally {
      await first.close();
    }
    const file = path.join(data.dir, "identity-keys", "signing-key.json");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(path.dirname(file))).toEqual(["signing-key.json"]);

    const second = await startIdentity({ dataDir: data.dir, settings });
    try {
      expect(await jwksOf(second.jwksUrl)).toEqual(jwks);
      // A token minted before the restart is still accepted.
      const me = await execute<{ me: { id: string } }>(second.url, `{ me { id } }`, { token });
      expect(dataOf(me).me.id).toBe(userId);
    } finally {
      await second.close();
    }
  });

  it("comes from JWT_PRIVATE_KEY when set, published under JWT_KEY_ID, and nothing is generated", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const other = await tempDataDir();
    const running = await startIdentity({ dataDir: other.dir, settings: { ...settings, JWT_PRIVATE_KEY: pem, JWT_KEY_ID: "prod-2026" } });
    try {
      const jwks = await jwksOf(running.jwksUrl);
      expect(jwks.keys).toEqual([
        { kty: "OKP", crv: "Ed25519", x: publicKey.export({ format: "jwk" }).x, kid: "prod-2026", alg: "EdDSA", use: "sig" },
      ]);
      const signed = await signUp(running.url);
      const me = await execute<{ me: { id: string } }>(running.url, `{ me { id } }`, { token: signed.accessToken });
      expect(dataOf(me).me.id).toBe(signed.user.id);
      expect(await readdir(other.dir)).toEqual([]);
    } finally {
      await running.close();
      await other.remove();
    }
  });
});
