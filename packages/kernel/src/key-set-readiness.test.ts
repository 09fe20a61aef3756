import { describe, expect, it } from "vitest";
import { createLocalJWKSet, createRemoteJWKSet, customFetch, exportJWK, generateKeyPair, type JWTVerifyGetKey } from "jose";
import { checkKeySet, deferredKeySet } from "./key-set-readiness.js";

/** A remote key set whose "identity" answers with `answer` (no network: jose's custom fetch). */
function remoteKeys(answer: () => Promise<Response>) {
  let calls = 0;
  const keys = createRemoteJWKSet(new URL("https://identity.internal/.well-known/jwks.json"), {
    [customFetch]: () => {
      calls += 1;
      return answer();
    },
  });
  return { keys, calls: () => calls };
}

async function jwks() {
  const { publicKey } = await generateKeyPair("EdDSA");
  return { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "EdDSA" }] };
}

describe("checkKeySet", () => {
  it("accepts a local key set as it is", async () => {
    await expect(checkKeySet(createLocalJWKSet(await jwks()))).resolves.toBeUndefined();
  });

  it("loads a remote key set once, then accepts it from its cache", async () => {
    const body = await jwks();
    const remote = remoteKeys(async () => Response.json(body));

    await checkKeySet(remote.keys);
    await checkKeySet(remote.keys);

    expect(remote.calls()).toBe(1);
  });

  it("rejects a remote key set that cannot be loaded, with the reason", async () => {
    const remote = remoteKeys(async () => new Response("unavailable", { status: 503 }));

    await expect(checkKeySet(remote.keys)).rejects.toThrow(/^the JWKS cannot be loaded: /);
  });

  it("looks through a deferred key set: not known yet, then the key set it delegates to", async () => {
    let target: JWTVerifyGetKey | undefined;
    const deferred = deferredKeySet(() => target, "identity has not started yet");
    await expect(checkKeySet(deferred)).rejects.toThrow("the key set is not known yet");
    expect(() => deferred({ alg: "EdDSA" }, { payload: "", signature: "" })).toThrow("identity has not started yet");

    target = remoteKeys(async () => new Response("unavailable", { status: 503 })).keys;
    await expect(checkKeySet(deferred)).rejects.toThrow(/cannot be loaded/);

    target = createLocalJWKSet(await jwks());
    await expect(checkKeySet(deferred)).resolves.toBeUndefined();
  });
});
