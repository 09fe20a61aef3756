import { describe, expect, it } from "vitest";
import type { Viewer, WorkspaceRole } from "@plateau/kernel";
import { assertMayWriteTimeOf } from "./time-entry.policy.js";

const viewer = (role: WorkspaceRole): Viewer => ({
  userId: "me",
  sessionId: "s",
  workspaceId: "w",
  role,
  platformAdmin: false,
  token: "t",
});
const outcome = (role: WorkspaceRole, owner: string) => {
  try {
    assertMayWriteTimeOf(viewer(role), owner, "log time");
    return "allowed";
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe("assertMayWriteTimeOf", () => {
  it.each([
    ["OWNER", "allowed", "allowed"],
    ["ADMIN", "allowed", "allowed"],
    ["MANAGER", "allowed", "allowed"],
    ["MEMBER", "allowed", "FORBIDDEN"],
    ["VIEWER", "FORBIDDEN", "FORBIDDEN"],
  ] as const)("%s: own time %s, someone else's %s", (role, own, others) => {
    expect(outcome(role, "me")).toBe(own);
    expect(outcome(role, "someone-else")).toBe(others);
  });
});
