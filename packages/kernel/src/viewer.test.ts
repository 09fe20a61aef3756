import { describe, expect, it } from "vitest";
import { isWorkspaceRole, roleAtLeast, viewerFromClaims, WorkspaceRole } from "./viewer.js";

const highestFirst = [WorkspaceRole.OWNER, WorkspaceRole.ADMIN, WorkspaceRole.MANAGER, WorkspaceRole.MEMBER, WorkspaceRole.VIEWER];

describe("roleAtLeast", () => {
  it("orders OWNER > ADMIN > MANAGER > MEMBER > VIEWER", () => {
    highestFirst.forEach((role, rank) => {
      highestFirst.forEach((minimum, minimumRank) => {
        expect(roleAtLeast(role, minimum), `${role} at least ${minimum}`).toBe(rank <= minimumRank);
      });
    });
  });

  it("is false without a role", () => {
    expect(roleAtLeast(undefined, WorkspaceRole.VIEWER)).toBe(false);
  });
});

describe("isWorkspaceRole", () => {
  it("recognises exactly the five roles", () => {
    for (const role of highestFirst) expect(isWorkspaceRole(role)).toBe(true);
    for (const value of ["owner", "SUPERUSER", "", 5, null, undefined]) {
      expect(isWorkspaceRole(value), String(value)).toBe(false);
    }
  });

  // Bug: isWorkspaceRole uses `value in RANK`, which also sees Object.prototype, so "toString",
  // "constructor", "__proto__"… pass as roles (and a signed token carrying one is accepted).
  it("refuses names inherited from Object.prototype", () => {
    for (const value of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"]) {
      expect(isWorkspaceRole(value), value).toBe(false);
    }
  });
});

describe("viewerFromClaims", () => {
  it("maps token claims onto the viewer", () => {
    expect(viewerFromClaims({ sub: "u", sid: "s", wid: "w", wrole: "ADMIN", padm: true }, "tok")).toEqual({
      userId: "u",
      sessionId: "s",
      workspaceId: "w",
      role: "ADMIN",
      platformAdmin: true,
      token: "tok",
    });
    expect(viewerFromClaims({ sub: "u", sid: "s" }, "tok").platformAdmin).toBe(false);
  });
});
