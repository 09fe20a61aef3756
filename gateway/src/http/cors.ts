import cors from "cors";
import type { NextFunction, Request, Response } from "express";
import type { EnvVar } from "@plateau/kernel";
import { REQUEST_ID_HEADER } from "@plateau/kernel";

/** Request headers a browser client may send cross-origin (a preflight lists those it wants). */
const ALLOWED_HEADERS = ["authorization", "content-type", REQUEST_ID_HEADER, "apollo-require-preflight", "x-apollo-operation-name"];

/** Response headers a cross-origin client may read: its request id and the rate-limit answers. */
const EXPOSED_HEADERS = [
  REQUEST_ID_HEADER,
  "retry-after",
  "ratelimit",
  "ratelimit-policy",
  "ratelimit-limit",
  "ratelimit-remaining",
  "ratelimit-reset",
];

/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for exactly the origins in `origins` (scheme, host and port, as a browser sends `Origin`): an
 * allowed origin's preflight is answered (204 with the methods, headers and max age) and its responses
 * name it in `Access-Control-Allow-Origin`; any other origin gets no CORS header at all, so browsers
 * refuse its reads. No credentials mode: tokens travel in `Authorization`, never in cookies. Every
 * response varies by `Origin`, so a shared cache never hands one origin's answer to another.
 */
export function corsFromAllowList(origins: readonly string[]) {
  const allowed = new Set(origins);
  const answer = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    res.vary("Origin");
    if (allowed.size === 0) return next();
    answer(req, res, next);
  };
}

/**
 * Parses a comma-separated list of exact origins (`https://app.example.com,http://localhost:5173`).
 * Wildcards, `null`, paths and anything but http(s) are refused: each entry must be what a browser
 * sends as `Origin`.
 */
export function parseCorsOrigins(raw: string): string[] {
  const origins = raw
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = origins.filter((origin) => {
    try {
      const url = new URL(origin);
      // WHATWG URLs accept `*` in a host: a wildcard would silently match nothing, so it is refused.
      const host = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/;
      return (url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== origin || !host.test(url.hostname);
    } catch {
      return true;
    }
  });
  if (invalid.length > 0) {
    throw new Error(`CORS_ORIGINS: expected exact origins such as https://app.example.com, got ${invalid.map((o) => `"${o}"`).join(", ")}`);
  }
  return origins;
}

/** The `CORS_ORIGINS` variable: empty or unset allows no cross-origin access. */
export function corsOriginsVariable(description: string): EnvVar<string[]> {
  return { description, parse: (raw) => (raw ? parseCorsOrigins(raw) : []) };
}
