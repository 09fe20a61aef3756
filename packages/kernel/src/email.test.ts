import { describe, expect, it } from "vitest";
import { normaliseEmail, parseEmail } from "./email.js";

describe("normaliseEmail", () => {
  it("trims and lower-cases, so one address is one account", () => {
    expect(normaliseEmail("  Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
  });
});

describe("parseEmail", () => {
  it.each([
    ["ada@example.com", "ada@example.com"],
    [" Ada+Plateau@Mail.Example.co.uk\t", "ada+plateau@mail.example.co.uk"],
    ["o'brien@xn--bcher-kva.example", "o'brien@xn--bcher-kva.example"],
    ["first.last@sub-domain.example.org", "first.last@sub-domain.example.org"],
  ])("accepts %j as %j", (raw, expected) => {
    expect(parseEmail(raw)).toBe(expected);
  });

  it.each([
    "",
    "ada",
    "@example.com",
    "ada@",
    "ada@example",
    "ada@@example.com",
    "ada@exa@mple.com",
    "ada lovelace@example.com",
    "ada@exa mple.com",
    ".ada@example.com",
    "ada.@example.com",
    "ada..lovelace@example.com",
    "ada@-example.com",
    "ada@example-.com",
    "ada@example..com",
    "ada@127.0.0.1",
    "ada<x>@example.com",
    "ada@exam\nple.com",
    "ada\t@example.com",
    "ada\u0000@example.com",
    `${"a".repeat(65)}@example.com`,
    `ada@${"a".repeat(250)}.com`,
  ])("refuses %j", (raw) => {
    expect(parseEmail(raw)).toBeUndefined();
  });
});

describe("parseEmail, as invitations use it", () => {
  it("trims and lower-cases an address", () => {
    expect(parseEmail("  Ada.Lovelace+plateau@Example.CO.UK \n")).toBe("ada.lovelace+plateau@example.co.uk");
    expect(parseEmail("x@xn--bcher-kva.example")).toBe("x@xn--bcher-kva.example");
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
    expect(parseEmail(raw)).toBeUndefined();
  });
});
