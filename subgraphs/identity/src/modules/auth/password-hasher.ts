import argon2 from "argon2";

/**
 * argon2id parameters: OWASP's minimum recommendation (19 MiB, 2 passes, 1 lane). Raising them later
 * is safe: hashes made with weaker parameters are upgraded at the next successful login.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes and checks passwords. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /**
   * Checks `password` against `hash`; with no hash (unknown account) it checks against a dummy hash, so
   * both cases cost the same time and cannot be told apart.
   */
  verify(hash: string | undefined, password: string): Promise<boolean>;
  /** True when `hash` was made with other parameters than today's. */
  needsRehash(hash: string): boolean;
}

/** The argon2 functions the hasher uses (the real module, unless a test watches the calls). */
export type Argon2 = Pick<typeof argon2, "hash" | "verify" | "needsRehash">;

/** Creates the hasher; computes the dummy hash once, up front. */
export async function createPasswordHasher(argon: Argon2 = argon2): Promise<PasswordHasher> {
  const hash = (password: string) => argon.hash(password, ARGON2_OPTIONS);
  const dummyHash = await hash("plateau: no such account, compared only to spend the same time");
  return {
    hash,
    async verify(stored, password) {
      try {
        const matches = await argon.verify(stored ?? dummyHash, password);
        return stored !== undefined && matches;
      } catch {
        // A stored value that is not an argon2 hash never matches.
        return false;
      }
    },
    needsRehash: (stored) => argon.needsRehash(stored, ARGON2_OPTIONS),
  };
}
