import { buildSchema, execute, parse, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { AppError, ErrorCode, OPERATION_ACCESS, WorkspaceRole } from "@plateau/kernel";
import {
  allow,
  applyPermissions,
  canRead,
  isAuthenticated,
  permissionRules,
  rootRules,
  rule,
  type IRule,
  type ShieldContext,
} from "./shield.js";

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

describe("applyPermissions", () => {
  const PROJECTS = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Project ${i}`, secret: `s${i}` }));
  const MEMBER = { userId: "u", sessionId: "s", workspaceId: "w", role: WorkspaceRole.MEMBER };

  /** A schema whose Project is read by `canRead` on every field but `secret`, ruled per field by `secretRule`. */
  function guarded(secretRule: IRule) {
    const base = buildSchema(`
      type Query { projects: [Project!]! _service: _Service _entities: [ID] }
      type Project { id: ID! name: String! secret: String! }
      type PageInfo { hasNextPage: Boolean! }
      type _Service { sdl: String }
    `);
    (base.getQueryType()!.getFields().projects as { resolve?: () => unknown }).resolve = () => PROJECTS;
    return applyPermissions(base, [{ Project: { "*": canRead, secret: secretRule } }]);
  }

  const read = (schema: GraphQLSchema, contextValue: object, selection = "id name") =>
    execute({ schema, document: parse(`{ projects { ${selection} } }`), contextValue });
  /** The code and message of each error, as the kit's error mapping would answer them. */
  const codes = (result: Awaited<ReturnType<typeof execute>>) =>
    result.errors?.map((error) => {
      const original = error.originalError as AppError;
      return [original.code, original.extensions.requiredAccess ?? original.message];
    });

  it("asks a rule that depends on the request alone once per request, however many fields it guards", async () => {
    const calls: string[] = [];
    const perRequest = rule({ cache: "contextual" })((_parent, _args, ctx: ShieldContext) => {
      calls.push("asked");
      return ctx.viewer ? true : new AppError(ErrorCode.UNAUTHENTICATED, "no token");
    });
    const schema = guarded(perRequest);
    const result = await read(schema, { viewer: MEMBER }, "id name secret");
    expect(result.errors).toBeUndefined();
    expect(result.data?.projects).toEqual(PROJECTS);
    expect(calls).toEqual(["asked"]);
    await read(schema, { viewer: MEMBER }, "secret");
    expect(calls).toEqual(["asked", "asked"]);
  });

  it("asks a rule that reads its parent for every field, as shield does", async () => {
    const asked: string[] = [];
    const ownOnly = rule({ cache: "no_cache" })((project: { id: string }) => {
      asked.push(project.id);
      return project.id === "p1" || new AppError(ErrorCode.FORBIDDEN, "not yours");
    });
    const result = await execute({
      schema: guarded(ownOnly),
      document: parse(`{ projects { id secret } }`),
      contextValue: { viewer: MEMBER },
    });
    expect(asked).toHaveLength(PROJECTS.length);
    // secret is non-null: a refused one nulls its project, and the list, as it would through shield.
    expect(result.data).toBeNull();
    expect(new Set(codes(result)?.map((pair) => pair.join()))).toEqual(new Set(["FORBIDDEN,not yours"]));
  });

  it("answers a guarded field with the rule's own error, or FORBIDDEN where the rule says no", async () => {
    const schema = guarded(rule({ cache: "contextual" })(() => false));
    const anonymous = await read(schema, {});
    expect(codes(anonymous)).toEqual([["UNAUTHENTICATED", "READ"]]);
    const viewer = { ...MEMBER, workspaceId: undefined, role: undefined };
    const outside = await read(schema, { viewer });
    expect(codes(outside)).toEqual([["FORBIDDEN", "READ"]]);
    const refused = await read(schema, { viewer: MEMBER }, "secret");
    expect(codes(refused)).toEqual([["FORBIDDEN", "You are not allowed to do this"]]);
  });
});
