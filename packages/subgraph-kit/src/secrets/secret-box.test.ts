import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SecretBox, SecretBoxError } from "./secret-box.js";
import { secretBoxFromEnv } from "./secret-keys.js";

const key = () => randomBytes(32);

describe("SecretBox", () => {
  it("seals and opens, tagging the value with the key id and never storing the plaintext", () => {
    const box = new SecretBox({ k1: key() }, "k1");
    const sealed = box.seal("JBSWY3DPEHPK3PXP", "totp:user-1");
    expect(sealed).toMatch(/^v1\.k1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(box.open(sealed, "totp:user-1")).toBe("JBSWY3DPEHPK3PXP");
    expect(box.seal("same", "c")).not.toBe(box.seal("same", "c"));
  });

  it("refuses a tampered value, another context and another key", () => {
    const box = new SecretBox({ k1: key() }, "k1");
    const sealed = box.seal("secret", "totp:user-1");
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3]!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    const tampered = [...parts.slice(0, 3), flipped.toString("base64url"), parts[4]].join(".");
    expect(() => box.open(tampered, "totp:user-1")).toThrow(SecretBoxError);
    expect(() => box.open(sealed, "totp:user-2")).toThrow(/failed authentication/);
    expect(() => new SecretBox({ k1: key() }, "k1").open(sealed, "totp:user-1")).toThrow(SecretBoxError);
    expect(() => box.open("plain text", "")).toThrow(/Not a sealed secret/);
    expect(() => box.open(sealed.replace("v1.k1.", "v1.k9."), "totp:user-1")).toThrow(/unknown key "k9"/);
  });

  it("rotates: new values use the active key, old ones still open and report that they need re-sealing", () => {
    const oldKey = key();
    const before = new SecretBox({ old: oldKey }, "old");
    const legacy = before.seal("credential", "jira:1");
    const after = new SecretBox({ new: key(), old: oldKey }, "new");
    expect(after.open(legacy, "jira:1")).toBe("credential");
    expect(after.needsReseal(legacy)).toBe(true);
    const fresh = after.seal("credential", "jira:1");
    expect(fresh.split(".")[1]).toBe("new");
    expect(after.needsReseal(fresh)).toBe(false);
  });

  it("refuses bad keys and key ids up front", () => {
    expect(() => new SecretBox({ k1: randomBytes(16) }, "k1")).toThrow(/32 bytes/);
    expect(() => new SecretBox({ "bad.id": key() }, "bad.id")).toThrow(/Key id/);
    expect(() => new SecretBox({ k1: key() }, "k2")).toThrow(/active key "k2"/);
  });
});

describe("secretBoxFromEnv", () => {
  it("reads kid:base64 pairs, the first being active unless one is named", () => {
    const a = key().toString("base64");
    const b = key().toString("base64");
    expect(secretBoxFromEnv(`new:${a}, old:${b}`).activeKeyId).toBe("new");
    expect(secretBoxFromEnv(`new:${a},old:${b}`, "old").activeKeyId).toBe("old");
    expect(() => secretBoxFromEnv("")).toThrow(/no key/);
    expect(() => secretBoxFromEnv("justakey")).toThrow(/kid:base64key/);
    expect(() => secretBoxFromEnv(`k1:${randomBytes(8).toString("base64")}`)).toThrow(/32 bytes/);
  });
});
