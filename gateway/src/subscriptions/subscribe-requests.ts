import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { SubscribePayload } from "graphql-ws";
import { compareCursors, isCursor, type EventBus } from "@plateau/events";
import {
  AppError,
  ErrorCode,
  isUuid,
  OPERATION_ACCESS,
  roleMayAccess,
  ROLES_WITH,
  uuidv7,
  type Logger,
  type Viewer,
} from "@plateau/kernel";
import type { GatewayContext } from "../context.js";
import { asBadUserInput, withoutSuggestions } from "../validation-errors.js";
import type { EdgeLimits } from "../limits/edge-limits.js";
import type { TrustedDocuments } from "../trusted-documents.js";
import { SUBSCRIPTIONS, type SubscriptionSpec, type TopicAuthorization } from "./catalogue.js";
import { gatewayContext, type Connection } from "./connections.js";
import type { EventFeed } from "./event-feed.js";
import type { SubscriptionLimits } from "./limits.js";
import { LiveSubscription } from "./live-subscription.js";
import { PayloadPlan } from "./payload.js";
import { invalidArgument, problem, ProblemList } from "./problems.js";
import { shareKeyOf } from "./share-key.js";
import { SharedResolutions } from "./shared-resolutions.js";
import { SubscribeChecks, type SubscribeCheckLoad } from "./subscribe-checks.js";

/** What a subscribe request is checked, planned and started with. */
export interface SubscribeRequestOptions {
  /** The public API schema (the supergraph's), known once the gateway has loaded it. */
  schema(): GraphQLSchema;
  /** Runs a query through the gateway (query planning, subgraphs, error masking) in `context`. */
  execute(query: string, variables: Record<string, unknown>, context: GatewayContext): Promise<FormattedExecutionResult>;
  bus: EventBus;
  feed: EventFeed;
  limits: SubscriptionLimits;
  edge: EdgeLimits;
  trusted: TrustedDocuments;
  logger: Logger;
}

/** The position before a stream's first event. */
const EMPTY_STREAM = "0-0";

/** What the authorization query answers for an id the subscriber may not watch. */
const REFUSALS = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]);

/**
 * The subscribe messages of every connection: each is counted against the connection's limit, its
 * document resolved (trusted documents), validated and charged as over HTTP, authorised as the
 * subscriber (the access matrix for the field, then a query that must find the watched project or task
 * in their workspace), and planned; graphql-ws then starts it (`contextValue.start`).
 */
export class SubscribeRequests {
  private readonly limits: SubscriptionLimits;
  private readonly logger: Logger;
  /** Resolutions of events by share key, for subscribers replaying what others already resolved. */
  private readonly resolutions = new SharedResolutions();
  /** The subscribe-time authorization queries, shared and admitted a few at a time. */
  private readonly checks: SubscribeChecks<FormattedExecutionResult>;

  constructor(private readonly options: SubscribeRequestOptions) {
    this.limits = options.limits;
    this.logger = options.logger;
    this.checks = new SubscribeChecks({ concurrency: options.limits.checkConcurrency, maxWaiting: options.limits.maxWaitingChecks });
  }

  /** The subscribe-time checks running and waiting now, and the requests awaiting them. */
  get checkLoad(): SubscribeCheckLoad {
    return this.checks.load;
  }

