import { describe, expect, it } from "vitest";
import { DIGITS, isValidRank, MAX_RANK_LENGTH, needsRebalance, RankError, rankBetween, ranksBetween } from "./fractional-rank.js";

/** Byte-wise comparison, as PostgreSQL's "C" collation orders the column. */
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const expectIncreasing = (keys: string[]) => {
  for (let i = 1; i < keys.length; i++) expect(byteOrder(keys[i - 1]!, keys[i]!), `${keys[i - 1]} < ${keys[i]}`).toBe(-1);
};

/** A tiny deterministic PRNG, so a failing sequence can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("rankBetween", () => {
  it("starts an empty column at a0 and appends and prepends around it", () => {
    expect(rankBetween(null, null)).toBe("a0");
    expect(rankBetween("a0", null)).toBe("a1");
    expect(rankBetween("az", null)).toBe("b00");
    expect(rankBetween("bzz", null)).toBe("c000");
    expect(rankBetween(null, "a0")).toBe("Zz");
    expect(rankBetween(null, "Z0")).toBe("Yzz");
  });

  it("puts a key strictly between two neighbours, in byte order", () => {
    expect(rankBetween("a0", "a2")).toBe("a1");
    expect(rankBetween("a0", "a1")).toBe("a0V");
    expect(rankBetween("a0V", "a1")).toBe("a0l");
    expect(rankBetween("a1", "b00")).toBe("a2");
    for (const [before, after] of [
      ["a0", "a0V"],
      ["Zz", "a0"],
      ["a0", "a01"],
      ["c000", "c0001"],
      ["b0z", "b10"],
    ] as const) {
      const key = rankBetween(before, after);
      expect(byteOrder(before, key)).toBe(-1);
      expect(byteOrder(key, after)).toBe(-1);
      expect(isValidRank(key)).toBe(true);
    }
  });

  it("refuses neighbours out of order and malformed keys", () => {
    expect(() => rankBetween("a2", "a1")).toThrow(RankError);
    expect(() => rankBetween("a1", "a1")).toThrow(RankError);
    expect(() => rankBetween("a10", null)).toThrow(/trailing zero/);
    expect(() => rankBetween("a!", null)).toThrow(/base-62/);
    expect(() => rankBetween("b1", null)).toThrow(/too short/);
    expect(() => rankBetween(null, "")).toThrow(RankError);
  });

  it("keeps keys short when cards are appended one after another", () => {
    let key: string | null = null;
    for (let i = 0; i < 10_000; i++) key = rankBetween(key, null);
    expect(key!.length).toBeLessThanOrEqual(4);
  });

  it("grows keys inserted again and again at one spot until they need a rebalance", () => {
    let low = rankBetween(null, null);
    const high = rankBetween(low, null);
    let inserts = 0;
    while (!needsRebalance(low)) {
      const next = rankBetween(low, high);
      expect(byteOrder(low, next)).toBe(-1);
      expect(byteOrder(next, high)).toBe(-1);
      low = next;
      inserts++;
    }
    expect(low.length).toBe(MAX_RANK_LENGTH + 1);
    // About one character per six inserts at the same spot: a real board gets there rarely.
    expect(inserts).toBeGreaterThan(100);
  });

  it("keeps any sequence of random inserts in order", () => {
    const next = random(42);
    const keys: string[] = [];
    for (let i = 0; i < 2_000; i++) {
      const at = Math.floor(next() * (keys.length + 1));
      const key = rankBetween(keys[at - 1] ?? null, keys[at] ?? null);
      expect(isValidRank(key)).toBe(true);
      keys.splice(at, 0, key);
    }
    expectIncreasing(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("ranksBetween", () => {
  it("spreads n keys between open ends in order", () => {
    const keys = ranksBetween(null, null, 100);
    expect(keys).toHaveLength(100);
    expect(keys.slice(0, 3)).toEqual(["a0", "a1", "a2"]);
    expectIncreasing(keys);
  });

  it("fits n keys between two neighbours and before or after one", () => {
    for (const [before, after] of [
      ["a0", "a1"],
      [null, "a0"],
      ["a0", null],
      ["a0V", "a0W"],
    ] as const) {
      const keys = ranksBetween(before, after, 50);
      expect(keys).toHaveLength(50);
      expectIncreasing([...(before ? [before] : []), ...keys, ...(after ? [after] : [])]);
      // Bisecting keeps every key within a few characters of its neighbours.
      expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(8);
    }
    expect(ranksBetween("a0", "a1", 0)).toEqual([]);
  });

  it("gives 1,000 cards of a rebalanced column keys of at most three characters", () => {
    const keys = ranksBetween(null, null, 1_000);
    expect(Math.max(...keys.map((key) => key.length))).toBe(3);
    expect(keys.every(isValidRank)).toBe(true);
  });
});

describe("the backfill scheme of the migration", () => {
  /** What Migration…Board writes for the n-th card (0-based) of a column: 'c' and three digits. */
  const backfilled = (n: number) =>
    "c" + DIGITS.charAt(Math.floor(n / 3844) % 62) + DIGITS.charAt(Math.floor(n / 62) % 62) + DIGITS.charAt(n % 62);

  it("produces valid, increasing keys that new cards can be ranked around", () => {
    const keys = Array.from({ length: 5_000 }, (_, n) => backfilled(n));
    expect(keys.every(isValidRank)).toBe(true);
    expectIncreasing(keys);
    expect(byteOrder(rankBetween(keys.at(-1)!, null), keys.at(-1)!)).toBe(1);
    expect(byteOrder(rankBetween(null, keys[0]!), keys[0]!)).toBe(-1);
  });
});
