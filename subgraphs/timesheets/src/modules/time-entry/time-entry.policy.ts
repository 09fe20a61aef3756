import { errors, roleAtLeast, type Viewer } from "@plateau/kernel";

/**
 * Who may write time (docs/api/roles-and-access.md, `TRACK_TIME`): MEMBER and above for their own
 * entries, MANAGER and above for anyone's. VIEWER may not write time at all, not even entries someone
 * else logged for them. Throws FORBIDDEN otherwise.
 */
export function assertMayWriteTimeOf(viewer: Viewer, ownerId: string, action: "log time" | "change this time entry"): void {
  if (!roleAtLeast(viewer.role, "MEMBER")) throw errors.forbidden(`Your role (${viewer.role ?? "none"}) may not ${action}`);
  if (ownerId !== viewer.userId && !roleAtLeast(viewer.role, "MANAGER")) {
    throw errors.forbidden(
      action === "log time"
        ? "Only a MANAGER or above may log time for another user"
        : "Only a MANAGER or above may change another user's time entries",
    );
  }
}
