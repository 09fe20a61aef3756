import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import type { Request, Response, NextFunction } from "express";
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { AppError, ErrorCode, type Logger, type Viewer } from "@plateau/kernel";
import type { Redis } from "ioredis";
import type { GatewayContext } from "../context.js";
import { refuseOperation } from "../http/refuse-operation.js";
import { DEFAULT_OPERATION_LIMITS, DocumentLimiter, tooComplex, type OperationLimits } from "./operation-limits.js";
import { operationCost } from "./query-cost.js";
import { costReport, rateLimitHeaders } from "./rate-limit-headers.js";
import {
  CostRateLimiter,
  DEFAULT_RATE_LIMIT_POLICY,
  type BudgetName,
  type Caller,
  type RateDecision,
  type RateLimitPolicy,
} from "./rate-limiter.js";

/** Who may introspect the schema (and open GraphiQL): everyone, signed-in callers only, or nobody. */
export type IntrospectionPolicy = "on" | "signed-in" | "off";

/** Everything the edge enforces before an operation reaches a subgraph (docs/api/limits-and-cost.md). */
export interface EdgeSettings {
  /**
   * False skips limits, cost and rate limits altogether (parsing as graphql does, nothing charged or
   * reported): only for measuring what they cost (`npm run bench:edge`).
   */
  enforce: boolean;
  limits: OperationLimits;
  /** Cost budgets; `false` turns rate limiting off (cost is still computed, checked and reported). */
  rateLimit: RateLimitPolicy | false;
  introspection: IntrospectionPolicy;
  /** "Did you mean …" in validation errors. */
  suggestions: boolean;
  /** Validation errors reported for one document at most (graphql stops validating past them). */
  maxValidationErrors: number;
}

export const DEFAULT_EDGE_SETTINGS: EdgeSettings = {
  enforce: true,
  limits: DEFAULT_OPERATION_LIMITS,
  rateLimit: DEFAULT_RATE_LIMIT_POLICY,
  introspection: "signed-in",
  suggestions: false,
  maxValidationErrors: 10,
};

/** Counters the edge reports to (metrics); each is optional. */
export interface EdgeEvents {
  /** `budget`: for a rate refusal, the budget that was spent. */
  refused?(reason: "limits" | "cost" | "rate" | "introspection", budget?: BudgetName): void;
  limiterFailedOpen?(budget: BudgetName): void;
}

/** What the edge decided for one HTTP request: its cost and the budget it was charged to. */
interface Charge {
  cost: number;
  decision?: RateDecision;
}

/**
 * The gateway's operation limits, cost and rate limits, the same on HTTP and on the WebSocket:
 * - `documentMiddleware` (HTTP, before Apollo) refuses a document over the size, token, depth, alias
 *   or directive limits with one QUERY_TOO_COMPLEX error, before graphql validates it;
 * - `plugin` (Apollo) checks introspection, computes the operation's cost, refuses it above the
 *   maximum, charges it to the caller's budgets (429 RATE_LIMITED when spent), and reports both in
 *   `extensions.cost` and the `RateLimit` headers of every response;
 * - `admitSubscription` does the same for a subscription when it starts.
 * Operations the gateway runs itself (a subscription's events, resolved through Apollo without an
 * HTTP request) are neither limited nor charged again.
 */
export class EdgeLimits {
  readonly documents: DocumentLimiter;
  /** Parses without limits, for `enforce: false`. */
  private readonly unlimited = new DocumentLimiter({
    maxDocumentBytes: Infinity,
    maxTokens: Infinity,
    maxDepth: Infinity,
    maxAliases: Infinity,
    maxDirectives: Infinity,
    maxCost: Infinity,
  });
  private readonly limiter?: CostRateLimiter;
  private readonly charges = new WeakMap<object, Charge>();
  /**
   * Costs by document (Apollo Server hands out the same parsed document for the same query text) and
   * operation name and variables: the same operation is not walked again.
   */
  private readonly costs = new WeakMap<DocumentNode, Map<string, number>>();
  private static readonly MAX_COSTS_PER_DOCUMENT = 100;

