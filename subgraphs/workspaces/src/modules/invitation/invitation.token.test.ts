import { describe, expect, it } from "vitest";
import { invitationTokenHash, looksLikeInvitationToken, newInvitationToken } from "./invitation.token.js";

describe("invitation tokens", () => {
  it("are inv_ and 32 random bytes in base64url, different every time", () => {
    const token = newInvitationToken();
    expect(token).toMatch(/^inv_[A-Za-z0-9_-]{43}$/);
    expect(newInvitationToken()).not.toBe(token);
    expect(newInvitationToken(() => Buffer.alloc(32, 0xff))).toBe(`inv_${"_".repeat(42)}8`);
  });

  it("are stored as their hex SHA-256 only", () => {
    const token = newInvitationToken();
    expect(invitationTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(invitationTokenHash(token)).not.toContain(token.slice(4));
    expect(invitationTokenHash(token)).toBe(invitationTokenHash(token));
  });

  it("are recognised by shape before any lookup", () => {
    expect(looksLikeInvitationToken(newInvitationToken())).toBe(true);
    for (const value of ["", "inv_", `inv_${"a".repeat(42)}`, `inv_${"a".repeat(44)}`, `pwr_${"a".repeat(43)}`, `inv_${"a".repeat(42)}=`]) {
      expect(looksLikeInvitationToken(value)).toBe(false);
    }
  });
});
