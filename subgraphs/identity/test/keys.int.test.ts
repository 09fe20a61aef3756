import { generateKeyPairSync, randomBytes } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeJwt } from "jose";
import { dataOf, execute } from "@plateau/test-kit";
import { loginResult, rawSql, signUp, startIdentity, tempDataDir, totpCode, type TestIdentity } from "./helpers.js";

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
    // A deployment configures the secrets key too: then nothing at all is written under DATA_DIR.
    const secretsKeys = `prod:${randomBytes(32).toString("base64")}`;
    const running = await startIdentity({
      dataDir: other.dir,
      settings: { ...settings, JWT_PRIVATE_KEY: pem, JWT_KEY_ID: "prod-2026", SECRETS_KEYS: secretsKeys },
    });
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

describe("signing-key rotation", () => {
  const keyPair = () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    return {
      privatePem: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
      // As an env file carries it: on one line, newlines written \n.
      publicPemOneLine: publicKey.export({ format: "pem", type: "spki" }).toString().replace(/\n/g, "\\n"),
      x: publicKey.export({ format: "jwk" }).x,
    };
  };

  it("keeps the previous key's tokens valid while the new key signs, and refuses them once it is dropped", async () => {
    const [old, next] = [keyPair(), keyPair()];
    const data = await tempDataDir();
    const before = await startIdentity({
      dataDir: data.dir,
      settings: { ...settings, JWT_PRIVATE_KEY: old.privatePem, JWT_KEY_ID: "2026-a" },
    });
    let oldToken: string;
    try {
      oldToken = (await signUp(before.url)).accessToken;
    } finally {
      await before.close();
    }

    const during = await startIdentity({
      dataDir: data.dir,
      settings: {
        ...settings,
        JWT_PRIVATE_KEY: next.privatePem,
        JWT_KEY_ID: "2026-b",
        JWT_PREVIOUS_PUBLIC_KEYS: `2026-a:${old.publicPemOneLine}`,
      },
    });
    try {
      const jwks = await jwksOf(during.jwksUrl);
      expect(jwks.keys.map((key) => [key.kid, key.x])).toEqual([
        ["2026-b", next.x],
        ["2026-a", old.x],
      ]);
      expect(jwks.keys.every((key) => !("d" in key))).toBe(true);
      const signed = await signUp(during.url);
      expect(JSON.parse(Buffer.from(signed.accessToken.split(".")[0]!, "base64url").toString()).kid).toBe("2026-b");
      for (const token of [oldToken, signed.accessToken]) {
        const me = await execute<{ me: { id: string } }>(during.url, `{ me { id } }`, { token });
        expect(dataOf(me).me).toEqual({ id: decodeJwt(token).sub });
      }
    } finally {
      await during.close();
    }

    const after = await startIdentity({
      dataDir: data.dir,
      settings: { ...settings, JWT_PRIVATE_KEY: next.privatePem, JWT_KEY_ID: "2026-b" },
    });
    try {
      const me = await execute(after.url, `{ me { id } }`, { token: oldToken });
      expect(me.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await after.close();
      await data.remove();
    }
  });

  it("refuses to start on a malformed, duplicate or non-Ed25519 previous key, naming it", async () => {
    const current = keyPair();
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ format: "pem", type: "spki" }).toString();
    const data = await tempDataDir();
    try {
      for (const [value, message] of [
        ["no-colon", /must be kid:<PEM>/],
        ["2026-a:not a pem", /the key of 2026-a is not a PEM public key/],
        [`2026-b:${current.publicPemOneLine}`, /kid 2026-b is listed twice/],
        [`old-rsa:${rsa}`, /the key of old-rsa must be Ed25519/],
      ] as const) {
        await expect(
          startIdentity({
            dataDir: data.dir,
            settings: { ...settings, JWT_PRIVATE_KEY: current.privatePem, JWT_KEY_ID: "2026-b", JWT_PREVIOUS_PUBLIC_KEYS: value },
          }),
        ).rejects.toThrow(message);
      }
    } finally {
      await data.remove();
    }
  });
});

describe("the secrets key (TOTP secrets)", () => {
  const ENROLL = `mutation { enrollMfa { secret } }`;
  const CONFIRM = `mutation($i: ConfirmMfaInput!) { confirmMfa(input: $i) { recoveryCodes } }`;
  const sealedSecretOf = async (identity: TestIdentity, userId: string) =>
    (await rawSql<{ sealed_secret: string }>(identity, `select sealed_secret from identity.mfa_factor where user_id = ?`, [userId]))[0]!
      .sealed_secret;

  /** Signs up on `identity` and turns MFA on; returns the user and the secret. */
  async function withMfa(identity: TestIdentity) {
    const signed = await signUp(identity.url);
    const { secret } = dataOf(
      await execute<{ enrollMfa: { secret: string } }>(identity.url, ENROLL, { token: signed.accessToken }),
    ).enrollMfa;
    dataOf(await execute(identity.url, CONFIRM, { token: signed.accessToken, variables: { i: { code: await totpCode(secret) } } }));
    return { signed, secret };
  }

  it("is generated once, kept owner-only under DATA_DIR, and still opens the secrets after a restart", async () => {
    const data = await tempDataDir();
    try {
      const first = await startIdentity({ dataDir: data.dir, settings });
      let enrolled: Awaited<ReturnType<typeof withMfa>>;
      try {
        enrolled = await withMfa(first);
      } finally {
        await first.close();
      }
      const file = path.join(data.dir, "secrets", "keys.json");
      expect((await stat(file)).mode & 0o777).toBe(0o600);

      const second = await startIdentity({ dataDir: data.dir, settings });
      try {
        const challenged = await loginResult(second.url, { email: enrolled.signed.user.email });
        const [{ last_used_step: lastStep } = { last_used_step: null }] = await rawSql<{ last_used_step: number | null }>(
          second,
          `select last_used_step from identity.mfa_factor where user_id = ?`,
          [enrolled.signed.user.id],
        );
        const completed = await execute<{ completeMfaLogin: { user: { id: string } } }>(
          second.url,
          `mutation($i: CompleteMfaLoginInput!) { completeMfaLogin(input: $i) { user { id } } }`,
          { variables: { i: { challenge: challenged.mfaChallenge, code: await totpCode(enrolled.secret, lastStep) } } },
        );
        expect(dataOf(completed).completeMfaLogin.user.id).toBe(enrolled.signed.user.id);
      } finally {
        await second.close();
      }
    } finally {
      await data.remove();
    }
  });

  it("comes from SECRETS_KEYS when set: values name the active key, and a malformed value stops the start", async () => {
    const data = await tempDataDir();
    const key = (kid: string) => `${kid}:${randomBytes(32).toString("base64")}`;
    try {
      const running = await startIdentity({
        dataDir: data.dir,
        settings: { ...settings, SECRETS_KEYS: `${key("old")},${key("current")}`, SECRETS_ACTIVE_KEY_ID: "current" },
      });
      try {
        const { signed, secret } = await withMfa(running);
        const sealed = await sealedSecretOf(running, signed.user.id);
        expect(sealed.split(".").slice(0, 2)).toEqual(["v1", "current"]);
        expect(sealed).not.toContain(secret);
      } finally {
        await running.close();
      }
      await expect(startIdentity({ dataDir: data.dir, settings: { ...settings, SECRETS_KEYS: "not-a-key" } })).rejects.toThrow(
        /kid:base64key/,
      );
    } finally {
      await data.remove();
    }
  });
});
