import type http from "node:http";
import { CloseCode } from "graphql-ws";
import type { Extra } from "graphql-ws/use/ws";
import { decodeJwt } from "jose";
import { AppError, ErrorCode, uuidv7, type AccessTokenVerifier, type Viewer } from "@plateau/kernel";
import { clientOf, type GatewayContext } from "../context.js";
import { viewerFromHeader } from "../auth.js";
import type { SessionEnd } from "./event-feed.js";
import type { LiveSubscription } from "./live-subscription.js";
import { Revocations } from "./revocations.js";

/** What the gateway keeps per socket. */
export interface Connection {
  viewer: Viewer;
  authorization: string;
  client: GatewayContext["client"];
  subscriptions: Set<LiveSubscription>;
  /** Subscriptions being checked and planned (they count against the limit too). */
  preparing: number;
  expiryTimer?: NodeJS.Timeout;
  socket: Extra["socket"];
  ending: boolean;
}

/** The largest delay setTimeout takes. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The open WebSocket connections and how long each may live: a connection authenticates with the
 * same bearer token as HTTP, and ends (every subscription with UNAUTHENTICATED, then the socket with
 * 4403) when that token expires or identity ends its session, so the client reconnects with a fresh
 * token (and `after:` its last cursor).
 */
export class Connections {
  private readonly open = new Set<Connection>();
  private readonly revocations = new Revocations();

  constructor(private readonly verifier: AccessTokenVerifier) {}

  /**
   * The connection for a `connection_init` carrying `authorization`, now open; undefined when the
   * token is missing, invalid, or of a session that has ended since it was issued.
   */
  async connect(authorization: unknown, request: http.IncomingMessage, socket: Extra["socket"]): Promise<Connection | undefined> {
    if (typeof authorization !== "string") return undefined;
    let viewer: Viewer | undefined;
    try {
      viewer = await viewerFromHeader(this.verifier, authorization);
    } catch (error) {
      if (error instanceof AppError) return undefined;
      throw error;
    }
    if (!viewer) return undefined;
    const claims = decodeJwt(viewer.token);
    // A token still within its lifetime whose session identity has ended since.
    if (this.revocations.refuses(viewer.userId, viewer.sessionId, (claims.iat ?? 0) * 1_000)) return undefined;
    const connection: Connection = {
      viewer,
      authorization,
      client: clientOf(request),
      subscriptions: new Set(),
      preparing: 0,
      socket,
      ending: false,
    };
    const expiresAt = (claims.exp ?? 0) * 1_000;
    connection.expiryTimer = setTimeout(
      () => this.end(connection, "Your access token expired"),
      Math.min(Math.max(expiresAt - Date.now(), 0), MAX_TIMER_MS),
    );
    connection.expiryTimer.unref();
    this.open.add(connection);
    return connection;
  }

  /** The socket closed: its subscriptions stop. */
  closed(connection: Connection): void {
    clearTimeout(connection.expiryTimer);
    this.open.delete(connection);
    for (const subscription of connection.subscriptions) void subscription.return();
  }

  /** identity ended sessions: their connections end, and their tokens are refused from now on. */
  endSessions(end: SessionEnd): void {
    this.revocations.record(end);
    for (const connection of this.open) {
      const ended =
        "sessionId" in end
          ? connection.viewer.sessionId === end.sessionId
          : connection.viewer.userId === end.userId && connection.viewer.sessionId !== end.exceptSessionId;
      if (ended) this.end(connection, `${end.reason}: sign in again and resubscribe with \`after\` set to your last cursor`);
    }
  }

  /** Ends every subscription of a connection with UNAUTHENTICATED, then closes it (4403) so the client re-authenticates. */
  end(connection: Connection, message: string): void {
    if (connection.ending) return;
    connection.ending = true;
    clearTimeout(connection.expiryTimer);
    const finished = [...connection.subscriptions].map((subscription) => {
      subscription.fail({ message, extensions: { code: ErrorCode.UNAUTHENTICATED } });
      return subscription.finished;
    });
    // Let graphql-ws send the errors and completions before the close frame.
    void Promise.race([Promise.all(finished), new Promise((resolve) => setTimeout(resolve, 2_000))])
      .then(() => new Promise((resolve) => setTimeout(resolve, 20)))
      .then(() => connection.socket.close(CloseCode.Forbidden, message.slice(0, 120)));
  }

  /** Stops every expiry timer (the server is closing). */
  stopTimers(): void {
    for (const connection of this.open) clearTimeout(connection.expiryTimer);
  }
}

/** What a query run for a subscriber carries: their token, a request id of its own, their address. */
export function gatewayContext(connection: Connection): GatewayContext {
  return { requestId: uuidv7(), authorization: connection.authorization, viewer: connection.viewer, client: connection.client };
}
