import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@plateau/kernel";
import { gatewayEnvShape } from "../env.js";
import { parseCorsOrigins } from "./cors.js";

describe("CORS_ORIGINS", () => {
  it("reads a comma-separated list of exact origins", () => {
    expect(parseCorsOrigins(" https://app.example.com, http://localhost:5173 ,")).toEqual([
      "https://app.example.com",
      "http://localhost:5173",
    ]);
  });

  it("refuses anything a browser would not send as Origin", () => {
    for (const raw of [
      "*",
      "null",
      "app.example.com",
      "https://app.example.com/",
      "https://app.example.com/path",
      "ftp://files.example.com",
      "https://*.example.com",
    ]) {
      expect(() => parseCorsOrigins(raw), raw).toThrow(/CORS_ORIGINS: expected exact origins/);
    }
  });

  it("allows nobody when unset, and fails the start with every problem listed", () => {
    // The one variable the gateway cannot start without.
    const required = { INTERNAL_SECRETS: `k1:${"s".repeat(32)}` };
    expect(parseEnv(gatewayEnvShape, required).CORS_ORIGINS).toEqual([]);
    expect(() => parseEnv(gatewayEnvShape, { ...required, CORS_ORIGINS: "https://ok.example.com,*", MAX_BODY_BYTES: "1mb" })).toThrow(
      EnvError,
    );
    try {
      parseEnv(gatewayEnvShape, { ...required, CORS_ORIGINS: "https://ok.example.com,*", MAX_BODY_BYTES: "1mb" });
    } catch (error) {
      expect((error as EnvError).problems).toEqual([
        'CORS_ORIGINS: expected exact origins such as https://app.example.com, got "*"',
        'MAX_BODY_BYTES: expected an integer, got "1mb"',
      ]);
    }
  });
});
