import type { EntityManager, MikroORM } from "@mikro-orm/core";
import { AppError, bearerToken, ErrorCode, isUuid, verifyServiceToken } from "@plateau/kernel";
import { scopeEntityManager, type SubgraphDefinition } from "@plateau/subgraph-kit";
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

/**
 * Service-to-service endpoints (not part of the GraphQL API). identity calls
 * `GET /internal/users/:userId/memberships` when it signs a user in or switches workspace, to learn
 * their workspaces and roles: 200 `{ memberships: [{ workspaceId, role, workspaceName }] }`, oldest
 * membership first, deleted workspaces left out. Requires a service token from identity (401 otherwise);
 * a malformed user id is 400.
 */
export function mountInternalRoutes(app: App, services: WorkspacesServices, orm: MikroORM): void {
  app.get("/internal/users/:userId/memberships", async (req, res) => {
    res.setHeader("cache-control", "no-store");
    try {
      await verifyServiceToken(services.tokenKeys, services.tokenIssuer, bearerToken(req.headers.authorization), CALLER);
      const userId = String(req.params.userId);
      if (!isUuid(userId)) {
        res.status(400).json({ error: "userId must be a UUID" });
        return;
      }
      // A fork of its own: no request context exists here, and this read spans every workspace, which
      // Row-Level Security allows for the memberships of the user set as the session's user.
      const rows = await membershipsOfUser(
        scopeEntityManager(orm.em.fork() as EntityManager, { userId: userId.toLowerCase() }),
        userId.toLowerCase(),
      );
      const memberships: InternalMembership[] = rows.map(({ membership, workspace }) => ({
        workspaceId: workspace.id,
        role: membership.role,
        workspaceName: workspace.name,
      }));
      res.json({ memberships });
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED) {
        res.setHeader("www-authenticate", "Bearer");
        res.status(401).json({ error: error.message });
        return;
      }
      services.logger.error("internal memberships lookup failed", { error });
      res.status(500).json({ error: "Internal server error" });
    }
  });
}
