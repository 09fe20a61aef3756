import type http from "node:http";
import type { Duplex } from "node:stream";
import { GraphQLError, type FormattedExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { Context } from "graphql-ws";
import { useServer, type Extra } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { EventBus } from "@plateau/events";
import { formatClientError, type AccessTokenVerifier, type Logger } from "@plateau/kernel";
import type { GatewayContext } from "../context.js";
import type { EdgeLimits } from "../limits/edge-limits.js";
import type { TrustedDocuments } from "../trusted-documents.js";
import { Connections, type Connection } from "./connections.js";
import { EventFeed } from "./event-feed.js";
import type { SubscribeCheckLoad } from "./subscribe-checks.js";
import type { LiveSubscription } from "./live-subscription.js";
import { DEFAULT_SUBSCRIPTION_LIMITS, type SubscriptionLimits } from "./limits.js";
import { SubscribeRequests } from "./subscribe-requests.js";

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  /** The public API schema (the supergraph's), known once the gateway has loaded it. */
  schema(): GraphQLSchema;
  /** Runs a query through the gateway (query planning, subgraphs, error masking) in `context`. */
  execute(query: string, variables: Record<string, unknown>, context: GatewayContext): Promise<FormattedExecutionResult>;
  verifier: AccessTokenVerifier;
  bus: EventBus;
  logger: Logger;
  limits?: Partial<SubscriptionLimits>;
  /** The operation limits, cost and rate limits HTTP requests meet, applied when a subscription starts. */
  edge: EdgeLimits;
  /** Subscriptions by trusted-document hash, and the refusal of other documents where only they may run. */
  trusted: TrustedDocuments;
}

type ConnectionContext = Context<Record<string, unknown> | undefined, Extra & { connection?: Connection }>;

/**
 * GraphQL subscriptions over graphql-ws on the gateway's `/graphql` path (docs/architecture.md,
 * "Subscriptions"). @apollo/gateway cannot execute subscriptions; this does, on the subgraphs'
 * events:
 * - the connection authenticates in `connection_init` with the same bearer token as HTTP (missing or
 *   invalid: closed with 4403); when the token expires or its session is revoked, every subscription
 *   on it ends with an UNAUTHENTICATED result and the socket closes with 4403, so the client
 *   reconnects with a fresh token (and `after:` its last cursor);
 * - each subscription is authorised when it starts, as the subscriber: the access matrix for the
 *   field, then a query that must find the watched project or task in their workspace;
 * - every event is resolved through the gateway as the subscriber, so fields from any subgraph can be
 *   selected and every subgraph's RBAC applies; subscribers who would get the same result share one
 *   resolution.
 */
export async function startSubscriptionServer(
  options: SubscriptionServerOptions,
): Promise<{ size(): number; checkLoad(): SubscribeCheckLoad; close(): Promise<void> }> {
  const limits = { ...DEFAULT_SUBSCRIPTION_LIMITS, ...options.limits };
  const logger = options.logger.child({ component: "subscriptions" });
  const connections = new Connections(options.verifier);
  const feed = new EventFeed(options.bus, logger, (end) => connections.endSessions(end));
  await feed.start();
  const requests = new SubscribeRequests({ ...options, feed, limits, logger });

  const wsServer = new WebSocketServer({ server: options.httpServer, path: "/graphql", maxPayload: limits.maxMessageBytes });
  const disposable = useServer<Record<string, unknown> | undefined, { connection?: Connection }>(
    {
      onConnect: async (ctx: ConnectionContext) => {
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const connection = await connections.connect(authorization, ctx.extra.request, ctx.extra.socket);
        if (!connection) return false;
        ctx.extra.connection = connection;
        return true;
      },

      onClose: (ctx: ConnectionContext) => {
        if (ctx.extra.connection) connections.closed(ctx.extra.connection);
      },

      onSubscribe: (ctx: ConnectionContext, _id, payload) => requests.handle(ctx.extra.connection!, payload),

      subscribe: (args) => (args.contextValue as { start(): LiveSubscription }).start(),

      execute: () => {
        throw new Error("only subscriptions run over the socket");
      },

      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return undefined;
        return {
          ...result,
          errors: result.errors.map((error) =>
            formatClientError((error instanceof GraphQLError ? error.toJSON() : error) as GraphQLFormattedError, error, (original) =>
              logger.error("unexpected error in a subscription", { error: original }),
            ),
          ),
        } as FormattedExecutionResult;
      },
    },
    wsServer,
  );

  return {
    size: () => feed.size,
    checkLoad: () => requests.checkLoad,
    close: async () => {
      connections.stopTimers();
      // New handshakes are refused at once from here on (ws stops listening for upgrades; this answers
      // them 503), so a client reconnecting while the gateway stops fails fast and tries again, instead
      // of waiting on a handshake no one will finish.
      // The only upgrade handler is ws's, for /graphql.
      options.httpServer.removeAllListeners("upgrade");
      options.httpServer.on("upgrade", refuseUpgrade);
      // Closes every socket (1001, going away) and the ws server.
      await disposable.dispose();
      await feed.stop();
    },
  };
}

/** Answers a WebSocket handshake that arrives while the gateway stops: 503, and the socket closed. */
function refuseUpgrade(_request: http.IncomingMessage, socket: Duplex): void {
  // The client may be gone already (it gave up, or reset the connection): nothing to answer then, and
  // an error on its socket must not take the process down.
  socket.on("error", () => socket.destroy());
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n");
}
