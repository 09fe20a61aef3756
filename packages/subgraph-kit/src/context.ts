import type { EntityManager, MikroORM } from "@mikro-orm/core";
import {
  AppError,
  bearerToken,
  errors,
  isUuid,
  type AccessTokenVerifier,
  type InternalCredential,
  type Logger,
  type Viewer,
} from "@plateau/kernel";
import { TENANT_FILTER, NO_WORKSPACE } from "./orm.js";
import type { RequestReferences } from "./references/remote-references.js";
import { scopeEntityManager } from "./tenancy/row-level-security.js";

/** What every resolver of every subgraph receives. */
export interface SubgraphContext<Loaders = unknown> {
  requestId: string;
  /** Set when the request carried a valid access token. */
  viewer?: Viewer;
  /** Why the token was refused, when one was sent but is not valid (reported by the auth rules). */
  authError?: AppError;
  /** The request's own EntityManager: identity map and unit of work live for one request. */
  em: EntityManager;
  loaders: Loaders;
  /**
   * Builds this request's loaders on another EntityManager (a transaction's), so that what a use case
   * reads inside its transaction sees its own uncommitted rows (transaction.ts).
   */
  loadersFor: (em: EntityManager) => Loaders;
  logger: Logger;
  /** This subgraph's own credential, sent with every call it makes to another service (references). */
  serviceCredential: InternalCredential;
}

export interface ContextFactoryOptions<Loaders> {
  orm: MikroORM;
  verifier: AccessTokenVerifier;
  serviceCredential: InternalCredential;
  logger: Logger;
  loaders: (em: EntityManager, viewer: Viewer | undefined) => Loaders;
}

/**
 * Builds the per-request context: verifies the bearer token, forks the EntityManager with the tenant
 * filter and the Row-Level Security session set to the viewer's workspace, and creates fresh DataLoaders.
 */
export function contextFactory<Loaders>(options: ContextFactoryOptions<Loaders>) {
  return async (request: {
    headers: Record<string, string | string[] | undefined>;
    requestId: string;
  }): Promise<SubgraphContext<Loaders>> => {
    let viewer: Viewer | undefined;
    let authError: AppError | undefined;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const token = bearerToken(header);
      if (!token) authError = errors.unauthenticated("Malformed Authorization header: expected `Bearer <token>`");
      else {
        try {
          viewer = await options.verifier.verify(token);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          authError = error;
        }
      }
    }
    // Two layers (docs/architecture.md, "Tenancy and Row-Level Security"): the ORM's tenant filter, and the session variables
    // the database's Row-Level Security policies read in every transaction of this request.
    const em = scopeEntityManager(options.orm.em.fork() as EntityManager, { workspaceId: viewer?.workspaceId, userId: viewer?.userId });
    em.setFilterParams(TENANT_FILTER, { workspaceId: viewer?.workspaceId ?? NO_WORKSPACE });
    const logger = options.logger.child({ requestId: request.requestId });
    return {
      requestId: request.requestId,
      viewer,
      authError,
      em,
      loaders: options.loaders(em, viewer),
      loadersFor: (scoped) => options.loaders(scoped, viewer),
      logger,
      serviceCredential: options.serviceCredential,
    };
  };
}

/** The viewer, or UNAUTHENTICATED (the shield normally stops anonymous requests first). */
export function requireViewer(ctx: SubgraphContext): Viewer {
  if (!ctx.viewer) throw ctx.authError ?? errors.unauthenticated();
  return ctx.viewer;
}

/** The viewer's workspace id, or FORBIDDEN when the token is not scoped to a workspace. */
export function requireWorkspaceId(ctx: SubgraphContext): string {
  const viewer = requireViewer(ctx);
  if (!viewer.workspaceId) throw errors.forbidden("This operation needs a workspace-scoped token: call switchWorkspace first");
  return viewer.workspaceId;
}

/** Checks an ID argument; BAD_USER_INPUT naming `field` when it is not a UUID. */
export function parseId(value: string, field: string): string {
  if (!isUuid(value)) throw errors.invalidField(field, `"${value}" is not a valid ID`);
  return value.toLowerCase();
}

/**
 * The context resolvers of a subgraph see: the base context plus the subgraph's services, and the
 * request's own reference checks (built with this context, against the subgraph's `references` targets).
 */
export type ResolverContext<Loaders = unknown, Services = unknown> = SubgraphContext<Loaders> & {
  services: Services;
  references: RequestReferences;
};
