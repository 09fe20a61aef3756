import argon2 from "argon2";
import { describe, expect, it } from "vitest";
import { createPasswordHasher, type Argon2 } from "./password-hasher.js";

/** The real argon2, with a record of the hashes each verification was made against. */
function watchedArgon2() {
  const verifiedAgainst: string[] = [];
  const argon: Argon2 = {
    hash: argon2.hash,
    needsRehash: argon2.needsRehash,
    verify: (digest, password, options) => {
      verifiedAgainst.push(digest);
      return argon2.verify(digest, password, options);
    },
  };
  return { argon, verifiedAgainst };
}

/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). */
const OWASP_ARGON2ID = /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/;

describe("the password hasher", () => {
  it("hashes with argon2id at OWASP's parameters and verifies the right password only", async () => {
    const hasher = await createPasswordHasher();
    const digest = await hasher.hash("correct horse battery staple");
    expect(digest).toMatch(OWASP_ARGON2ID);
    expect(await hasher.verify(digest, "correct horse battery staple")).toBe(true);
    expect(await hasher.verify(digest, "Correct horse battery staple")).toBe(false);
    expect(hasher.needsRehash(digest)).toBe(false);
  });

  it("spends one full argon2id verification on an unknown account too, and never lets it in", async () => {
    const { argon, verifiedAgainst } = watchedArgon2();
    const hasher = await createPasswordHasher(argon);
    const digest = await hasher.hash("correct horse battery staple");

    expect(await hasher.verify(digest, "a wrong password")).toBe(false);
    expect(await hasher.verify(undefined, "a wrong password")).toBe(false);
    // Even the dummy hash's own password does not open a missing account.
    expect(await hasher.verify(undefined, "plateau: no such account, compared only to spend the same time")).toBe(false);

    expect(verifiedAgainst).toHaveLength(3);
    expect(verifiedAgainst[0]).toBe(digest);
    for (const dummy of verifiedAgainst.slice(1)) expect(dummy).toMatch(OWASP_ARGON2ID);
  });

  it("treats a stored value that is not an argon2 hash as never matching", async () => {
    const hasher = await createPasswordHasher();
    expect(await hasher.verify("plain text", "plain text")).toBe(false);
  });
});
