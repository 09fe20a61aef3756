import http from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Request } from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { GraphQLSchema } from "graphql";
import {
  DEFAULT_MAX_BODY_BYTES,
  formatClientError,
  graphqlRequestGuard,
  healthReport,
  httpErrorHandler,
  notFoundHandler,
  requestScopeMiddleware,
  securityHeaders,
  type HealthCheck,
  type InternalCredentialVerifier,
  type Logger,
} from "@plateau/kernel";
import {
  graphqlMetricsPlugin,
  httpMetricsMiddleware,
  httpServerSpans,
  livenessHandler,
  readinessHandler,
  type ServiceTelemetry,
} from "@plateau/observability";
import { requireInternalCaller } from "./internal-caller.js";

export interface ServerOptions<Context> {
  name: string;
  schema: GraphQLSchema;
  logger: Logger;
  context: (request: { headers: Record<string, string | string[] | undefined>; requestId: string }) => Promise<Context>;
  /** What `/ready` checks (`/health` is liveness and checks nothing). */
  readiness: Record<string, HealthCheck>;
  /** Where HTTP and GraphQL metrics and the request's span go. */
  telemetry: ServiceTelemetry;
  /**
   * Checks the credential of the gateway or another Plateau service that every request to `/graphql`
   * and `/internal` must carry; only `/health` and `/ready` answer anyone.
   */
  internalCallers: InternalCredentialVerifier;
  port?: number;
  host?: string;
  /** Extra routes mounted before `/graphql`; under `/internal` they get the credential check and JSON bodies. */
  routes?: (app: express.Express) => void;
  /** Runs after the HTTP server has drained (close the database here). */
  onClose?: () => Promise<void>;
}

/** A running HTTP service. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a GraphQL schema on `/graphql` with `/health` (liveness), `/ready` (readiness), request
 * ids, metrics, a span per request (continuing the gateway's trace), masked errors and graceful drain.
 * `/graphql` and `/internal` answer only callers with an internal credential (the gateway, other
 * services). Port 0 picks a free port (tests); the chosen one is in the result.
 */
export async function startGraphQLServer<Context extends object>(options: ServerOptions<Context>): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The process owner (main.ts, npm start) drains everything in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // What Apollo Server installs by default and nobody here uses: cache-control hints wrap every
      // field's resolver (8 % of a board read's CPU), federated inline traces (ftv1) are for Apollo's
      // cloud, the landing page is for browsers (only services call a subgraph), usage reporting too.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      graphqlMetricsPlugin(options.telemetry.metrics, options.name),
    ],
    formatError: (formatted, error) =>
      formatClientError(formatted, error, (original) => options.logger.error("unexpected error", { error: original })),
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(requestScopeMiddleware());
  app.use(securityHeaders());
  app.use(httpMetricsMiddleware(options.telemetry.metrics, options.name));
  // Subgraph ports are never public: the caller is the gateway, whose trace this request continues.
  app.use(httpServerSpans(options.telemetry.tracer, { trustIncomingContext: true }));
  app.get("/health", livenessHandler(options.name));
  app.get(
    "/ready",
    readinessHandler(options.name, () => healthReport(options.readiness)),
  );
  // Nothing else faces a client directly: a request without the credential reaches no route or resolver.
  const fromInside = requireInternalCaller(options.internalCallers, options.logger);
  app.use("/internal", fromInside, express.json({ limit: "256kb" }));
  options.routes?.(app);
  app.use(
    "/graphql",
    fromInside,
    graphqlRequestGuard(),
    express.json({ limit: DEFAULT_MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }) => options.context({ headers: req.headers, requestId: (req as Request & { requestId: string }).requestId }),
    }),
  );
  app.use(notFoundHandler());
  app.use(httpErrorHandler({ logger: options.logger, maxBodyBytes: DEFAULT_MAX_BODY_BYTES }));

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1";
  const url = `http://${host}:${port}/graphql`;
  options.logger.info("listening", { url });
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close: () =>
      (closing ??= (async () => {
        await apollo.stop();
        await options.onClose?.();
      })()),
  };
}
