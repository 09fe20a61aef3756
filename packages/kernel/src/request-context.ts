import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/** What every log line and masked error needs to know about the request it belongs to. */
export interface RequestScope {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` with `scope` as the current request scope (read by the logger and error masking). */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The current request scope, if code runs inside one. */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Header carrying the request id from the client through the gateway to every subgraph. */
export const REQUEST_ID_HEADER = "x-request-id";

/**
 * What a client-chosen request id may look like: short, and only characters that are safe in a
 * header, a log line, a URL and a JSON string without escaping (no spaces, quotes, control characters
 * or anything beyond ASCII). A UUID, a ULID or a W3C trace id fits.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Keeps an incoming request id that matches {@link REQUEST_ID_PATTERN}, so a client (or the gateway,
 * for a subgraph) can follow its own id through every log line; replaces anything else (missing,
 * longer, other characters) with a fresh UUID, which is then the id the response, logs and masked
 * errors carry. Of repeated headers, the first counts.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID_PATTERN.test(value) ? value : randomUUID();
}

/** The parts of a Node/Express request and response the request-id middleware touches. */
interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  requestId?: string;
}
interface ResponseLike {
  setHeader(name: string, value: string): unknown;
}

/**
 * HTTP middleware for every service: keeps or generates the request id, echoes it in the response,
 * stores it on the request (`req.requestId`) and runs the rest of the request in its scope.
 */
export function requestScopeMiddleware() {
  return (req: RequestLike, res: ResponseLike, next: () => void): void => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    req.requestId = requestId;
    runInRequestScope({ requestId }, next);
  };
}