  constructor(
    readonly settings: EdgeSettings,
    private readonly deps: { schema: () => GraphQLSchema; redis?: Redis; logger: Logger; events?: EdgeEvents },
  ) {
    this.documents = new DocumentLimiter(settings.limits);
    if (settings.rateLimit && settings.enforce) {
      this.limiter = new CostRateLimiter({
        policy: settings.rateLimit,
        redis: deps.redis,
        logger: deps.logger,
        onFailOpen: (budget) => deps.events?.limiterFailedOpen?.(budget),
      });
    }
  }

  /** A WebSocket subscription's document, checked against the limits (GRAPHQL_PARSE_FAILED or QUERY_TOO_COMPLEX when refused). */
  parse(schema: GraphQLSchema, query: string): DocumentNode {
    return this.settings.enforce ? this.documents.check(schema, query) : this.unlimited.check(schema, query);
  }

  /** Express middleware for `/graphql`: the document limits, answered as a GraphQL error with status 400. */
  documentMiddleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (!this.settings.enforce) return next();
      const query = req.method === "GET" ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
      if (typeof query !== "string") return next();
      try {
        this.documents.check(this.deps.schema(), query);
      } catch (error) {
        // A syntax error is left to Apollo Server, which reports it as every GraphQL server does.
        if (!(error instanceof AppError)) return next();
        this.deps.events?.refused?.("limits");
        return refuseOperation(res, error);
      }
      next();
    };
  }

  /** The Apollo Server plugin: introspection, cost, rate limit, and their report on every response. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async ({ request }) => {
        if (!request.http || !this.settings.enforce) return;
        return {
          didResolveOperation: (requestContext) => this.admitHttp(requestContext),
          willSendResponse: async ({ request: req, response, contextValue }) => {
            const charge = this.charges.get(contextValue);
            if (!charge || !req.http) return;
            if (charge.decision)
              for (const [name, value] of Object.entries(rateLimitHeaders(charge.decision))) response.http.headers.set(name, value);
            if (response.body.kind === "single") {
              response.body.singleResult.extensions = {
                ...response.body.singleResult.extensions,
                cost: costReport(charge.cost, charge.decision),
              };
            }
          },
        };
      },
    };
  }

  private async admitHttp(requestContext: GraphQLRequestContextDidResolveOperation<GatewayContext>): Promise<void> {
    const { contextValue: context, document, operation, request, schema } = requestContext;
    // @apollo/gateway cannot execute a subscription: over HTTP it would fail as an internal error.
    if (operation?.operation === "subscription") {
      throw refusal(
        new AppError(
          ErrorCode.BAD_USER_INPUT,
          "Subscriptions run over the WebSocket: connect to /graphql with graphql-ws (GraphQL over WebSocket)",
        ),
        400,
      );
    }
    this.checkIntrospection(operation, document, context.viewer);
    const cost = this.costOf(schema, document, requestContext.operationName, request.variables);
    const charge: Charge = { cost };
    this.charges.set(context, charge);
    this.checkCost(cost, context.viewer !== undefined);
    const caller: Caller = context.viewer
      ? { userId: context.viewer.userId, workspaceId: context.viewer.workspaceId }
      : { address: context.address ?? "unknown" };
    charge.decision = await this.limiter?.charge(caller, cost);
    this.refuseIfSpent(charge.decision, cost);
  }

  /**
   * The limits for a subscription about to start over the WebSocket (its document was checked by
   * `documents.check`): cost, then the subscriber's budget. Throws QUERY_TOO_COMPLEX or RATE_LIMITED.
   */
  async admitSubscription(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    viewer: Viewer,
  ): Promise<void> {
    if (!this.settings.enforce) return;
    try {
      const cost = this.costOf(schema, document, operationName, variables);
      this.checkCost(cost, true);
      this.refuseIfSpent(await this.limiter?.charge({ userId: viewer.userId, workspaceId: viewer.workspaceId }, cost), cost);
    } catch (error) {
      // The socket has no status or headers: the refusal reaches the client as it would over HTTP, without them.
      if (error instanceof GraphQLError) throw withoutHttp(error);
      throw error;
    }
  }

  /**
   * The static cost; 0 when the variables do not fit the operation: execution refuses it (BAD_USER_INPUT)
   * before any subgraph is asked, so it is charged the minimum charge and reported like any other request.
   */
  private costOf(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): number {
    let known = this.costs.get(document);
    if (!known) this.costs.set(document, (known = new Map()));
    const key = `${operationName ?? ""}\n${JSON.stringify(variables ?? {})}`;
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered;
    let cost = 0;
    try {
      cost = operationCost(schema, document, operationName, variables);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
    }
    if (known.size >= EdgeLimits.MAX_COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
    known.set(key, cost);
    return cost;
  }

  /**
   * QUERY_TOO_COMPLEX above the maximum cost, or above the whole of the caller's smallest budget (an
   * anonymous caller's is below the maximum by default): such an operation could never be admitted, so
   * it is refused as too complex rather than with a RATE_LIMITED whose retry would never help.
   */
  private checkCost(cost: number, signedIn: boolean): void {
    const { maxCost } = this.settings.limits;
    const { rateLimit } = this.settings;
    const budget = !rateLimit ? Infinity : signedIn ? Math.min(rateLimit.userPoints, rateLimit.workspacePoints) : rateLimit.anonymousPoints;
    const limit = Math.min(maxCost, budget);
    if (cost <= limit) return;
    this.deps.events?.refused?.("cost");
    const why =
      limit === maxCost
        ? `at most ${maxCost} is accepted`
        : `at most ${limit} is accepted ${signedIn ? "" : "without a token "}(the whole budget per ${rateLimit ? rateLimit.windowSeconds : 0} s)`;
    throw refusal(
      tooComplex(
        "cost",
        limit,
        cost,
        `The operation's cost is ${cost}; ${why}: ask for smaller pages (first/last) or fewer nested connections`,
      ),
      400,
    );
  }

  /** RATE_LIMITED (429, with the rate-limit headers) when the caller's budget cannot cover the operation. */
  private refuseIfSpent(decision: RateDecision | undefined, cost: number): void {
    if (!decision || decision.allowed) return;
    this.deps.events?.refused?.("rate", decision.policy);
    const error = new AppError(
      ErrorCode.RATE_LIMITED,
      `The ${decision.policy} budget of ${decision.limit} per ${decision.windowSeconds} s is spent: retry in ${decision.retryAfterSeconds} s`,
      {
        retryAfter: decision.retryAfterSeconds,
        policy: decision.policy,
        limit: decision.limit,
        remaining: decision.remaining,
        resetAt: decision.resetAt.toISOString(),
        cost,
      },
    );
    throw refusal(error, 429, rateLimitHeaders(decision));
  }

  private checkIntrospection(operation: OperationDefinitionNode | undefined, document: DocumentNode, viewer: Viewer | undefined): void {
    const policy = this.settings.introspection;
    if (policy === "on" || !operation || !selectsIntrospection(operation.selectionSet, document)) return;
    if (policy === "signed-in" && viewer) return;
    this.deps.events?.refused?.("introspection");
    throw policy === "off"
      ? refusal(new AppError(ErrorCode.FORBIDDEN, "Introspection is turned off on this server"), 403)
      : refusal(new AppError(ErrorCode.UNAUTHENTICATED, "Sign in to introspect the schema: send an access token"), 401);
  }
}

/** A refusal without the HTTP status and headers Apollo Server takes out of `extensions` (for the WebSocket). */
function withoutHttp(error: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, { originalError: error.originalError, extensions });
}

/** A refusal as Apollo Server answers errors thrown while resolving the operation: with its HTTP status and headers. */
function refusal(error: AppError, status: number, headers: Record<string, string> = {}): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...error.extensions, code: error.code, http: { status, headers: new Map(Object.entries(headers)) } },
  });
}

/** Whether the operation asks for `__schema` or `__type` (introspection lives on the query root). */
function selectsIntrospection(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === "__schema" || selection.name.value === "__type";
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsIntrospection(selection.selectionSet, document, seen);
    if (seen.has(selection.name.value)) return false;
    seen.add(selection.name.value);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && selectsIntrospection(fragment.selectionSet, document, seen);
  });
}
