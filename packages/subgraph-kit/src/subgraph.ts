import type { Constructor, EntityManager, EntityName, MikroORM } from "@mikro-orm/core";
import type { Migration } from "@mikro-orm/migrations";
import type { JWTVerifyGetKey } from "jose";
import type { NonEmptyArray } from "type-graphql";
import type { IRules } from "graphql-shield";
import type { Express } from "express";
import { hostname } from "node:os";
import type { DeliveredEvent, EventBus, SubscribeOptions, Subscription } from "@plateau/events";
import {
  createAccessTokenVerifier,
  createInternalCredentialVerifier,
  createLogger,
  internalCredential,
  type InternalCredential,
  type InternalSecrets,
  type Logger,
  type TokenAudience,
  type Viewer,
} from "@plateau/kernel";
import { Telemetry, type Metrics } from "@plateau/observability";
import { auditDataChanges } from "./audit/data-change-audit.js";
import { contextFactory } from "./context.js";
import { buildFederatedSchema, type ReferenceResolvers } from "./federation.js";
import { openDatabase, withoutQueryReporting, type Database, type DatabaseLocation, type OrmOptions } from "./orm.js";
import { RequestReferences, type RemoteReferencesOptions } from "./references/remote-references.js";
import type { RowLevelSecurity } from "./tenancy/row-level-security.js";
import { startWorkspaceClosure } from "./tenancy/workspace-closure.js";
import { startOutboxRelay, type OutboxRelay } from "./outbox/outbox-relay.js";
import { outboxChannel } from "./outbox/outbox-notifications.js";
import { observeSubgraph, subgraphReadiness } from "./observability/subgraph-observability.js";
import { startGraphQLServer, type RunningServer } from "./server.js";

