import { errors, roleAtLeast } from "@plateau/kernel";
import { requireWorkspaceId } from "@plateau/subgraph-kit";
import type { WorkPackagesContext } from "./context.js";

/**
 * The caller's workspace, when they may change work packages and the architecture model there
 * (MANAGER or above, docs/api/roles-and-access.md); FORBIDDEN otherwise. Checked before any input, so
 * a refused caller learns nothing about the data.
 */
export function requireManager(ctx: WorkPackagesContext): string {
  const workspaceId = requireWorkspaceId(ctx);
  if (!roleAtLeast(ctx.viewer?.role, "MANAGER")) {
    throw errors.forbidden("Changing work packages and architecture elements needs the MANAGER role or above");
  }
  return workspaceId;
}
