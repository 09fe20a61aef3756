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

  it("lets an ADMIN grant only roles below their own, and an OWNER anything", () => {
    for (const role of ["OWNER", "ADMIN"] as WorkspaceRole[]) {
      expect(refusal(() => memberPolicy.assertCanGrant("ADMIN", role))).toMatch(/only roles below your own/);
    }
    for (const role of ["MANAGER", "MEMBER", "VIEWER"] as WorkspaceRole[]) {
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

  it("lets an ADMIN invite only below their own role, and an OWNER with any", () => {
    expect(refusal(() => memberPolicy.assertCanInvite("ADMIN", "MANAGER"))).toBeUndefined();
    expect(refusal(() => memberPolicy.assertCanInvite("ADMIN", "ADMIN"))).toMatch(/cannot give the ADMIN role: only roles below your own/);
    expect(refusal(() => memberPolicy.assertCanInvite("ADMIN", "OWNER"))).toMatch(/only roles below your own/);
    expect(refusal(() => memberPolicy.assertCanInvite("MANAGER", "VIEWER"))).toMatch(/ADMIN or OWNER/);
    expect(refusal(() => memberPolicy.assertCanInvite("OWNER", "OWNER"))).toBeUndefined();
  });

  it("lets anyone leave but the last OWNER", () => {
    expect(refusal(() => memberPolicy.assertCanLeave("OWNER", 1))).toMatch(/last OWNER: transfer ownership/);
    expect(refusal(() => memberPolicy.assertCanLeave("OWNER", 2))).toBeUndefined();
    expect(refusal(() => memberPolicy.assertCanLeave("VIEWER", 1))).toBeUndefined();
  });

  it("keeps deleting and transferring the workspace to OWNERs", () => {
    expect(refusal(() => memberPolicy.assertOwner("ADMIN", "Deleting the workspace"))).toBe("Deleting the workspace needs the OWNER role");
    expect(refusal(() => memberPolicy.assertOwner(undefined, "Transferring ownership"))).toMatch(/needs the OWNER role/);
    expect(refusal(() => memberPolicy.assertOwner("OWNER", "Deleting the workspace"))).toBeUndefined();
  });
});
