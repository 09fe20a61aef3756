/**
 * The accept queue the gateway listens with (GATEWAY_LISTEN_BACKLOG). Node's own default is 511: a storm of
 * 10,000 reconnecting subscribers overflowed it (docs/operations.md, Scaling).
 */
export const DEFAULT_LISTEN_BACKLOG = 4096;

/** The gateway's HTTP edge settings (docs/operations.md, "Environment variables"); main.ts reads them from the environment. */
export interface HttpEdgeOptions {
  /** Exact origins allowed cross-origin access (`CORS_ORIGINS`); none when empty or unset. */
  corsOrigins?: readonly string[];
  /**
   * Express `trust proxy` value (`TRUST_PROXY`, e.g. `loopback`): with it, a request a trusted proxy
   * forwards with `X-Forwarded-Proto: https` counts as HTTPS and its response carries HSTS, and
   * `req.ip` (the address anonymous rate limits count) is the client address the proxy forwards.
   */
  trustProxy?: string;
  /** The largest request body, in bytes (`MAX_BODY_BYTES`); 1 MiB when unset. */
  maxBodyBytes?: number;
}
