import { describe, expect, it } from "vitest";
import { AppError, type Viewer, type WorkspaceRole } from "@plateau/kernel";
import type { PortfolioContext } from "../../context.js";
import { assertMayChangeTask } from "./task.policy.js";

const me = "0190a000-0000-7000-8000-000000000001";
const someoneElse = "0190a000-0000-7000-8000-000000000002";
const as = (role: WorkspaceRole) =>
  ({
    viewer: { userId: me, sessionId: "s", workspaceId: "w", role, platformAdmin: false, token: "t" } satisfies Viewer,
  }) as PortfolioContext;

describe("assertMayChangeTask", () => {
  it("lets a MEMBER change their own and unassigned tasks, and refuses others' with FORBIDDEN", () => {
    expect(() => assertMayChangeTask(as("MEMBER"), { id: "t", assigneeId: me })).not.toThrow();
    expect(() => assertMayChangeTask(as("MEMBER"), { id: "t", assigneeId: null })).not.toThrow();
    try {
      assertMayChangeTask(as("MEMBER"), { id: "t", assigneeId: someoneElse });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("FORBIDDEN");
    }
  });

  it("lets MANAGER and above change anyone's task", () => {
    for (const role of ["MANAGER", "ADMIN", "OWNER"] as const) {
      expect(() => assertMayChangeTask(as(role), { id: "t", assigneeId: someoneElse })).not.toThrow();
    }
  });
});
