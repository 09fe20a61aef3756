import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  NoUnusedFragmentsRule,
  parse,
  print,
  specifiedRules,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { DEFAULT_OPERATION_LIMITS, DocumentLimiter } from "./operation-limits.js";
import { operationCost } from "./query-cost.js";

/** Fragments shared by a file's operations are sent with each of them, used or not. */
const RULES_FOR_ONE_OPERATION = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

const root = path.resolve(import.meta.dirname, "../../..");
const schema = buildSchema(readFileSync(path.join(root, "schema/api.graphql"), "utf8"));

/** Every operation a client is shown: the typed client's documents and every GraphQL example in the docs. */
function documentedOperations(): { source: string; text: string }[] {
  const operationsDir = path.join(root, "packages/client/src/operations");
  const files = readdirSync(operationsDir).map((file) => ({
    source: `packages/client/src/operations/${file}`,
    text: readFileSync(path.join(operationsDir, file), "utf8"),
  }));
  const docs = ["README.md", ...markdownUnder("docs")];
  const examples = docs.flatMap((doc) =>
    [...readFileSync(path.join(root, doc), "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((match, index) => ({
      source: `${doc} example ${index + 1}`,
      text: match[1]!,
    })),
  );
  return [...files, ...examples];
}

function markdownUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(path.join(root, dir), { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.endsWith(".md")).map((entry) => path.join(dir, entry));
}

/** A value of the given input type that coerces: what a client would send, as small as allowed. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  if (isScalarType(named)) {
    const samples: Record<string, unknown> = {
      ID: "01890f3e-7b6a-7cc0-9f00-000000000001",
      String: "x",
      Int: 1,
      Float: 1,
      Boolean: true,
      DateTime: "2026-01-01T00:00:00.000Z",
      Date: "2026-01-01",
      JSONObject: {},
    };
    if (named.name in samples) return samples[named.name];
  }
  throw new Error(`no sample for ${String(type)}`);
}

function sampleVariables(operation: OperationDefinitionNode, on: GraphQLSchema): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((definition) => definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue)
      .map((definition) => [definition.variable.name.value, sample(typeFromAST(on, definition.type) as GraphQLInputType)]),
  );
}

describe("every documented operation passes the default limits", () => {
  const operations = documentedOperations();
  const limiter = new DocumentLimiter(DEFAULT_OPERATION_LIMITS);

  it("finds the client's documents and the docs' examples", () => {
    expect(operations.filter((operation) => operation.source.startsWith("packages/client")).length).toBeGreaterThanOrEqual(13);
    expect(operations.filter((operation) => operation.source.includes("example")).length).toBeGreaterThanOrEqual(10);
  });

  it.each(operations.map((operation) => [operation.source, operation.text] as const))("%s", (_source, text) => {
    const whole = parse(text);
    const fragments = whole.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    const operationsOf = whole.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    expect(operationsOf.length).toBeGreaterThan(0);
    // An example block may show several operations one after the other: each is sent on its own.
    for (const operation of operationsOf) {
      const sent = print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] });
      const document = limiter.check(schema, sent);
      expect(validate(schema, document, RULES_FOR_ONE_OPERATION).map((error) => error.message)).toEqual([]);
      const cost = operationCost(schema, document, operation.name?.value, sampleVariables(operation, schema));
      expect(cost, `${operation.name?.value ?? "anonymous"} costs ${cost}`).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost);
      expect(cost).toBeGreaterThan(0);
    }
  });
});
