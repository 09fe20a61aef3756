import { describe, expect, it } from "vitest";
import { SLUG_MAX, SLUG_PATTERN, randomSuffix, slugCandidates, slugFromName, withSuffix } from "./workspace.slug.js";

describe("slugFromName", () => {
  it("lower-cases and dashes a plain name", () => {
    expect(slugFromName("Acme Corp  Platform")).toBe("acme-corp-platform");
  });

  it("drops accents and punctuation", () => {
    expect(slugFromName("  Café Zürich! (R&D) ")).toBe("cafe-zurich-r-d");
  });

  it("keeps within the maximum length without a trailing dash", () => {
    const slug = slugFromName(`${"a".repeat(47)} b`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("still yields a valid slug for names with few usable characters", () => {
    expect(slugFromName("日本")).toBe("workspace");
    expect(slugFromName("Q")).toBe("q-workspace");
    for (const name of ["日本", "Q", "!!", "ab"]) expect(slugFromName(name)).toMatch(SLUG_PATTERN);
  });
});

describe("suffixes", () => {
  it("appends a short suffix, shortening long bases", () => {
    expect(withSuffix("acme", "x1y2")).toBe("acme-x1y2");
    const long = withSuffix("a".repeat(48), "x1y2");
    expect(long).toHaveLength(SLUG_MAX);
    expect(long).toMatch(SLUG_PATTERN);
  });

  it("draws suffixes from [a-z0-9]", () => {
    expect(randomSuffix()).toMatch(/^[a-z0-9]{4}$/);
    expect(randomSuffix(() => new Uint8Array([0, 25, 26, 35]))).toBe("az09");
  });

  it("tries the plain slug first", () => {
    let n = 0;
    expect(slugCandidates("acme", 3, () => `s00${n++}`)).toEqual(["acme", "acme-s000", "acme-s001"]);
  });
});
