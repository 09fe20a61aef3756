import type { EntityManager, MikroORM } from "@mikro-orm/core";
import type { Request, Response } from "express";
import { isUuid } from "@plateau/kernel";
import { internalCallerOf, runInWorkspace, scopeEntityManager, type SubgraphDefinition } from "@plateau/subgraph-kit";
import { knownUsersOf } from "../membership/membership.known-users.js";
import { membershipsOfUser } from "../membership/membership.of-user.js";
import type { WorkspacesServices } from "../../services.js";

type App = Parameters<NonNullable<SubgraphDefinition["routes"]>>[0];

/** One entry of the internal memberships answer. */
export interface InternalMembership {
  workspaceId: string;
  role: string;
  workspaceName: string;
}

/** The service allowed to call these endpoints. */
const CALLER = "identity";

/** The most user ids one known-users question may name. */
export const KNOWN_USERS_LIMIT = 1_000;

/** A client error of these endpoints, answered with its status and message. */
class InternalRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Service-to-service endpoints (not part of the GraphQL API). The kit lets through only requests with a
 * valid internal credential (401 otherwise); these answer identity's alone (403 for another service):
 *
 * - `GET /internal/users/:userId/memberships`, when identity signs a user in or switches workspace:
 *   200 `{ memberships: [{ workspaceId, role, workspaceName }] }`, oldest membership first, deleted
 *   workspaces left out.
 * - `POST /internal/workspaces/:workspaceId/known-users` with `{ viewerId, userIds }`, when identity
 *   decides whose email a viewer may read: 200 `{ userIds }`, those who are or were members of the
 *   workspace (none unless the viewer is a member now).
 *
 * A malformed id is 400.
 */
export function mountInternalRoutes(app: App, services: WorkspacesServices, orm: MikroORM): void {
  app.get(
    "/internal/users/:userId/memberships",
    answer(services, async (req) => {
      const userId = uuidParam(req.params.userId, "userId");
      // A fork of its own: no request context exists here, and this read spans every workspace, which
      // Row-Level Security allows for the memberships of the user set as the session's user.
      const rows = await membershipsOfUser(scopeEntityManager(orm.em.fork() as EntityManager, { userId }), userId);
      const memberships: InternalMembership[] = rows.map(({ membership, workspace }) => ({
        workspaceId: workspace.id,
        role: membership.role,
        workspaceName: workspace.name,
      }));
      return { memberships };
    }),
  );

  app.post(
    "/internal/workspaces/:workspaceId/known-users",
    answer(services, async (req) => {
      const workspaceId = uuidParam(req.params.workspaceId, "workspaceId");
      const body = (req.body ?? {}) as { viewerId?: unknown; userIds?: unknown };
      const viewerId = uuidParam(body.viewerId, "viewerId");
      if (!Array.isArray(body.userIds) || body.userIds.length > KNOWN_USERS_LIMIT) {
        throw new InternalRequestError(400, `userIds must be a list of at most ${KNOWN_USERS_LIMIT} UUIDs`);
      }
      const userIds = body.userIds.map((id) => uuidParam(id, "userIds"));
      // Scoped to that one workspace: its Row-Level Security admits its members and former members only.
      return { userIds: await runInWorkspace(orm.em, workspaceId, (em) => knownUsersOf(em, workspaceId, viewerId, userIds)) };
    }),
  );
}

/** A lower-cased UUID from a parameter, or a 400 naming it. */
function uuidParam(value: unknown, name: string): string {
  if (!isUuid(value)) throw new InternalRequestError(400, `${name} must be a UUID`);
  return value.toLowerCase();
}

/** Runs `handler` for identity only, answering its result as JSON, a client error with its status, anything else with 500. */
function answer(services: WorkspacesServices, handler: (req: Request) => Promise<unknown>) {
  return async (req: Request, res: Response): Promise<void> => {
    res.setHeader("cache-control", "no-store");
    try {
      if (internalCallerOf(res) !== CALLER) throw new InternalRequestError(403, `Only ${CALLER} may call this endpoint`);
      res.json(await handler(req));
    } catch (error) {
      if (error instanceof InternalRequestError) {
        res.status(error.status).json({ error: error.message });
        return;
      }
      services.logger.error("internal request failed", { path: req.path, error });
      res.status(500).json({ error: "Internal server error" });
    }
  };
}
