import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from "./password-policy.js";

const account = { email: "ada.lovelace@example.com", name: "Ada Lovelace" };

describe("passwordProblem", () => {
  it("accepts a long enough password unrelated to the account", () => {
    expect(passwordProblem("correct horse battery", account)).toBeUndefined();
    expect(passwordProblem("x".repeat(PASSWORD_MIN_LENGTH), account)).toBeUndefined();
    expect(passwordProblem("x".repeat(PASSWORD_MAX_LENGTH), account)).toBeUndefined();
  });

  it("refuses passwords shorter than the minimum, counting characters rather than UTF-16 units", () => {
    expect(passwordProblem("x".repeat(PASSWORD_MIN_LENGTH - 1), account)).toBe("must be at least 12 characters long");
    // Eleven emoji are 22 UTF-16 code units but still eleven characters.
    expect(passwordProblem("🔑".repeat(11), account)).toBe("must be at least 12 characters long");
    expect(passwordProblem("🔑".repeat(12), account)).toBeUndefined();
  });

  it("refuses passwords longer than the maximum", () => {
    expect(passwordProblem("x".repeat(PASSWORD_MAX_LENGTH + 1), account)).toBe("must be at most 256 characters long");
  });

  it("refuses the account's email or name, whatever the case", () => {
    expect(passwordProblem("ADA.LOVELACE@example.com", account)).toBe("must not be your email address");
    expect(passwordProblem("ada lovelace", { ...account, name: "Ada Lovelace" })).toBe("must not be your name");
    expect(passwordProblem(" Ada Lovelace  ", { email: account.email, name: "ada lovelace" })).toBe("must not be your name");
  });

  it("does not refuse a password that merely contains the name", () => {
    expect(passwordProblem("Ada Lovelace 1815 engine", account)).toBeUndefined();
  });

  it("refuses a password from the bundled list of common passwords, whatever the case", () => {
    expect(passwordProblem("qwertyuiop123", account)).toBe("is one of the most commonly used passwords");
    expect(passwordProblem("QwertyUiop123", account)).toBe("is one of the most commonly used passwords");
    expect(passwordProblem("1qaz2wsx3edc", account)).toBe("is one of the most commonly used passwords");
  });

  it("accepts a strong password that is not on the list", () => {
    expect(passwordProblem("violet kettle orbit 42", account)).toBeUndefined();
  });
});
