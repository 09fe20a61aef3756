/** Test data shared by the dependency graph's tests and the timeline's schedule tests (timeline sits above dependency). */

/**
 * A small deterministic PRNG (mulberry32), so a failing input can be replayed from its seed. Integer
 * arithmetic through Math.imul: a float LCG loses low bits and falls into a period of about 10,000.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
