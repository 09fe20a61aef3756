import { describe, expect, it } from "vitest";
import { normaliseInvitationEmail } from "./invitation.email.js";

describe("normaliseInvitationEmail", () => {
  it("trims and lower-cases an address", () => {
    expect(normaliseInvitationEmail("  Ada.Lovelace+plateau@Example.CO.UK \n")).toBe("ada.lovelace+plateau@example.co.uk");
    expect(normaliseInvitationEmail("x@xn--bcher-kva.example")).toBe("x@xn--bcher-kva.example");
  });

  it.each([
    ["empty", ""],
    ["no @", "ada.example.com"],
    ["two @", "ada@home@example.com"],
    ["no local part", "@example.com"],
    ["single-label domain", "ada@localhost"],
    ["numeric top-level label", "ada@10.0.0.1"],
    ["space inside", "ada lovelace@example.com"],
    ["quoted local part", '"ada"@example.com'],
    ["leading dot", ".ada@example.com"],
    ["double dot", "ada..l@example.com"],
    ["hyphen at a label's edge", "ada@-example.com"],
    ["control character", "ada\u0007@example.com"],
    ["local part over 64", `${"a".repeat(65)}@example.com`],
    ["over 254 characters", `a@${Array.from({ length: 5 }, () => "b".repeat(60)).join(".")}.com`],
  ])("refuses %s", (_case, raw) => {
    expect(normaliseInvitationEmail(raw)).toBeUndefined();
  });
});
