import type { Express } from "express";
import type { IdentityServices } from "./services.js";
import { mountRequestClient } from "@plateau/subgraph-kit";

/** Where every service fetches identity's public keys. */
export const JWKS_PATH = "/.well-known/jwks.json";

/**
 * identity's HTTP routes beside `/graphql`: the JWKS (public keys only) and the middleware that lets
 * sessions record the client.
 */
export function identityRoutes(app: Express, services: IdentityServices): void {
  mountRequestClient(app, services.settings.TRUST_PROXY);
  app.get(JWKS_PATH, (_req, res) => {
    // Short caching: verifiers refetch on an unknown kid anyway, and rotation should spread quickly.
    res.set("cache-control", "public, max-age=300").json(services.jwks);
  });
}
