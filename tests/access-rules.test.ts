/**
 * The schema walk (docs/decisions/0010-one-access-matrix.md): every field of every object type that any
 * subgraph serves has an explicit shield rule, on the field or on its whole type, and every root
 * operation of the composed API has an entry in the access matrix. Default deny would refuse an
 * unruled field anyway; this test makes forgetting a rule a failure here instead of a puzzling
 * FORBIDDEN in production.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, isObjectType, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { FIELDS_VARYING_BY_READER, OPERATION_ACCESS } from "@plateau/kernel";
import { buildFederatedSchema, isSameForEveryReader } from "@plateau/subgraph-kit";
import { SUBGRAPHS } from "../scripts/subgraphs.js";

const ROOT = path.resolve(import.meta.dirname, "..");

function isRule(value: unknown): boolean {
  return typeof value === "object" && value !== null && "resolve" in value;
}

/** `Type.field` of every object-type field in `schema` that `rules` does not cover. */
function unruledFields(schema: GraphQLSchema, rules: Record<string, unknown>): string[] {
  const gaps: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const typeRule = rules[type.name];
    if (isRule(typeRule)) continue;
    for (const field of Object.keys(type.getFields())) {
      const fieldRule = typeRule && typeof typeRule === "object" ? (typeRule as Record<string, unknown>)[field] : undefined;
      if (!isRule(fieldRule)) gaps.push(`${type.name}.${field}`);
    }
  }
  return gaps;
}

describe("shield rules", () => {
  it.each(SUBGRAPHS.map(({ definition }) => [definition.name, definition] as const))(
    "cover every field of every type %s serves",
    async (_name, definition) => {
      const { schema, rules } = await buildFederatedSchema(definition);
      expect(unruledFields(schema, rules)).toEqual([]);
    },
  );

  it("cover every root operation of the composed API with an entry of the access matrix", () => {
    const api = buildSchema(readFileSync(path.join(ROOT, "schema/api.graphql"), "utf8"));
    const operations = (["Query", "Mutation", "Subscription"] as const).flatMap((typeName) => {
      const type = api.getType(typeName);
      return isObjectType(type) ? Object.keys(type.getFields()).map((field) => `${typeName}.${field}`) : [];
    });
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.filter((operation) => !(operation in OPERATION_ACCESS))).toEqual([]);
  });
});

describe("fields that vary by reader", () => {
  it.each(SUBGRAPHS.map(({ definition }) => [definition.name, definition] as const))(
    "are listed in FIELDS_VARYING_BY_READER whenever %s guards them with a rule not every reader passes alike",
    async (_name, definition) => {
      const { schema, rules } = await buildFederatedSchema(definition);
      const unlisted: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith("__") || ["Query", "Mutation", "Subscription"].includes(type.name)) continue;
        const typeRule = rules[type.name];
        for (const field of Object.keys(type.getFields())) {
          const rule = isRule(typeRule) ? typeRule : (typeRule as Record<string, unknown> | undefined)?.[field];
          const listed = `${type.name}.${field}` in FIELDS_VARYING_BY_READER || type.name in FIELDS_VARYING_BY_READER;
          if (!isSameForEveryReader(rule) && !listed) unlisted.push(`${type.name}.${field}`);
        }
      }
      expect(unlisted).toEqual([]);
    },
  );
});
