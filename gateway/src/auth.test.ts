import { describe, expect, it } from "vitest";
import { isPublicOperation } from "./auth.js";

describe("isPublicOperation", () => {
  it("holds for operations open to anyone, alone or together, with __typename", () => {
    expect(isPublicOperation({ query: `mutation($i: RefreshAccessTokenInput!) { refreshAccessToken(input: $i) { accessToken } }` })).toBe(
      true,
    );
    expect(isPublicOperation({ query: `mutation { login(input: {}) { __typename } signUp(input: {}) { __typename } __typename }` })).toBe(
      true,
    );
  });

  it("does not hold when any root field needs a token", () => {
    expect(isPublicOperation({ query: `mutation { login(input: {}) { __typename } logout { __typename } }` })).toBe(false);
    expect(isPublicOperation({ query: `{ me { id } }` })).toBe(false);
    expect(isPublicOperation({ query: `{ __typename }` })).toBe(true);
  });

  it("picks the named operation of a document with several", () => {
    const query = `query Me { me { id } } mutation Refresh { refreshAccessToken(input: { refreshToken: "x" }) { accessToken } }`;
    expect(isPublicOperation({ query, operationName: "Refresh" })).toBe(true);
    expect(isPublicOperation({ query, operationName: "Me" })).toBe(false);
    expect(isPublicOperation({ query })).toBe(false);
  });

  it("does not hold for anything unclear: fragments at the root, parse errors, batches, no query", () => {
    expect(isPublicOperation({ query: `mutation { ...F } fragment F on Mutation { login(input: {}) { __typename } }` })).toBe(false);
    expect(isPublicOperation({ query: `mutation { login(` })).toBe(false);
    expect(isPublicOperation([{ query: `mutation { login(input: {}) { __typename } }` }])).toBe(false);
    expect(isPublicOperation({})).toBe(false);
    expect(isPublicOperation(undefined)).toBe(false);
  });
});
