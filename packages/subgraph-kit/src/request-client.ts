import { AsyncLocalStorage } from "node:async_hooks";
import type { Express, NextFunction, Request, Response } from "express";
import { trustProxyValue } from "@plateau/kernel";

/** Where a request came from: what sessions, security events and audit entries record. */
export interface RequestClient {
  ip: string | null;
  userAgent: string | null;
}

const storage = new AsyncLocalStorage<RequestClient>();
const UNKNOWN: RequestClient = { ip: null, userAgent: null };

/**
 * Makes each GraphQL request's client address and user agent available to services (the kit's
 * context carries neither). With `trustProxy` (an Express `trust proxy` value such as `loopback`), the
 * address is the one the gateway forwards in `x-forwarded-for` rather than the gateway's own.
 */
export function mountRequestClient(app: Express, trustProxy: string | undefined): void {
  if (trustProxy) app.set("trust proxy", trustProxyValue(trustProxy));
  app.use("/graphql", (req: Request, _res: Response, next: NextFunction) => {
    storage.run({ ip: req.ip?.slice(0, 64) ?? null, userAgent: req.get("user-agent")?.slice(0, 512) ?? null }, next);
  });
}

/** The current request's client; nulls outside an HTTP request. */
export function currentRequestClient(): RequestClient {
  return storage.getStore() ?? UNKNOWN;
}
