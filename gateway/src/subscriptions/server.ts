import { createHash } from "node:crypto";
import type http from "node:http";
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { CloseCode, type Context } from "graphql-ws";
import { useServer, type Extra } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { decodeJwt } from "jose";
import { compareCursors, isCursor, type EventBus } from "@plateau/events";
import {
  AppError,
  ErrorCode,
  FIELDS_VARYING_BY_READER,
  formatClientError,
  isUuid,
  OPERATION_ACCESS,
  roleMayAccess,
  ROLES_WITH,
  uuidv7,
  type AccessTokenVerifier,
  type Logger,
  type ReaderScope,
  type Viewer,
} from "@plateau/kernel";
import { clientOf, type GatewayContext } from "../context.js";
import { viewerFromHeader } from "../auth.js";
import { asBadUserInput, withoutSuggestions } from "../validation-errors.js";
import type { EdgeLimits } from "../limits/edge-limits.js";
import type { TrustedDocuments } from "../trusted-documents.js";
import { SUBSCRIPTIONS, type SubscriptionSpec } from "./catalogue.js";
import { EventFeed, type SessionEnd } from "./event-feed.js";
import { LiveSubscription } from "./live-subscription.js";
import { PayloadPlan } from "./payload.js";
import { Revocations } from "./revocations.js";

/** Limits of the WebSocket endpoint (docs/operations.md, "Environment variables"). */
export interface SubscriptionLimits {
  /** Subscriptions one connection may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** Largest message a client may send, in bytes; a larger one closes the connection (1009). */
  maxMessageBytes: number;
  /** Results waiting for a slow connection before its subscription is ended. */
  maxQueuedPerSubscription: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  maxSubscriptionsPerConnection: 50,
  maxMessageBytes: 64 * 1024,
  maxQueuedPerSubscription: 1_000,
};

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

/** Several errors for one refused subscription (graphql-ws sends them together). */
class ProblemList extends Error {
  constructor(readonly problems: GraphQLError[]) {
    super(problems.map((problem) => problem.message).join("; "));
  }
}

/** What the gateway keeps per socket. */
interface Connection {
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

type ConnectionContext = Context<Record<string, unknown> | undefined, Extra & { connection?: Connection }>;

/** The largest delay setTimeout takes. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the authorization query answers for an id the subscriber may not watch. */
const REFUSALS = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]);

