import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray, type PubSub } from "type-graphql";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import type { IRules } from "graphql-shield";
import { AppError, ErrorCode } from "@plateau/kernel";
import { applyPermissions, permissionRules } from "./shield.js";

/** The Federation 2 directives a Plateau subgraph may use. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@interfaceObject"])`;

const GATEWAY_ONLY = "Subscriptions are served by the gateway over graphql-ws at /graphql";

/**
 * The `subscribe` and the resolver of every subgraph Subscription field. The fields are declared in
 * the subgraph so they compose into the supergraph, GraphiQL and the generated client; the gateway
 * executes them (gateway/src/subscriptions/) from the event streams, never a subgraph. Apollo Server
 * runs a subscription POSTed over HTTP like a query, calling the resolver: that is refused here too.
 */
export function servedByGateway(): never {
  throw new AppError(ErrorCode.BAD_USER_INPUT, GATEWAY_ONLY);
}

/**
 * The description of the `acknowledge` argument every gateway-served Subscription field takes (the
 * gateway's subscriptions/catalogue.ts makes the SUBSCRIBED event; docs/api/live-updates.md).
 */
export const ACKNOWLEDGE_DESCRIPTION =
  "When true, the first event is SUBSCRIBED, sent as soon as the subscription is live: its `cursor` is the stream " +
  "position it is live from (`after` when given), so subscribing again with it as `after` misses nothing even when no " +
  "other event came. Default false: only the field's own events.";

/**
 * type-graphql demands a PubSub as soon as a resolver declares a `@Subscription`, even one with its own
 * `subscribe`. A subgraph declares subscription fields for composition only (docs/architecture.md,
 * "Subscriptions"); the gateway executes them. So this PubSub refuses whatever is asked of it.
 */
const gatewayOnlyPubSub: PubSub = {
  publish: () => {
    throw new AppError(ErrorCode.BAD_USER_INPUT, GATEWAY_ONLY);
  },
  subscribe: () => {
    throw new AppError(ErrorCode.BAD_USER_INPUT, GATEWAY_ONLY);
  },
};

/** What the root types mean for a client; type-graphql has no place to declare their descriptions. */
const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    "What a client can read. Fields that belong to a workspace read the one the access token is scoped to; what is not the caller's to see reads as null.",
  Mutation:
    "What a client can change. Most mutations take one `input` and answer a payload with what changed; a refused change answers errors with `extensions.code` (BAD_USER_INPUT, FORBIDDEN, CONFLICT, …).",
  Subscription:
    "Live changes, served by the gateway over graphql-ws at /graphql. Every event carries a `cursor`: subscribe again with the last one as `after` to get what was missed.",
} as const;

/** Reference resolvers by type name: `{ Project: { __resolveReference } }`. */
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: never, context: never) => unknown }>;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** The shield rule maps of every module; merged, with default deny. */
  permissions: IRules[];
}

/** The SDL type-graphql produces for the subgraph, with the federation link prepended. */
export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition consumes it (what `npm run compose` prints into `schema/`). */
  sdl: string;
  /** The shield's rule map by type (and field): what the schema-walk test checks for gaps. */
  rules: Record<string, unknown>;
}

/**
 * Marks every plain `@Field` simple (type-graphql's `@Field({ simple: true })`): one with no middleware
 * and no roles (the kit uses neither: the shield guards fields) whose property has the field's name, so
 * graphql's default resolver reads the property itself instead of type-graphql's per-field resolver,
 * which builds a resolver-data object and runs an empty middleware chain for every value. Fields with a
 * `@FieldResolver` keep it; a field that says `simple` itself keeps what it says.
 */
function useSimpleResolvers(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && !field.middlewares?.length && !field.roles?.length && field.schemaName === field.name) {
      field.simple = true;
    }
  }
}

/**
 * Builds a subgraph schema from type-graphql resolvers (docs/stack.md, "Subgraph schema"): type-graphql
 * builds the schema, its SDL gets the federation link, @apollo/subgraph turns it into a subgraph, and
 * the shield wraps every field.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<FederatedSchema> {
  useSimpleResolvers();
  const typeSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    pubSub: gatewayOnlyPubSub,
  });
  for (const root of [typeSchema.getQueryType(), typeSchema.getMutationType(), typeSchema.getSubscriptionType()]) {
    if (root && root.name in ROOT_TYPE_DESCRIPTIONS)
      root.description = ROOT_TYPE_DESCRIPTIONS[root.name as keyof typeof ROOT_TYPE_DESCRIPTIONS];
  }
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeSchema)}`;
  const resolvers = createResolversMap(typeSchema) as Record<string, object>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]);
  return { schema: applyPermissions(subgraph, options.permissions), sdl, rules: permissionRules(subgraph, options.permissions) };
}

export { DateResolver, DateTimeResolver };
