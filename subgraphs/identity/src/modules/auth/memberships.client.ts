import { AppError, ErrorCode, isUuid, isWorkspaceRole, type Logger, type WorkspaceRole } from "@plateau/kernel";

/** One of a user's workspace memberships, as workspaces reports it. */
export interface Membership {
  workspaceId: string;
  role: WorkspaceRole;
  workspaceName: string;
}

/** Asks the workspaces subgraph which workspaces a user belongs to. */
export interface MembershipsClient {
  /**
   * The user's memberships, oldest first. Rejects with SUBGRAPH_UNAVAILABLE when workspaces cannot be
   * reached or answers something unexpected.
   */
  forUser(userId: string): Promise<Membership[]>;
}

/** How long identity waits for workspaces before giving up on a membership look-up. */
export const MEMBERSHIPS_TIMEOUT_MS = 5_000;

/** The error callers see when memberships cannot be checked. */
export function workspacesUnavailable(): AppError {
  return new AppError(
    ErrorCode.SUBGRAPH_UNAVAILABLE,
    "The workspaces service is unavailable, so workspace membership cannot be checked right now; try again shortly",
    { service: "workspaces" },
  );
}

/**
 * Calls `GET <workspacesUrl>/internal/users/<id>/memberships` with a service token. Every failure
 * (network, timeout, non-200, malformed body) is logged with its cause and reported as
 * SUBGRAPH_UNAVAILABLE, so no internal URL or stack reaches a client.
 */
export function createMembershipsClient(options: {
  workspacesUrl: string;
  serviceToken: () => Promise<string>;
  logger: Logger;
  timeoutMs?: number;
}): MembershipsClient {
  const base = options.workspacesUrl.endsWith("/") ? options.workspacesUrl : `${options.workspacesUrl}/`;
  return {
    async forUser(userId) {
      const url = new URL(`internal/users/${encodeURIComponent(userId)}/memberships`, base);
      let body: unknown;
      try {
        const response = await fetch(url, {
          headers: { authorization: `Bearer ${await options.serviceToken()}`, accept: "application/json" },
          signal: AbortSignal.timeout(options.timeoutMs ?? MEMBERSHIPS_TIMEOUT_MS),
        });
        if (response.status !== 200) {
          await response.body?.cancel();
          throw new Error(`workspaces answered ${response.status}`);
        }
        body = await response.json();
      } catch (error) {
        options.logger.warn("membership look-up failed", { userId, url: url.toString(), error });
        throw workspacesUnavailable();
      }
      const memberships = parseMemberships(body);
      if (!memberships) {
        options.logger.warn("membership look-up returned an unexpected body", { userId, url: url.toString() });
        throw workspacesUnavailable();
      }
      return memberships;
    },
  };
}

function parseMemberships(body: unknown): Membership[] | undefined {
  const list = (body as { memberships?: unknown } | null)?.memberships;
  if (!Array.isArray(list)) return undefined;
  const memberships: Membership[] = [];
  for (const item of list as Record<string, unknown>[]) {
    if (!item || !isUuid(item.workspaceId) || !isWorkspaceRole(item.role)) return undefined;
    memberships.push({
      workspaceId: item.workspaceId.toLowerCase(),
      role: item.role,
      workspaceName: typeof item.workspaceName === "string" ? item.workspaceName : "",
    });
  }
  return memberships;
}