const problem = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extensions, code } });

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
export async function startSubscriptionServer(options: SubscriptionServerOptions): Promise<{ size(): number; close(): Promise<void> }> {
  const limits = { ...DEFAULT_SUBSCRIPTION_LIMITS, ...options.limits };
  const logger = options.logger.child({ component: "subscriptions" });
  const connections = new Set<Connection>();
  const revocations = new Revocations();
  const feed = new EventFeed(options.bus, logger, (end) => {
    revocations.record(end);
    endSessions(end);
  });
  await feed.start();

  function endSessions(end: SessionEnd): void {
    for (const connection of connections) {
      const ended =
        "sessionId" in end
          ? connection.viewer.sessionId === end.sessionId
          : connection.viewer.userId === end.userId && connection.viewer.sessionId !== end.exceptSessionId;
      if (ended) endConnection(connection, `${end.reason}: sign in again and resubscribe with \`after\` set to your last cursor`);
    }
  }

  /** Ends every subscription of a connection with UNAUTHENTICATED, then closes it (4403) so the client re-authenticates. */
  function endConnection(connection: Connection, message: string): void {
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

  const wsServer = new WebSocketServer({ server: options.httpServer, path: "/graphql", maxPayload: limits.maxMessageBytes });
  const disposable = useServer<Record<string, unknown> | undefined, { connection?: Connection }>(
    {
      onConnect: async (ctx: ConnectionContext) => {
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        if (typeof authorization !== "string") return false;
        let viewer: Viewer | undefined;
        try {
          viewer = await viewerFromHeader(options.verifier, authorization);
        } catch (error) {
          if (error instanceof AppError) return false;
          throw error;
        }
        if (!viewer) return false;
        const claims = decodeJwt(viewer.token);
        // A token still within its lifetime whose session identity has ended since.
        if (revocations.refuses(viewer.userId, viewer.sessionId, (claims.iat ?? 0) * 1_000)) return false;
        const connection: Connection = {
          viewer,
          authorization,
          client: clientOf(ctx.extra.request),
          subscriptions: new Set(),
          preparing: 0,
          socket: ctx.extra.socket,
          ending: false,
        };
        const expiresAt = (claims.exp ?? 0) * 1_000;
        connection.expiryTimer = setTimeout(
          () => endConnection(connection, "Your access token expired"),
          Math.min(Math.max(expiresAt - Date.now(), 0), MAX_TIMER_MS),
        );
        connection.expiryTimer.unref();
        ctx.extra.connection = connection;
        connections.add(connection);
        return true;
      },

      onClose: (ctx: ConnectionContext) => {
        const connection = ctx.extra.connection;
        if (!connection) return;
        clearTimeout(connection.expiryTimer);
        connections.delete(connection);
        for (const subscription of connection.subscriptions) void subscription.return();
      },

      onSubscribe: async (ctx: ConnectionContext, _id, payload) => {
        const connection = ctx.extra.connection!;
        // Counted from the start: a burst of subscribe messages must not pass the limit while each awaits.
        if (connection.subscriptions.size + connection.preparing >= limits.maxSubscriptionsPerConnection) {
          return [
            problem(
              ErrorCode.RATE_LIMITED,
              `At most ${limits.maxSubscriptionsPerConnection} subscriptions may run on one connection: complete one first`,
              { limit: limits.maxSubscriptionsPerConnection, retryAfter: 1 },
            ),
          ];
        }
        connection.preparing += 1;
        try {
          const query = await options.trusted.resolve({ query: payload.query, extensions: payload.extensions }, () => connection.viewer);
          if (query === undefined) {
            return [problem("PERSISTED_QUERY_NOT_FOUND", "No trusted document has this hash: send the subscription's document in `query`")];
          }
          return await prepare(connection, query, payload.operationName ?? undefined, payload.variables ?? {});
        } catch (error) {
          if (error instanceof ProblemList) return error.problems;
          if (error instanceof GraphQLError) return [error];
          if (error instanceof AppError) return [problem(error.code, error.message, error.extensions)];
          logger.error("subscription failed to start", { error });
          return [problem(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error")];
        } finally {
          connection.preparing -= 1;
        }
      },

      subscribe: (args: ExecutionArgs) => (args.contextValue as { start(): LiveSubscription }).start(),

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

  /** Checks and plans a subscription; returns graphql-ws's execution args with a `start` in the context. */
  async function prepare(
    connection: Connection,
    query: string,
    operationName: string | undefined,
    rawVariables: Record<string, unknown>,
  ): Promise<ExecutionArgs> {
    if (connection.ending) throw problem(ErrorCode.UNAUTHENTICATED, "This connection's access token is no longer valid: reconnect");
    const schema = options.schema();
    // The same limits as over HTTP: one QUERY_TOO_COMPLEX before graphql validates anything.
    const { edge } = options;
    const document: DocumentNode = edge.parse(schema, query);
    const invalid = validate(schema, document, undefined, { maxErrors: edge.settings.maxValidationErrors });
    if (invalid.length > 0) {
      throw new ProblemList(
        invalid.map((error) => {
          const formatted = asBadUserInput({ ...error.toJSON(), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
          const message = edge.settings.suggestions ? formatted.message : withoutSuggestions(formatted.message);
          return new GraphQLError(message, { nodes: error.nodes, extensions: formatted.extensions });
        }),
      );
    }
    const operation = getOperationAST(document, operationName);
    if (!operation) throw problem(ErrorCode.BAD_USER_INPUT, "Name the operation to run (`operationName`)");
    if (operation.operation !== "subscription") {
      throw problem(
        ErrorCode.BAD_USER_INPUT,
        "Only subscriptions run over the WebSocket: send queries and mutations over HTTP POST to /graphql",
      );
    }
    const rootField = rootFieldOf(operation.selectionSet, document);
    const fieldName = rootField.name.value;
    const spec = SUBSCRIPTIONS[fieldName];
    const fieldDef = schema.getSubscriptionType()?.getFields()[fieldName];
    if (!spec || !fieldDef) throw problem(ErrorCode.BAD_USER_INPUT, `Subscription.${fieldName} is not served`);
    authorizeField(connection.viewer, fieldName);

    const variables = coerceVariables(schema, operation, rawVariables);
    // A subscription is charged to the subscriber's budget when it starts, like a query.
    await edge.admitSubscription(schema, document, operationName, variables, connection.viewer);
    const args = getArgumentValues(fieldDef, rootField, variables);
    // Ids are compared as the subgraphs store them: lower case (a client may send upper case).
    const topic = String(args[spec.topicArgument]).toLowerCase();
    if (!isUuid(topic)) throw invalidArgument(spec.topicArgument, "is not an ID");
    const after = (args.after as string | null | undefined) ?? null;
    if (after !== null) await checkCursor(spec, after);

    const context = gatewayContext(connection);
    const authorized = await options.execute(spec.authorize.query, { id: topic }, context);
    if (!authorized.data || !spec.authorize.found(authorized.data as Record<string, unknown>)) {
      // A subgraph that could not answer (or a token it refused) is that, not a refusal of the id.
      const failure = authorized.errors?.find((error) => !REFUSALS.has(String(error.extensions?.code)));
      if (failure)
        throw problem(String(failure.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR), failure.message, failure.extensions ?? {});
      throw problem(ErrorCode.FORBIDDEN, `No ${spec.authorize.what} ${topic} in your workspace`);
    }

    const plan = new PayloadPlan(schema, document, operation, rootField, spec, variables);
    // Subscribers share a resolution unless a selected field may answer differently by role or user.
    const scope = readerScope(schema, document);
    const shareKey = createHash("sha256")
      .update(
        JSON.stringify([
          query,
          operationName ?? null,
          variables,
          connection.viewer.workspaceId,
          scope ? connection.viewer.role : null,
          scope === "USER" ? connection.viewer.userId : null,
        ]),
      )
      .digest("base64url");
    return {
      schema,
      document,
      operationName,
      variableValues: variables,
      contextValue: {
        start: () => {
          const subscription = new LiveSubscription(
            {
              field: fieldName,
              spec,
              topic,
              viewer: connection.viewer,
              shareKey,
              maxQueued: limits.maxQueuedPerSubscription,
              resolve: (event) =>
                plan.resolve(event, async (entityQuery, entityVariables) =>
                  options.execute(entityQuery, entityVariables, gatewayContext(connection)),
                ),
              onEnd: (ended) => {
                feed.unregister(ended);
                connection.subscriptions.delete(ended);
              },
            },
            after,
          );
          connection.subscriptions.add(subscription);
          feed.register(subscription);
          void subscription.replay(options.bus).catch((error: unknown) => {
            logger.warn("replay failed", { error });
            subscription.fail({
              message: "The events after your cursor could not be read: subscribe again in a moment",
              extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE },
            });
          });
          return subscription;
        },
      },
    };
  }

  /** The cursor must be well-formed and not older than what the stream still holds. */
  async function checkCursor(spec: SubscriptionSpec, after: string): Promise<void> {
    if (!isCursor(after)) throw invalidArgument("after", "is not a cursor: pass the `cursor` of an event you received");
    let floor: string | null;
    try {
      floor = await options.bus.replayFloor(spec.stream);
    } catch (error) {
      logger.warn("replay floor unavailable", { error });
      throw problem(ErrorCode.SUBGRAPH_UNAVAILABLE, "Missed events cannot be read right now: subscribe again in a moment");
    }
    if (floor !== null && compareCursors(after, floor) >= 0) {
      const end = await options.bus.streamEnd(spec.stream);
      if (end !== null && compareCursors(after, end) > 0) {
        throw invalidArgument("after", "is past the newest event: pass the `cursor` of an event you received");
      }
    }
    if (floor === null || compareCursors(after, floor) < 0) {
      throw problem(
        ErrorCode.CURSOR_EXPIRED,
        "The events after this cursor are no longer retained: refetch what you show, then subscribe without `after`",
        { after },
      );
    }
  }

  return {
    size: () => feed.size,
    close: async () => {
      for (const connection of connections) clearTimeout(connection.expiryTimer);
      await disposable.dispose();
      await feed.stop();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

/** What a query run for a subscriber carries: their token, a request id of its own, their address. */
function gatewayContext(connection: Connection): GatewayContext {
  return { requestId: uuidv7(), authorization: connection.authorization, viewer: connection.viewer, client: connection.client };
}

/** The access matrix for `Subscription.<field>`: shield does not run on the subscribe step (docs/stack.md). */
function authorizeField(viewer: Viewer, fieldName: string): void {
  const access = OPERATION_ACCESS[`Subscription.${fieldName}`];
  if (!access) throw problem(ErrorCode.FORBIDDEN, `Subscription.${fieldName} is not open to anyone`);
  if (access !== "PUBLIC" && access !== "SIGNED_IN" && !viewer.workspaceId) {
    throw problem(ErrorCode.FORBIDDEN, "This subscription needs a workspace-scoped token: call switchWorkspace first", {
      requiredAccess: access,
    });
  }
  if (!roleMayAccess(access, true, viewer.role)) {
    const roles = access === "PUBLIC" || access === "SIGNED_IN" ? [] : ROLES_WITH[access];
    throw problem(ErrorCode.FORBIDDEN, `This needs the ${roles.join(", ")} role; yours is ${viewer.role ?? "none"}`, {
      requiredAccess: access,
    });
  }
}

function invalidArgument(argument: string, message: string): GraphQLError {
  return problem(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { fields: [{ field: argument, message }] });
}

/** The operation's variables coerced by their definitions; BAD_USER_INPUT when they do not fit. */
function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: Record<string, unknown>): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw);
  if (result.errors) throw problem(ErrorCode.BAD_USER_INPUT, result.errors.map((error) => error.message).join("; "));
  return result.coerced;
}

/** The one root field of a subscription (graphql's validation already required exactly one). */
function rootFieldOf(selectionSet: SelectionSetNode, document: DocumentNode): FieldNode {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== "__typename") return selection;
    } else {
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : document.definitions.find(
              (definition): definition is FragmentDefinitionNode =>
                definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
            )?.selectionSet;
      if (inner) return rootFieldOf(inner, document);
    }
  }
  throw problem(ErrorCode.BAD_USER_INPUT, "Select one subscription field");
}

/**
 * Whose answer the operation's selection may depend on beyond the workspace (FIELDS_VARYING_BY_READER
 * in the kernel's access matrix): USER if any selected field depends on who reads, else ROLE if any
 * depends on their role, else null (every reader of the workspace gets the same result).
 */
function readerScope(schema: GraphQLSchema, document: DocumentNode): ReaderScope | null {
  const typeInfo = new TypeInfo(schema);
  let scope: ReaderScope | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const found = FIELDS_VARYING_BY_READER[`${parent.name}.${node.name.value}`] ?? FIELDS_VARYING_BY_READER[parent.name];
        if (found === "USER" || (found === "ROLE" && scope === null)) scope = found;
      },
    }),
  );
  return scope;
}
