import type http from "node:http";
import type { Viewer } from "@plateau/kernel";

/** What the gateway knows about a request: who (verified at the edge) and how to forward it. */
export interface GatewayContext {
  requestId: string;
  /** The original Authorization header, forwarded unchanged to subgraphs. */
  authorization?: string;
  viewer?: Viewer;
  /** The caller as subgraphs should record it (sessions keep device and address). */
  client?: { forwardedFor: string; userAgent?: string };
  /** The client's address as the gateway trusts it (Express `req.ip`): anonymous callers' rate-limit key. */
  address?: string;
  /** Planning a trusted document at start (plan-warmup.ts): no subgraph is called. */
  warmup?: boolean;
}

/** The caller (an HTTP request, or the upgrade request of a WebSocket) as subgraphs record it: the address chain (any X-Forwarded-For it came with, then its own address) and user agent. */
export function clientOf(req: Pick<http.IncomingMessage, "headers" | "socket">): GatewayContext["client"] {
  const previous = req.headers["x-forwarded-for"];
  const chain = [...(Array.isArray(previous) ? previous : previous ? [previous] : []), req.socket.remoteAddress].filter(Boolean);
  return { forwardedFor: chain.join(", "), userAgent: req.headers["user-agent"]?.slice(0, 512) };
}
