import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import express, { type Request } from "express";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { buildASTSchema, GraphQLError, parse, printSchema, type GraphQLSchema } from "graphql";
import type { EventBus } from "@plateau/events";
import type { Redis } from "ioredis";
import type { JWTVerifyGetKey } from "jose";
import type { Telemetry } from "@plateau/observability";
import {
  AppError,
  createAccessTokenVerifier,
  createLogger,
  DEFAULT_MAX_BODY_BYTES,
  formatClientError,
  GATEWAY_CALLER,
  graphqlRequestGuard,
  httpErrorHandler,
  internalCredential,
  notFoundHandler,
  requestScopeMiddleware,
  runInRequestScope,
  securityHeaders,
  trustProxyValue,
  type InternalSecrets,
  type Logger,
  type TokenAudience,
} from "@plateau/kernel";
import { clientOf, type GatewayContext } from "./context.js";
import { isPublicOperation, viewerFromHeader } from "./auth.js";
import { SubgraphDataSource } from "./data-source.js";
import { DEFAULT_SUBGRAPH_CONNECTIONS, SubgraphConnections } from "./subgraph-connections.js";
import { mountGraphiQL } from "./graphiql.js";
import { corsFromAllowList } from "./http/cors.js";
import { DEFAULT_LISTEN_BACKLOG, type HttpEdgeOptions } from "./http/edge-options.js";
import { gatewayObservability } from "./observability/gateway-observability.js";
import type { SubscriptionLimits } from "./subscriptions/limits.js";
import { startSubscriptionServer } from "./subscriptions/server.js";
import type { SubscribeCheckLoad } from "./subscriptions/subscribe-checks.js";
import { asBadUserInput } from "./validation-errors.js";
import { DEFAULT_EDGE_SETTINGS, EdgeLimits, type EdgeEvents, type EdgeSettings } from "./limits/edge-limits.js";
import { TrustedDocuments, type TrustedDocumentSettings } from "./trusted-documents.js";
import { rememberVerifiedTokens } from "./verified-tokens.js";
import { warmQueryPlans } from "./plan-warmup.js";

export interface GatewayOptions {
  /** The composed supergraph SDL. */
  supergraphSdl: string;
  tokenKeys: JWTVerifyGetKey;
  tokenAudience: TokenAudience;
  /** The secrets of internal credentials (INTERNAL_SECRETS): subgraphs answer only requests signed with one. */
  internalSecrets: InternalSecrets;
  /** Subgraph URLs that replace the ones in the supergraph (by subgraph name). */
  subgraphUrls?: Partial<Record<string, string>>;
  subgraphTimeoutMs?: number;
  /** Connections the kernel may queue for the gateway to accept (GATEWAY_LISTEN_BACKLOG; default 4096, capped by net.core.somaxconn). */
  listenBacklog?: number;
  /** Connections kept alive to each subgraph at most (GATEWAY_SUBGRAPH_CONNECTIONS; default 64). */
  subgraphConnections?: number;
  port?: number;
  host?: string;
  logger?: Logger;
  /**
   * The event bus the subgraphs publish to: subscriptions (graphql-ws on `/graphql`) are served from
   * it. Without one the gateway serves queries and mutations only.
   */
  eventBus?: EventBus;
  subscriptionLimits?: Partial<SubscriptionLimits>;
  /** Operation limits, cost, rate limits, introspection and suggestions (defaults: DEFAULT_EDGE_SETTINGS). */
  edge?: Partial<EdgeSettings>;
  /** Redis shared by every gateway instance for the rate limiter's budgets; in memory per instance without it. */
  rateLimitRedis?: Redis;
  /** Told about refusals at the edge and a rate limiter failing open (metrics). */
  edgeEvents?: EdgeEvents;
  /** The client's operations by hash, and whether only they may run (none known without it). */
  trustedDocuments?: TrustedDocumentSettings;
  /** CORS allow-list, trusted proxy (HSTS) and body limit; defaults: none, none, 1 MiB. */
  http?: HttpEdgeOptions;
  /** The process's metrics registry and tracing (observability/); the caller serves and shuts it down. */
  telemetry?: Telemetry;
  /** Share one subgraph request among identical queries in flight for the same caller (GATEWAY_DEDUPLICATE_SUBGRAPH_FETCHES). */
  deduplicateSubgraphFetches?: boolean;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Subscriptions running on this instance now. */
  liveSubscriptions(): number;
  /** Subscribe-time authorization checks running and waiting now, and the subscribe requests awaiting them. */
  subscribeChecks(): SubscribeCheckLoad;
  close(): Promise<void>;
}

/** Reads a supergraph file. */
export function readSupergraph(path: string): string {
  return readFileSync(path, "utf8");
}

