import { createHash } from "node:crypto";
import type { ApolloGateway } from "@apollo/gateway";
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { Logger } from "@plateau/kernel";
import type { GatewayContext } from "./context.js";

/**
 * Plans every operation of the client's trusted documents before the gateway takes requests, so that
 * the first caller of each does not wait for its query plan. Each goes through the gateway's executor
 * as Apollo Server would send it (same query hash, so the same entry in the plan cache), with sample
 * variables and a `warmup` context: the data sources answer it without calling any subgraph, so a
 * mutation changes nothing, and what the executor returns is dropped. Resolves to the number of
 * operations planned; one that cannot be planned is logged and skipped.
 */
export async function warmQueryPlans(
  gateway: ApolloGateway,
  schema: GraphQLSchema,
  manifest: Record<string, string>,
  logger: Logger,
): Promise<number> {
  let planned = 0;
  for (const query of new Set(Object.values(manifest))) {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch {
      continue;
    }
    for (const operation of document.definitions.filter((node) => node.kind === Kind.OPERATION_DEFINITION)) {
      if (operation.operation === "subscription") continue;
      const operationName = operation.name?.value;
      const context: GatewayContext = { requestId: "plan-warmup", warmup: true };
      try {
        const result = await gateway.executor({
          request: { query, operationName, variables: sampleVariables(schema, operation) },
          document,
          source: query,
          queryHash: createHash("sha256").update(query).digest("hex"),
          operationName: operationName ?? null,
          operation,
          schema,
          context,
          contextValue: context,
          logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
          metrics: {},
          cache: undefined,
          overallCachePolicy: undefined,
        } as never);
        // Refused before planning (variables the samples could not satisfy): no data at all.
        if (result.data === undefined && result.errors?.length) throw result.errors[0];
        planned += 1;
      } catch (error) {
        logger.warn("could not plan a trusted document", { operation: operationName, error });
      }
    }
  }
  return planned;
}

/** Values that satisfy an operation's variable types (the plan does not depend on them). */
export function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && isNonNullType(type) && !definition.defaultValue) variables[definition.variable.name.value] = sampleValue(type);
  }
  return variables;
}

function sampleValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [];
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  if (isInputObjectType(nullable)) {
    const fields: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) fields[field.name] = sampleValue(field.type);
    }
    return fields;
  }
  if (nullable.name === "Int" || nullable.name === "Float") return 0;
  if (nullable.name === "Boolean") return false;
  return "0";
}
