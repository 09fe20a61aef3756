import { AsyncLocalStorage } from "node:async_hooks";
import type { NextFunction, Request, Response } from "express";

/** What a session records about the client that opened it. */
export interface ClientInfo {
  userAgent: string | null;
  ip: string | null;
}

const storage = new AsyncLocalStorage<ClientInfo>();
const NONE: ClientInfo = { userAgent: null, ip: null };

/**
 * Express middleware (mounted before `/graphql`) that makes the caller's user agent and address
 * available to resolvers: the kit's context carries neither, and the session needs both.
 */
export function captureClientInfo(req: Request, _res: Response, next: NextFunction): void {
  const userAgent = req.get("user-agent")?.slice(0, 512) ?? null;
  storage.run({ userAgent, ip: req.ip?.slice(0, 64) ?? null }, next);
}

/** The current request's client, or nulls outside an HTTP request. */
export function currentClientInfo(): ClientInfo {
  return storage.getStore() ?? NONE;
}
