/**
 * argon2id timings with identity's own hasher and parameters, so the numbers follow any change made
 * there: the time sign-up spends hashing and the time every login spends verifying.
 */
import { performance } from "node:perf_hooks";
import { ARGON2_OPTIONS, createPasswordHasher } from "../subgraphs/identity/src/modules/auth/password-hasher.js";
import { summarise } from "./stats.js";

export interface Argon2Timings {
  /** The parameters identity hashes with, as configured. */
  parameters: string;
  /** The head of a hash it produced (`$argon2id$v=19$m=…,t=…,p=…`): what is really stored. */
  phcPrefix: string;
  hash: { median: number; p95: number };
  verify: { median: number; p95: number };
}

/** Times `runs` hashes and `runs` verifies of a correct password, one at a time, after one of each unmeasured. */
export async function measureArgon2(runs: number): Promise<Argon2Timings> {
  const hasher = await createPasswordHasher();
  const password = "a benchmark passphrase of ordinary length";
  const stored = await hasher.hash(password);
  if (!(await hasher.verify(stored, password))) throw new Error("identity's hasher did not verify its own hash");

  const time = async (operation: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await operation();
      samples.push(performance.now() - started);
    }
    return summarise(samples);
  };
  const hash = await time(() => hasher.hash(password));
  const verify = await time(() => hasher.verify(stored, password));
  const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
  return {
    parameters: `memory ${memoryCost} KiB (${formatMiB(memoryCost)} MiB), ${timeCost} passes, parallelism ${parallelism}`,
    phcPrefix: stored.split("$").slice(0, 4).join("$"),
    hash,
    verify,
  };
}

function formatMiB(kib: number): string {
  const mib = kib / 1024;
  return Number.isInteger(mib) ? String(mib) : mib.toFixed(1);
}
