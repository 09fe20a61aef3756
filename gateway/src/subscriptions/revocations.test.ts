import { describe, expect, it } from "vitest";
import { Revocations } from "./revocations.js";

describe("Revocations", () => {
  it("refuses every token of an ended session, and a user's tokens issued before a password change but for the session it kept", () => {
    const revocations = new Revocations();
    const at = Date.parse("2026-12-02T09:00:00Z");
    revocations.record({ sessionId: "s1", reason: "logout" }, at);
    revocations.record({ userId: "u2", exceptSessionId: "kept", reason: "password" }, at);

    expect(revocations.refuses("u1", "s1", at + 60_000, at + 60_000)).toBe(true);
    expect(revocations.refuses("u1", "s9", at - 60_000, at + 60_000)).toBe(false);
    expect(revocations.refuses("u2", "other", at - 60_000, at + 60_000)).toBe(true);
    expect(revocations.refuses("u2", "kept", at - 60_000, at + 60_000)).toBe(false);
    // A session signed in after the change is a new one.
    expect(revocations.refuses("u2", "later", at + 5_000, at + 60_000)).toBe(false);
    // Forgotten once no token of that time can still be alive.
    expect(revocations.refuses("u1", "s1", at, at + 25 * 60 * 60 * 1_000)).toBe(false);
  });
});
