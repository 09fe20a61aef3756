import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { AppError, ErrorCode, INTERNAL_CREDENTIAL_HEADER, REQUEST_ID_HEADER, type InternalCredential, type Logger } from "@plateau/kernel";
import type { ServiceTelemetry } from "@plateau/observability";
import type { GatewayContext } from "./context.js";
import { distinctRepresentations } from "./entity-representations.js";
import { instrumentedFetch, type SubgraphFetch } from "./observability/subgraph-fetch.js";
import { RETRY_SAFE_HEADER } from "./subgraph-connections.js";

/** A query (not a mutation): sharing it among identical ones, or sending it again, changes nothing. */
const isQuery = (query: string) => /^\s*(query\b|\{)/.test(query);

/**
 * Whether a subgraph's error is about a value the client gave: a variable it refused (BAD_USER_INPUT), or a
 * literal of the client's document that the planner passed on and the subgraph's validation refused. The
 * gateway validated the operation against the same types first, so what only the subgraph can refuse is a
 * custom scalar's value (its parsing lives in the subgraph).
 */
const isRefusedValue = (error: { message?: unknown; extensions?: { code?: unknown } }): boolean =>
  typeof error?.message === "string" &&
  (error.extensions?.code === ErrorCode.BAD_USER_INPUT || error.extensions?.code === "GRAPHQL_VALIDATION_FAILED");

/**
 * The client's own mistake in a subgraph's refusal: a 400 whose GraphQL errors are all about values the client
 * gave ({@link isRefusedValue}): a value a custom scalar such as DateTime or LocalDate does not accept, which the
 * gateway's schema cannot check (it only knows the scalar's name). It reaches the client as BAD_USER_INPUT with
 * the subgraph's message, not as the subgraph being unavailable; null for any other failure.
 */
function refusedInput(error: Error): AppError | null {
  const response = (error as { extensions?: { response?: { status?: unknown; body?: unknown } } }).extensions?.response;
  const errors = (response?.body as { errors?: unknown } | undefined)?.errors;
  if (response?.status !== 400 || !Array.isArray(errors) || errors.length === 0) return null;
  const all = errors as { message?: unknown; extensions?: { code?: unknown } }[];
  if (!all.every(isRefusedValue)) return null;
  return new AppError(ErrorCode.BAD_USER_INPUT, all.map((one) => one.message as string).join("; "));
}

/** A subgraph's answer as the gateway's executor receives it. */
type SubgraphAnswer = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

/**
 * The gateway's connection to one subgraph: sends the gateway's own credential (subgraphs answer no
 * one else), forwards the caller's token and request id (subgraphs verify the token again), sends
 * through `transport` (the gateway's kept-alive pools with their timeout: subgraph-connections.ts), and
 * turns transport failures into SUBGRAPH_UNAVAILABLE without the subgraph's URL or stack (the log has
 * the cause's code). An `_entities` fetch asks for each distinct representation once
 * (entity-representations.ts). With `telemetry`, each request is a span whose `traceparent` the subgraph
 * continues, and its latency is measured.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    transport: SubgraphFetch,
    private readonly logger: Logger,
    private readonly credential: InternalCredential,
    telemetry?: ServiceTelemetry,
    private readonly deduplicate = false,
  ) {
    super({ url, fetcher: (telemetry ? instrumentedFetch(subgraphName, telemetry, transport) : transport) as never });
  }

  /** Queries in flight, by caller and body, when deduplicating. */
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    // Health checks and schema loading carry no incoming request (the enum of kinds is not exported).
    if (!("context" in options) || !options.context) return super.process(options);
    if (options.context.warmup) return Promise.resolve({});
    const representations = options.request.variables?.representations;
    const distinct = Array.isArray(representations) ? distinctRepresentations(representations) : undefined;
    if (!distinct) return this.send(options);
    options.request.variables = { ...options.request.variables, representations: distinct.distinct };
    return this.send(options).then((answer) => distinct.expand(answer));
  }

  /** Sends a request of an incoming one, shared with identical ones in flight when deduplicating. */
  private send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const query = options.request.query ?? "";
    if (!this.deduplicate || !isQuery(query)) return super.process(options);
    const key = JSON.stringify([options.context.authorization ?? "", query, options.request.variables ?? {}]);
    let shared = this.inFlight.get(key);
    if (!shared) {
      shared = super.process(options).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, shared);
    }
    // Nobody gets the shared object itself: the gateway merges answers into its result in place.
    return shared.then(({ http, ...answer }) => ({ ...structuredClone(answer), http }));
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    // A query may go again on a fresh connection if its kept-alive one was closed under it (subgraph-connections.ts).
    if (isQuery(request.query ?? "")) headers.set(RETRY_SAFE_HEADER, "1");
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
    const refused = refusedInput(error);
    if (refused) throw refused;
    const cause = (error as { cause?: { code?: unknown } }).cause;
    const code = (error as { code?: unknown }).code ?? cause?.code;
    this.logger.error("subgraph request failed", { subgraph: this.subgraphName, code, error });
    const timedOut = error.name === "TimeoutError" || /aborted|timeout/i.test(error.message);
    throw new AppError(
      ErrorCode.SUBGRAPH_UNAVAILABLE,
      timedOut ? `The ${this.subgraphName} service did not answer in time` : `The ${this.subgraphName} service is unavailable`,
      { subgraph: this.subgraphName },
    );
  }
}
