import type { IncomingMessage } from "node:http";

/** Paths every service serves; anything else is named by its matched Express route, or `other`. */
const KNOWN_PATHS = new Set(["/graphql", "/health", "/ready", "/graphiql"]);

/** Liveness and readiness probes: counted, never traced (a probe every few seconds would bury real traces). */
export const PROBE_PATHS = new Set(["/health", "/ready"]);

/** The request's path, without the query string. */
export function pathOf(req: IncomingMessage): string {
  return (req.url ?? "/").split("?")[0]!;
}

/**
 * A bounded name for the request's route (metric label, span name): a scan of random URLs cannot create
 * new ones. `path` is taken when the request arrives: mounted routers rewrite `req.url` on the way.
 */
export function routeOf(req: IncomingMessage & { route?: { path?: unknown }; baseUrl?: string }, path: string): string {
  if (KNOWN_PATHS.has(path)) return path;
  if (typeof req.route?.path === "string") return `${req.baseUrl ?? ""}${req.route.path}`;
  return path.startsWith("/graphiql/") ? "/graphiql/assets" : "other";
}
