import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { OPERATION_ACCESS } from "@plateau/kernel";
import { allow, isAuthenticated, permissionRules, rootRules } from "./shield.js";

const schema = buildSchema(`
  type Query { projects: [Project!]! me: Project }
  type Mutation { login: Project }
  type Project { id: ID! }
`);

describe("shield rule maps", () => {
  it("take every root field's rule from the access matrix", () => {
    expect(OPERATION_ACCESS["Query.projects"]).toBeDefined();
    const rules = rootRules(schema);
    expect(Object.keys(rules.Query!).sort()).toEqual(["me", "projects"]);
    expect(Object.keys(rules.Mutation!)).toEqual(["login"]);
  });

  it("refuse a root field the matrix does not list, naming it", () => {
    const unruled = buildSchema(`type Query { projects: [ID!]! exportEverything: [ID!]! }`);
    expect(() => rootRules(unruled)).toThrow(/Query\.exportEverything/);
  });

  it("refuse a module that rules a root field itself", () => {
    expect(() => permissionRules(schema, [{ Query: { projects: allow } }])).toThrow(/Query fields \(projects\).*OPERATION_ACCESS/);
  });

  it("merge the modules' type rules with the matrix's root rules", () => {
    const merged = permissionRules(schema, [{ Project: { id: isAuthenticated } }]) as Record<string, Record<string, unknown>>;
    expect(merged.Project!.id).toBe(isAuthenticated);
    expect(Object.keys(merged.Query!)).toEqual(expect.arrayContaining(["_service", "_entities", "projects", "me"]));
  });
});