/** Everything that makes a subgraph what it is; each subgraph exports one from `src/subgraph.ts`. */
export interface SubgraphDefinition<Loaders = unknown, Services = unknown> {
  /** Service name and Postgres schema (`portfolio`, …). */
  name: string;
  entities: Constructor<object>[];
  /** Entities that belong to a workspace: scoped by the tenant filter. */
  tenantEntities: EntityName<object>[];
  /**
   * Row-Level Security beyond the tenant policy that every table with a `workspace_id` column gets
   * automatically (rows reachable another way, such as a user's own memberships).
   */
  rowLevelSecurity?: RowLevelSecurity;
  /**
   * Entities whose creates, updates and deletes go to the workspace's audit log (as
   * `<name>.audit.data_changed` events through the outbox, audit/data-change-audit.ts).
   */
  auditedEntities?: EntityName<object>[];
  migrations: { name: string; class: Constructor<Migration> }[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  permissions: IRules[];
  loaders: (em: EntityManager, viewer: Viewer | undefined) => Loaders;
  /**
   * The subgraphs this one checks the ids of its inputs with (references/): each request's context
   * gets its own checks (`ctx.references`) against them. Without it, no reference can be checked.
   */
  references?: (deps: SubgraphDeps) => RemoteReferencesOptions;
  /** Services resolvers need beyond the EntityManager (signing keys, clients), built once at start. */
  services?: (deps: ServiceDeps) => Promise<Services> | Services;
  /** Extra HTTP routes (identity's JWKS endpoint, internal service endpoints); `orm` for their queries. */
  routes?: (app: Express, services: Services, orm: MikroORM) => void;
  /** Releases what `services` opened (connections, timers); runs when the subgraph stops. */
  disposeServices?: (services: Services) => Promise<void>;
  /**
   * Event consumers (docs/architecture.md, "Events and the outbox"), started when the subgraph runs with an event bus and
   * closed before it stops. They run as the plain database role too: scope each unit of work with
   * `runInWorkspace`/`scopeEntityManager`.
   */
  consumers?: (deps: ConsumerDeps<Services>) => Subscription[];
}

/** What an event consumer of a subgraph is given. */
export interface ConsumerDeps<Services = unknown> {
  bus: EventBus;
  orm: MikroORM;
  services: Services;
  logger: Logger;
  /**
   * This instance's consumer name within a group, unique per running subgraph. A restarted instance
   * gets a new one; what its predecessor left unacknowledged is claimed after the group's idle time.
   */
  consumerName: string;
}

/** What a consumer a module starts on a consumer group takes (the audit log's, insights' risk consumer). */
export interface GroupConsumerOptions {
  bus: EventBus;
  orm: MikroORM;
  logger: Logger;
  /** This instance's name within the group (`ConsumerDeps.consumerName`). */
  consumer: string;
  /** The consumer group (default: the module's own). */
  group?: string;
  /** Where a new group starts (default `earliest`: nothing the stream still holds is missed). */
  startAt?: "earliest" | "latest";
}

/** What a module's group consumer is: the stream it follows, its group, its name in logs, and what it does with an event. */
export interface GroupConsumerSpec {
  stream: string;
  /** The module's own consumer group (`GroupConsumerOptions.group` overrides it). */
  group: string;
  /** The `component` of its log lines. */
  component: string;
  handle(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void>;
  /** How long an event may stay unacknowledged before another consumer takes it over (default: the bus's). */
  claimIdleMs?: number;
  /** Events fetched at once (default: the bus's, 50); 1 for slow work shared by several consumers. */
  batchSize?: number;
}

/** Starts `spec` on its consumer group with `options` (the subgraph's consumers' dependencies). */
export function startGroupConsumer(options: GroupConsumerOptions, spec: GroupConsumerSpec): Subscription {
  const logger = options.logger.child({ component: spec.component });
  return options.bus.subscribe({
    stream: spec.stream,
    group: options.group ?? spec.group,
    consumer: options.consumer,
    startAt: options.startAt,
    claimIdleMs: spec.claimIdleMs,
    batchSize: spec.batchSize,
    handler: (event) => spec.handle(options.orm, logger, event),
  });
}

/** A definition whatever its loaders and services (registries, scripts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphDefinition = SubgraphDefinition<any, any>;

/** What a running subgraph needs from outside: where its data is and how to check tokens. */
export interface SubgraphDeps {
  database: DatabaseLocation;
  /** Public keys of access tokens (identity's JWKS in services, a local key set in tests). */
  tokenKeys: JWTVerifyGetKey;
  tokenAudience: TokenAudience;
  /**
   * The secrets of internal credentials (INTERNAL_SECRETS): requests must carry one from the gateway or
   * another service, and this subgraph signs its own calls to others with the active one.
   */
  internalSecrets: InternalSecrets;
  port?: number;
  host?: string;
  logger?: Logger;
  /** Receives every SQL statement (statement-count tests). */
  onQuery?: (sql: string) => void;
  /** Free-form settings a subgraph's `services` reads (its own env). */
  settings?: Record<string, unknown>;
  /**
   * Where the outbox is relayed. Without one, recorded events wait in the outbox (nothing is lost)
   * until the subgraph runs with a bus. The caller owns it: closing the subgraph does not close it.
   */
  eventBus?: EventBus;
  /**
   * How often the outbox relay polls when nothing woke it (default 30 s, OUTBOX_POLL_MS): it runs right
   * after flushes that recorded events and whenever the database notifies that any replica appended some.
   */
  outboxIntervalMs?: number;
  /**
   * The process's metrics registry and tracing (shared by every service `npm start` runs); the caller
   * serves and shuts it down. Without one the subgraph records into a registry of its own, traces off.
   */
  telemetry?: Telemetry;
}

/** What a subgraph's `services` are built from: its deps, and its own credential for calls to other services. */
export interface ServiceDeps extends SubgraphDeps {
  serviceCredential: InternalCredential;
}

/** A started subgraph. */
export interface RunningSubgraph<Services = unknown> extends RunningServer {
  name: string;
  database: Database;
  services: Services;
  /** The outbox relay, when the subgraph was given an event bus. */
  outboxRelay?: OutboxRelay;
}

let instances = 0;
const consumerName = (subgraph: string) => `${subgraph}@${hostname()}:${process.pid}:${++instances}`;

/** Prints a subgraph's SDL without touching a database (composition, drift tests). */
export async function subgraphSdl(definition: AnySubgraphDefinition): Promise<string> {
  const { sdl } = await buildFederatedSchema(definition);
  return sdl;
}

/** The part of a definition its database is made of. */
export type SubgraphStorage = Pick<AnySubgraphDefinition, "name" | "entities" | "tenantEntities" | "migrations" | "rowLevelSecurity">;

/** What {@link openDatabase} takes from a definition: the schema named after it, its entities, migrations and policies. */
export function databaseOptionsOf(definition: SubgraphStorage): Omit<OrmOptions, "database"> {
  return {
    schema: definition.name,
    entities: definition.entities,
    tenantEntities: definition.tenantEntities,
    migrations: definition.migrations,
    rowLevelSecurity: definition.rowLevelSecurity,
  };
}

/** Opens the database (applying migrations), builds the schema and serves it. */
export async function startSubgraph<Loaders, Services>(
  definition: SubgraphDefinition<Loaders, Services>,
  deps: SubgraphDeps,
): Promise<RunningSubgraph<Services>> {
  const logger = deps.logger ?? createLogger({ service: definition.name });
  const telemetry = (deps.telemetry ?? new Telemetry()).forService(definition.name);
  const database = await openDatabase({
    ...databaseOptionsOf(definition),
    database: deps.database,
    logger,
    onQuery: deps.onQuery,
    tracer: telemetry.tracer,
  });
  auditDataChanges(database.orm, definition.name, definition.auditedEntities ?? []);
  let outboxRelay: OutboxRelay | undefined;
  let consumers: Subscription[] = [];
  let services: Services | undefined;
  const probes = { service: definition.name, database, tokenKeys: deps.tokenKeys, eventBus: deps.eventBus };
  const stopObserving = observeSubgraph(telemetry.metrics, probes);
  try {
    // Calls to other services name this subgraph (`iss`), never only the user whose request they serve.
    const serviceCredential = internalCredential(deps.internalSecrets, definition.name);
    const created = (await definition.services?.({ ...deps, serviceCredential })) as Services;
    services = created;
    const { schema } = await buildFederatedSchema(definition);
    const verifier = createAccessTokenVerifier(deps.tokenKeys, deps.tokenAudience);
    const referenceTargets = definition.references?.(deps) ?? {};
    const baseContext = contextFactory({ orm: database.orm, verifier, serviceCredential, logger, loaders: definition.loaders });
    const bus = deps.eventBus;
    if (bus) {
      outboxRelay = startOutboxRelay({
        orm: database.orm,
        bus,
        logger,
        intervalMs: deps.outboxIntervalMs,
        listen: (onNotify) => database.listen(outboxChannel(definition.name), onNotify, logger),
      });
    }
    if (bus) {
      const consumer = consumerName(definition.name);
      // Consumers work off the request path: their statements stay out of request statement counts.
      const background = backgroundBus(bus, telemetry.metrics, definition.name);
      consumers = [
        startWorkspaceClosure({ bus: background, orm: database.orm, subgraph: definition.name, consumer, logger }),
        ...(definition.consumers?.({ bus: background, orm: database.orm, services: created, logger, consumerName: consumer }) ?? []),
      ];
    }
    const server = await startGraphQLServer({
      name: definition.name,
      schema,
      logger,
      port: deps.port,
      host: deps.host,
      context: async (request) => {
        const ctx = await baseContext(request);
        return { ...ctx, services: created, references: new RequestReferences(referenceTargets, ctx) };
      },
      readiness: subgraphReadiness(probes),
      telemetry,
      internalCallers: createInternalCredentialVerifier(deps.internalSecrets),
      routes: definition.routes ? (app) => definition.routes!(app, created, database.orm) : undefined,
      onClose: async () => {
        stopObserving();
        await Promise.all(consumers.map((consumer) => consumer.close()));
        await outboxRelay?.stop();
        await definition.disposeServices?.(created);
        await database.close();
      },
    });
    return { ...server, name: definition.name, database, services: created, outboxRelay };
  } catch (error) {
    stopObserving();
    await Promise.all(consumers.map((consumer) => consumer.close()));
    await outboxRelay?.stop();
    if (services !== undefined) await definition.disposeServices?.(services);
    await database.close();
    throw error;
  }
}

/**
 * `bus` with every subscriber's handler run as background work ({@link withoutQueryReporting}), and
 * each event's lag from its occurrence to its handler measured.
 */
function backgroundBus(bus: EventBus, metrics: Metrics, service: string): EventBus {
  const subscribe = (options: SubscribeOptions) => {
    const lag = { service, stream: options.stream, group: options.group };
    return bus.subscribe({
      ...options,
      handler: (event) => {
        metrics.eventConsumerLag.observe(lag, Math.max(0, Date.now() - Date.parse(event.occurredAt)) / 1_000);
        return withoutQueryReporting(() => options.handler(event));
      },
    });
  };
  return new Proxy(bus, {
    get(target, property) {
      if (property === "subscribe") return subscribe;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
