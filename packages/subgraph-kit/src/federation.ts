import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import type { IRules } from "graphql-shield";
import { applyPermissions, permissionRules } from "./shield.js";

/** The Federation 2 directives a Plateau subgraph may use. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@interfaceObject"])`;

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
 * Builds a subgraph schema from type-graphql resolvers (STACK.md, "Subgraph schema"): type-graphql
 * builds the schema, its SDL gets the federation link, @apollo/subgraph turns it into a subgraph, and
 * the shield wraps every field.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<FederatedSchema> {
  const typeSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeSchema)}`;
  const resolvers = createResolversMap(typeSchema) as Record<string, object>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]);
  return { schema: applyPermissions(subgraph, options.permissions), sdl, rules: permissionRules(subgraph, options.permissions) };
}

export { DateResolver, DateTimeResolver };
