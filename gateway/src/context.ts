import type { Viewer } from "@plateau/kernel";

/** What the gateway knows about a request: who (verified at the edge) and how to forward it. */
export interface GatewayContext {
  requestId: string;
  /** The original Authorization header, forwarded unchanged to subgraphs. */
  authorization?: string;
  viewer?: Viewer;
  /** The caller as subgraphs should record it (sessions keep device and address). */
  client?: { forwardedFor: string; userAgent?: string };
}
