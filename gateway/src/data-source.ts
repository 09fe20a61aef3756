import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { AppError, ErrorCode, INTERNAL_CREDENTIAL_HEADER, REQUEST_ID_HEADER, type InternalCredential, type Logger } from "@plateau/kernel";
import type { ServiceTelemetry } from "@plateau/observability";
import type { GatewayContext } from "./context.js";
import { instrumentedFetch, type SubgraphFetch } from "./observability/subgraph-fetch.js";

/**
 * The gateway's connection to one subgraph: sends the gateway's own credential (subgraphs answer no
 * one else), forwards the caller's token and request id (subgraphs verify the token again), bounds
 * every request with a timeout, and turns transport failures into SUBGRAPH_UNAVAILABLE without the
 * subgraph's URL or stack. With `telemetry`, each request is a span whose `traceparent` the subgraph
 * continues, and its latency is measured.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    timeoutMs: number,
    private readonly logger: Logger,
    private readonly credential: InternalCredential,
    telemetry?: ServiceTelemetry,
  ) {
    const bounded: SubgraphFetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    super({ url, fetcher: (telemetry ? instrumentedFetch(subgraphName, telemetry, bounded) : bounded) as never });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    // Every request, whoever it serves (the cached token is re-minted well before it expires).
    headers.set(INTERNAL_CREDENTIAL_HEADER, await this.credential.token());
    if (!context) return;
    if (context.authorization) headers.set("authorization", context.authorization);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.client) {
      headers.set("x-forwarded-for", context.client.forwardedFor);
      if (context.client.userAgent) headers.set("user-agent", context.client.userAgent);
    }
  }

  override didEncounterError(error: Error): void {
    this.logger.error("subgraph request failed", { subgraph: this.subgraphName, error });
    const timedOut = error.name === "TimeoutError" || /aborted|timeout/i.test(error.message);
    throw new AppError(
      ErrorCode.SUBGRAPH_UNAVAILABLE,
      timedOut ? `The ${this.subgraphName} service did not answer in time` : `The ${this.subgraphName} service is unavailable`,
      { subgraph: this.subgraphName },
    );
  }
}