  /** graphql-ws's execution args for a subscribe message, or the errors it is refused with. */
  async handle(connection: Connection, payload: SubscribePayload): Promise<ExecutionArgs | GraphQLError[]> {
    // Counted from the start: a burst of subscribe messages must not pass the limit while each awaits.
    if (connection.subscriptions.size + connection.preparing >= this.limits.maxSubscriptionsPerConnection) {
      return [
        problem(
          ErrorCode.RATE_LIMITED,
          `At most ${this.limits.maxSubscriptionsPerConnection} subscriptions may run on one connection: complete one first`,
          { limit: this.limits.maxSubscriptionsPerConnection, retryAfter: 1 },
        ),
      ];
    }
    connection.preparing += 1;
    try {
      const query = await this.options.trusted.resolve({ query: payload.query, extensions: payload.extensions }, () => connection.viewer);
      if (query === undefined) {
        return [problem("PERSISTED_QUERY_NOT_FOUND", "No trusted document has this hash: send the subscription's document in `query`")];
      }
      return await this.prepare(connection, query, payload.operationName ?? undefined, payload.variables ?? {});
    } catch (error) {
      if (error instanceof ProblemList) return error.problems;
      if (error instanceof GraphQLError) return [error];
      if (error instanceof AppError) return [problem(error.code, error.message, error.extensions)];
      this.logger.error("subscription failed to start", { error });
      return [problem(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error")];
    } finally {
      connection.preparing -= 1;
    }
  }

  /** Checks and plans a subscription; returns graphql-ws's execution args with a `start` in the context. */
  private async prepare(
    connection: Connection,
    query: string,
    operationName: string | undefined,
    rawVariables: Record<string, unknown>,
  ): Promise<ExecutionArgs> {
    if (connection.ending) throw problem(ErrorCode.UNAUTHENTICATED, "This connection's access token is no longer valid: reconnect");
    const schema = this.options.schema();
    // The same limits as over HTTP: one QUERY_TOO_COMPLEX before graphql validates anything.
    const { edge } = this.options;
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
    // A subscription without a topic argument watches the subscriber's workspace (the matrix let them in).
    const viewer = connection.viewer;
    const topic =
      spec.topicArgument === null
        ? (spec.subscriberTopic?.(viewer) ?? String(viewer.workspaceId))
        : String(args[spec.topicArgument]).toLowerCase();
    if (!isUuid(topic)) throw invalidArgument(spec.topicArgument ?? "workspace", "is not an ID");
    const after = (args.after as string | null | undefined) ?? null;
    if (after !== null) await this.checkCursor(spec, after);
    const acknowledge = args.acknowledge === true;
    if (spec.authorize) await this.authorizeTopic(spec.authorize, topic, connection);

    // An acknowledged subscription is live from a position it reports (SUBSCRIBED): `after`, or the
    // stream's end now. Events past it that commit before the subscription is registered are replayed.
    const position = acknowledge ? (after ?? (await this.streamEnd(spec))) : after;
    const plan = new PayloadPlan(schema, document, operation, rootField, spec, variables);
    const run = (entityQuery: string, entityVariables: Record<string, unknown>) =>
      this.options.execute(entityQuery, entityVariables, gatewayContext(connection));
    // Subscribers share a resolution unless a selected field may answer differently by role or user.
    const shareKey = shareKeyOf(schema, document, { query, operationName, variables, viewer: connection.viewer });
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
              maxQueued: this.limits.maxQueuedPerSubscription,
              // Shared across time too: subscribers replaying the same events (a reconnect storm) resolve each once.
              resolve: (event) => this.resolutions.resolve(shareKey, `${event.id}\n${event.cursor}`, () => plan.resolve(event, run)),
              onEnd: (ended) => {
                this.options.feed.unregister(ended);
                connection.subscriptions.delete(ended);
              },
            },
            position,
          );
          if (acknowledge && position !== null) {
            const acknowledgement = { eventId: uuidv7(), cursor: position, occurredAt: new Date().toISOString() };
            subscription.acknowledge(() => plan.resolveAcknowledgement(acknowledgement, topic, run));
          }
          connection.subscriptions.add(subscription);
          this.options.feed.register(subscription);
          void subscription.replay(this.options.bus).catch((error: unknown) => {
            this.logger.warn("replay failed", { error });
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

  /**
   * Where an acknowledged subscription without `after` is live from: the newest event of the stream
   * now, or `0-0` when it holds none (every event the stream gets is after it).
   */
  private async streamEnd(spec: SubscriptionSpec): Promise<string> {
    try {
      return (await this.options.bus.streamEnd(spec.stream)) ?? EMPTY_STREAM;
    } catch (error) {
      this.logger.warn("stream end unavailable", { error });
      throw problem(ErrorCode.SUBGRAPH_UNAVAILABLE, "The event stream cannot be read right now: subscribe again in a moment", {
        retryAfter: 1,
      });
    }
  }

  /** The cursor must be well-formed and not older than what the stream still holds. */
  /**
   * Checks, as the subscriber, that they may watch `topic`: FORBIDDEN unless the spec's query finds it.
   * One check per topic, workspace and role (per user too, for a spec whose answer depends on who asks),
   * however many subscribers ask at once (a reconnect storm): the access matrix gives every role of a
   * workspace the same reach over its projects.
   */
  private async authorizeTopic(authorize: TopicAuthorization, topic: string, connection: Connection): Promise<void> {
    const viewer = connection.viewer;
    const checkKey = JSON.stringify([authorize.query, topic, viewer.workspaceId, viewer.role, authorize.byUser ? viewer.userId : null]);
    const context = gatewayContext(connection);
    const authorized = await this.checks.run(checkKey, () => this.options.execute(authorize.query, { id: topic }, context));
    if (!authorized.data || !authorize.found(authorized.data as Record<string, unknown>)) {
      // A subgraph that could not answer (or a token it refused) is that, not a refusal of the id.
      const refused = (code: string) => REFUSALS.has(code) || (authorize.refusedCodes?.includes(code) ?? false);
      const failure = authorized.errors?.find((error) => !refused(String(error.extensions?.code)));
      if (failure) {
        const code = String(failure.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
        // A subgraph that could not answer now may in a moment: say when to try again.
        const retry = code === ErrorCode.SUBGRAPH_UNAVAILABLE ? { retryAfter: 1 } : {};
        throw problem(code, failure.message, { ...failure.extensions, ...retry });
      }
      throw problem(ErrorCode.FORBIDDEN, authorize.refusal?.(topic) ?? `No ${authorize.what} ${topic} in your workspace`);
    }
  }

  private async checkCursor(spec: SubscriptionSpec, after: string): Promise<void> {
    if (!isCursor(after)) throw invalidArgument("after", "is not a cursor: pass the `cursor` of an event you received");
    let floor: string | null;
    try {
      floor = await this.options.bus.replayFloor(spec.stream);
    } catch (error) {
      this.logger.warn("replay floor unavailable", { error });
      throw problem(ErrorCode.SUBGRAPH_UNAVAILABLE, "Missed events cannot be read right now: subscribe again in a moment");
    }
    if (floor !== null && compareCursors(after, floor) >= 0) {
      const end = await this.options.bus.streamEnd(spec.stream);
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
