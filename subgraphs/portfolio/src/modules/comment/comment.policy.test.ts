import { describe, expect, it } from "vitest";
import { type Viewer, type WorkspaceRole } from "@plateau/kernel";
import type { PortfolioContext } from "../../context.js";
import { assertMayDeleteComment, assertMayEditComment } from "./comment.policy.js";

const me = "0190a000-0000-7000-8000-000000000001";
const someoneElse = "0190a000-0000-7000-8000-000000000002";
const as = (role: WorkspaceRole) =>
  ({
    viewer: { userId: me, sessionId: "s", workspaceId: "w", role, platformAdmin: false, token: "t" } satisfies Viewer,
  }) as PortfolioContext;
const mine = { id: "c1", authorId: me };
const theirs = { id: "c2", authorId: someoneElse };

describe("comment policy", () => {
  it("lets the author delete their comment, and MANAGER and above moderate anyone's", () => {
    expect(() => assertMayDeleteComment(as("MEMBER"), mine)).not.toThrow();
    for (const role of ["MANAGER", "ADMIN", "OWNER"] as const) expect(() => assertMayDeleteComment(as(role), theirs)).not.toThrow();
  });

  it("refuses a MEMBER deleting someone else's comment with FORBIDDEN naming it", () => {
    expect(() => assertMayDeleteComment(as("MEMBER"), theirs)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", message: "Only its author or a MANAGER (or above) deletes comment c2" }),
    );
  });

  it("lets only the author edit, whatever the others' role", () => {
    expect(() => assertMayEditComment(as("MEMBER"), mine)).not.toThrow();
    expect(() => assertMayEditComment(as("OWNER"), theirs)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
