import { describe, expect, it } from "vitest";
import { AppError, type WorkspaceRole } from "@plateau/kernel";
import { lowerRole, memberPolicy } from "./membership.policy.js";

function refusal(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
    return (error as AppError).message;
  }
}

describe("memberPolicy", () => {
  it("lets only ADMIN and OWNER manage members", () => {
    for (const role of ["MANAGER", "MEMBER", "VIEWER", undefined] as const) {
      expect(refusal(() => memberPolicy.assertCanManage(role))).toMatch(/ADMIN or OWNER/);
    }
    expect(refusal(() => memberPolicy.assertCanManage("ADMIN"))).toBeUndefined();
  });

  it("lets an ADMIN grant up to their own role, and an OWNER anything", () => {
    expect(refusal(() => memberPolicy.assertCanGrant("ADMIN", "OWNER"))).toMatch(/above your own/);
    for (const role of ["ADMIN", "MANAGER", "VIEWER"] as WorkspaceRole[]) {
      expect(refusal(() => memberPolicy.assertCanGrant("ADMIN", role))).toBeUndefined();
    }
    expect(refusal(() => memberPolicy.assertCanGrant("OWNER", "OWNER"))).toBeUndefined();
  });

  it("lets an ADMIN change only members below them, to roles below them", () => {
    expect(refusal(() => memberPolicy.assertCanChange("ADMIN", "MEMBER", "MANAGER"))).toBeUndefined();
    expect(refusal(() => memberPolicy.assertCanChange("ADMIN", "MEMBER", "ADMIN"))).toMatch(/only roles below your own/);
    expect(refusal(() => memberPolicy.assertCanChange("ADMIN", "MEMBER", "OWNER"))).toMatch(/only roles below your own/);
    expect(refusal(() => memberPolicy.assertCanChange("ADMIN", "OWNER", "MEMBER"))).toMatch(/role of an OWNER/);
    expect(refusal(() => memberPolicy.assertCanChange("ADMIN", "ADMIN", "MEMBER"))).toMatch(/role of an ADMIN/);
    expect(refusal(() => memberPolicy.assertCanChange("OWNER", "OWNER", "VIEWER"))).toBeUndefined();
  });

  it("lets an ADMIN remove only members below them", () => {
    expect(refusal(() => memberPolicy.assertCanRemove("ADMIN", "MANAGER"))).toBeUndefined();
    expect(refusal(() => memberPolicy.assertCanRemove("ADMIN", "OWNER"))).toMatch(/An ADMIN cannot remove an OWNER/);
    expect(refusal(() => memberPolicy.assertCanRemove("OWNER", "OWNER"))).toBeUndefined();
  });

  it("compares roles", () => {
    expect(lowerRole("OWNER", "MEMBER")).toBe("MEMBER");
    expect(lowerRole("VIEWER", "ADMIN")).toBe("VIEWER");
  });

  it("keeps at least one OWNER", () => {
    expect(refusal(() => memberPolicy.assertKeepsAnOwner("OWNER", "ADMIN", 1))).toMatch(/demote the last OWNER/);
    expect(refusal(() => memberPolicy.assertKeepsAnOwner("OWNER", null, 1))).toMatch(/remove the last OWNER/);
    expect(refusal(() => memberPolicy.assertKeepsAnOwner("OWNER", "ADMIN", 2))).toBeUndefined();
    expect(refusal(() => memberPolicy.assertKeepsAnOwner("OWNER", "OWNER", 1))).toBeUndefined();
    expect(refusal(() => memberPolicy.assertKeepsAnOwner("ADMIN", null, 0))).toBeUndefined();
  });
});