/**
 * The public entry point: @apollo/gateway inside @apollo/server on `/graphql`, token verified at the
 * edge, request ids, masked errors, `/health` and `/ready` (observability/), and GraphiQL from local assets.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger({ service: "gateway" });
  const timeoutMs = options.subgraphTimeoutMs ?? 10_000;
  const observability = gatewayObservability(options.telemetry);
  const subgraphs = new Map<string, string>();
  const credential = internalCredential(options.internalSecrets, GATEWAY_CALLER);
  const connections = new SubgraphConnections({ connections: options.subgraphConnections ?? DEFAULT_SUBGRAPH_CONNECTIONS });
  const transport = connections.fetcher(timeoutMs);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      subgraphs.set(name, target);
      return new SubgraphDataSource(
        name,
        target,
        transport,
        logger,
        credential,
        observability.telemetry,
        options.deduplicateSubgraphFetches,
      );
    },
    logger: { debug: () => {}, info: () => {}, warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
  });
  const verifier = rememberVerifiedTokens(createAccessTokenVerifier(options.tokenKeys, options.tokenAudience));
  let apiSchema: GraphQLSchema | undefined;
  // A copy without resolvers: Apollo Server wraps the loaded schema's field resolvers for its plugins,
  // and the subscription executor shapes results over the schema with resolvers of its own.
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => void (apiSchema = buildASTSchema(parse(printSchema(loaded)))));

  const settings: EdgeSettings = { ...DEFAULT_EDGE_SETTINGS, ...options.edge };
  const edge = new EdgeLimits(settings, {
    schema: () => apiSchema!,
    redis: options.rateLimitRedis,
    logger,
    events: observability.edgeEvents(options.edgeEvents),
  });
  const trusted = new TrustedDocuments(options.trustedDocuments ?? { manifest: {}, only: false, allowAdmins: false }, verifier);

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Who may introspect is the edge plugin's decision (signed-in callers only, by default).
    introspection: true,
    hideSchemaDetailsFromClientErrors: !settings.suggestions,
    ...(settings.enforce
      ? { validationOptions: { maxErrors: settings.maxValidationErrors }, parseOptions: { maxTokens: settings.limits.maxTokens } }
      : {}),
    includeStacktraceInErrorResponses: false,
    // The process owner (main.ts, npm start) drains everything in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // GraphiQL is served on its own route (graphiql.ts, per GRAPHQL_INTROSPECTION), not as Apollo's
      // landing page; no cache-control hints are set or read, and nothing reports usage to Apollo.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      edge.plugin(),
      ...observability.plugins,
    ],
    formatError: (formatted, error) =>
      formatClientError(asBadUserInput(formatted), error, (original) => logger.error("unexpected error", { error: original })),
  });
  await apollo.start();
  // Before the first request: plans for the client's operations, so its first callers do not wait for them.
  const planned = await warmQueryPlans(gateway, apiSchema!, options.trustedDocuments?.manifest ?? {}, logger);
  logger.info("query plans warmed from the trusted documents", { operations: planned });

  const maxBodyBytes = options.http?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  app.disable("x-powered-by");
  // GraphQL answers are POSTed and never revalidated: hashing every response body for an ETag is waste.
  app.disable("etag");
  if (options.http?.trustProxy) app.set("trust proxy", trustProxyValue(options.http.trustProxy));
  app.use(requestScopeMiddleware());
  app.use(securityHeaders());
  app.use(corsFromAllowList(options.http?.corsOrigins ?? []));
  observability.mount(app, { subgraphs, tokenKeys: options.tokenKeys, eventBus: options.eventBus });
  if (settings.introspection !== "off") mountGraphiQL(app);
  app.use(
    "/graphql",
    graphqlRequestGuard(),
    express.json({ limit: maxBodyBytes }),
    trusted.middleware(),
    edge.documentMiddleware(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req as Request & { requestId: string }).requestId;
        const authorization = req.headers.authorization;
        const caller = { requestId, client: clientOf(req), address: req.ip };
        try {
          return { ...caller, authorization, viewer: await viewerFromHeader(verifier, authorization) };
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          // An expired token left in a client's headers must not stop it from refreshing or logging in.
          if (isPublicOperation(req.body)) return caller;
          throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
        }
      },
    }),
  );
  app.use(notFoundHandler());
  app.use(httpErrorHandler({ logger, maxBodyBytes }));

  const subscriptions = options.eventBus
    ? await startSubscriptionServer({
        httpServer,
        schema: () => apiSchema!,
        execute: (query, variables, contextValue) =>
          runInRequestScope({ requestId: contextValue.requestId }, async () => {
            const response = await apollo.executeOperation({ query, variables }, { contextValue });
            if (response.body.kind !== "single") throw new Error("incremental delivery is not used by subscriptions");
            return response.body.singleResult;
          }),
        verifier,
        bus: options.eventBus,
        logger,
        limits: options.subscriptionLimits,
        edge,
        trusted,
      })
    : undefined;
  if (!subscriptions) logger.warn("no event bus: subscriptions are not served");
  observability.observeSubscriptions(() => subscriptions?.size() ?? 0);

  // A deep accept queue: after a restart every client reconnects at once (a reconnect storm), and a
  // connection the kernel's queue has no room for is dropped, its client's TCP retrying after 1, 3, 7, …
  // up to 127 s. The kernel caps it at net.core.somaxconn.
  await new Promise<void>((resolve) =>
    httpServer.listen(
      { port: options.port ?? 0, host: options.host ?? "127.0.0.1", backlog: options.listenBacklog ?? DEFAULT_LISTEN_BACKLOG },
      resolve,
    ),
  );
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1";
  const url = `http://${host}:${port}/graphql`;
  logger.info("gateway listening", { url });
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    liveSubscriptions: () => subscriptions?.size() ?? 0,
    subscribeChecks: () => subscriptions?.checkLoad() ?? { running: 0, waiting: 0, asking: 0 },
    close: () =>
      (closing ??= (async () => {
        await subscriptions?.close();
        await apollo.stop();
        await connections.close();
        observability.close();
      })()),
  };
}
