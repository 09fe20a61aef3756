import {
  AppError,
  ErrorCode,
  INTERNAL_CREDENTIAL_HEADER,
  isUuid,
  isWorkspaceRole,
  type InternalCredential,
  type Logger,
  type WorkspaceRole,
} from "@plateau/kernel";

/** One of a user's workspace memberships, as workspaces reports it. */
export interface Membership {
  workspaceId: string;
  role: WorkspaceRole;
  workspaceName: string;
}

/** Asks the workspaces subgraph who belongs (or belonged) where. */
export interface MembershipsClient {
  /**
   * The user's memberships, oldest first. Rejects with SUBGRAPH_UNAVAILABLE when workspaces cannot be
   * reached or answers something unexpected.
   */
  forUser(userId: string): Promise<Membership[]>;
  /**
   * Of `userIds`, those who are or were members of `workspaceId`, provided `viewerId` is a member of it
   * now (none otherwise): one call, however many users. Rejects like {@link forUser}.
   */
  knownUsers(workspaceId: string, viewerId: string, userIds: readonly string[]): Promise<Set<string>>;
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
 * Calls workspaces' internal endpoints (`/internal/users/<id>/memberships`,
 * `/internal/workspaces/<id>/known-users`) with identity's own internal credential. Every failure
 * (network, timeout, non-200, malformed body) is logged with its cause and reported as
 * SUBGRAPH_UNAVAILABLE, so no internal URL or stack reaches a client.
 */
export function createMembershipsClient(options: {
  workspacesUrl: string;
  credential: InternalCredential;
  logger: Logger;
  timeoutMs?: number;
}): MembershipsClient {
  const base = options.workspacesUrl.endsWith("/") ? options.workspacesUrl : `${options.workspacesUrl}/`;
  /** The parsed answer of one call, or SUBGRAPH_UNAVAILABLE. */
  async function call<T>(path: string, parse: (body: unknown) => T | undefined, body?: unknown): Promise<T> {
    const url = new URL(path, base);
    let answer: unknown;
    try {
      const response = await fetch(url, {
        method: body === undefined ? "GET" : "POST",
        headers: {
          [INTERNAL_CREDENTIAL_HEADER]: await options.credential.token(),
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? MEMBERSHIPS_TIMEOUT_MS),
      });
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new Error(`workspaces answered ${response.status}`);
      }
      answer = await response.json();
    } catch (error) {
      options.logger.warn("membership look-up failed", { url: url.toString(), error });
      throw workspacesUnavailable();
    }
    const parsed = parse(answer);
    if (parsed === undefined) {
      options.logger.warn("membership look-up returned an unexpected body", { url: url.toString() });
      throw workspacesUnavailable();
    }
    return parsed;
  }
  return {
    forUser: (userId) => call(`internal/users/${encodeURIComponent(userId)}/memberships`, parseMemberships),
    async knownUsers(workspaceId, viewerId, userIds) {
      if (userIds.length === 0) return new Set();
      return call(`internal/workspaces/${encodeURIComponent(workspaceId)}/known-users`, parseUserIds, { viewerId, userIds });
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

function parseUserIds(body: unknown): Set<string> | undefined {
  const list = (body as { userIds?: unknown } | null)?.userIds;
  if (!Array.isArray(list) || !list.every(isUuid)) return undefined;
  return new Set(list.map((id) => id.toLowerCase()));
}
