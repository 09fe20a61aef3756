import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCode, normaliseRecoveryCode, recoveryCodeMatches } from "./recovery-codes.js";

describe("recovery codes", () => {
  it("are four groups of four unambiguous characters, different every time", () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("match however they are typed: case, spaces, missing dashes, look-alike letters", () => {
    const stored = hashRecoveryCode("01ab-cdef-ghjk-mnpq");
    for (const typed of ["01ab-cdef-ghjk-mnpq", "01ABCDEFGHJKMNPQ", " 01ab cdef ghjk mnpq ", "o1ab-cdef-ghjk-mnpq", "0lab-cdef-ghjk-mnpq"])
      expect(recoveryCodeMatches(typed, stored)).toBe(true);
    for (const wrong of ["01ab-cdef-ghjk-mnpr", "01ab-cdef-ghjk", "01ab-cdef-ghjk-mnpq-0000", "123456", ""])
      expect(recoveryCodeMatches(wrong, stored)).toBe(false);
    expect(normaliseRecoveryCode("uuuu-uuuu-uuuu-uuuu")).toBeNull();
  });

  it("are stored salted: the same code hashes differently per salt, and never in the clear", () => {
    const code = newRecoveryCode();
    const first = hashRecoveryCode(code);
    const second = hashRecoveryCode(code);
    expect(first.salt).not.toBe(second.salt);
    expect(first.codeHash).not.toBe(second.codeHash);
    expect(first.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.codeHash).not.toContain(code.replace(/-/g, ""));
  });
});
