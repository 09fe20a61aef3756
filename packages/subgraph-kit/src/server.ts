import http from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Request, type Response } from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { GraphQLSchema } from "graphql";
import {
  DEFAULT_MAX_BODY_BYTES,
  formatClientError,
  graphqlRequestGuard,
  httpErrorHandler,
  notFoundHandler,
  requestScopeMiddleware,
  securityHeaders,
  type Logger,
} from "@plateau/kernel";
import { healthReport, type HealthCheck } from "@plateau/kernel";

export interface ServerOptions<Context> {
  name: string;
  schema: GraphQLSchema;
  logger: Logger;
  context: (request: { headers: Record<string, string | string[] | undefined>; requestId: string }) => Promise<Context>;
  health: Record<string, HealthCheck>;
  port?: number;
  host?: string;
  /** Extra routes mounted before `/graphql`. */
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
 * Serves a GraphQL schema on `/graphql` with `/health`, request ids, masked errors and graceful
 * drain. Port 0 picks a free port (tests); the chosen one is in the result.
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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, error) =>
      formatClientError(formatted, error, (original) => options.logger.error("unexpected error", { error: original })),
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(requestScopeMiddleware());
  app.use(securityHeaders());
  app.get("/health", async (_req: Request, res: Response) => {
    const report = await healthReport(options.health);
    res.status(report.status === "unhealthy" ? 503 : 200).json({ service: options.name, ...report });
  });
  options.routes?.(app);
  app.use(
    "/graphql",
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
