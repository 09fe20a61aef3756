import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";

/**
 * The Content-Security-Policy of every response that is not a page (JSON, health, assets): it may
 * load nothing, run nothing and be framed by nobody. A page (GraphiQL) sets its own on top.
 */
export const API_CONTENT_SECURITY_POLICY = {
  "default-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
} as const;

/** HSTS for a year, subdomains included (docs/operations.md, "Gateway": `TRUST_PROXY`). */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

type Middleware = (req: IncomingMessage & { secure?: boolean }, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Security headers for every HTTP service (helmet): the API policy above, `X-Frame-Options: DENY`,
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, same-origin resource and opener
 * policies. `Strict-Transport-Security` only on requests that arrived over HTTPS (`req.secure`:
 * Express reads a trusted proxy's `X-Forwarded-Proto` only with `trust proxy` set), because over
 * plain HTTP browsers ignore it and a service reached without TLS must not claim it.
 */
export function securityHeaders(): Middleware {
  const common = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API_CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: false,
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true });
  return (req, res, next) =>
    common(req, res, (error) => {
      if (error || !req.secure) return next(error);
      hsts(req, res, next);
    });
}
