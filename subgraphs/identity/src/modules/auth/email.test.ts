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
