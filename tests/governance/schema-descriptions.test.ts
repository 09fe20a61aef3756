import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";

/**
 * The schema coordinates of `schema` without a description: every named type (introspection types
 * and GraphQL's own scalars aside), field, input field, argument and enum value.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe("schema descriptions", () => {
  it("every type, field, argument and enum value of the client-facing schema has a description", () => {
    // schema/api.graphql is the composed API schema: federation's own types and directives are not in it.
    const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, "../../schema/api.graphql"), "utf8"));
    const missing = undescribed(schema);
    expect(missing.length, `${missing.length} without a description, first: ${missing.slice(0, 20).join(", ")}`).toBe(0);
  });

  it("counts what lacks a description, coordinate by coordinate", () => {
    const schema = buildSchema(`
      "Described." type Query { "Described." a(x: Int, "Described." y: Int): E  b: Int }
      enum E { "Described." ONE TWO }
      input I { z: Int }
      type Extra { i(arg: I): Int }
      scalar S
    `);
    expect(undescribed(schema)).toEqual(["Query.a(x:)", "Query.b", "E", "E.TWO", "I", "I.z", "Extra", "Extra.i", "Extra.i(arg:)", "S"]);
  });
});
