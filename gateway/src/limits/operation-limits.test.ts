import { buildSchema, GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { AppError } from "@plateau/kernel";
import { DEFAULT_OPERATION_LIMITS, DocumentLimiter, type OperationLimits } from "./operation-limits.js";

const schema = buildSchema(`
  type Query { node: Node  hello: String }
  type Node { name: String  child: Node }
`);
const limiter = (overrides: Partial<OperationLimits> = {}) => new DocumentLimiter({ ...DEFAULT_OPERATION_LIMITS, ...overrides });

/** The refusal a document gets, as the client sees it. */
function refusal(check: () => unknown) {
  try {
    check();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message, ...error.extensions };
    throw error;
  }
  throw new Error("the document was accepted");
}

const nested = (depth: number) => "{ " + "node { ".repeat(depth) + "name" + " }".repeat(depth) + " }";

describe("DocumentLimiter", () => {
  it("accepts a document within every limit and returns it parsed", () => {
    const document = limiter().check(schema, nested(5));
    expect(document.definitions).toHaveLength(1);
  });

  it("refuses a deep document with QUERY_TOO_COMPLEX naming the limit and the depth", () => {
    expect(refusal(() => limiter({ maxDepth: 10 }).check(schema, nested(50)))).toEqual({
      code: "QUERY_TOO_COMPLEX",
      message: "The operation's depth is 51; at most 10 is accepted",
      limitName: "depth",
      limit: 10,
      actual: 51,
    });
  });

  it("refuses too many aliases, counting every one", () => {
    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: hello`).join(" ");
    expect(refusal(() => limiter({ maxAliases: 30 }).check(schema, `{ ${aliases} }`))).toMatchObject({
      limitName: "aliases",
      limit: 30,
      actual: 40,
    });
    // __typename aliases are free.
    const typenames = Array.from({ length: 40 }, (_, index) => `t${index}: __typename`).join(" ");
    expect(limiter({ maxAliases: 30 }).check(schema, `{ ${typenames} }`).definitions).toHaveLength(1);
  });

  it("refuses too many directives", () => {
    const fields = Array.from({ length: 25 }, (_, index) => `f${index}: hello @include(if: true)`).join(" ");
    expect(refusal(() => limiter({ maxDirectives: 20, maxAliases: 100 }).check(schema, `{ ${fields} }`))).toMatchObject({
      limitName: "directives",
      limit: 20,
      actual: 25,
    });
  });

  it("stops parsing past the token limit and says how many tokens there were", () => {
    const fields = Array.from({ length: 600 }, () => "hello").join(" ");
    expect(refusal(() => limiter({ maxTokens: 500 }).check(schema, `{ ${fields} }`))).toMatchObject({
      limitName: "tokens",
      limit: 500,
      actual: 602,
    });
  });

  it("refuses a large document by its size before parsing it", () => {
    const query = `{ hello ${"# padding\n".repeat(5_000)} }`;
    expect(refusal(() => limiter({ maxDocumentBytes: 32_768 }).check(schema, query))).toMatchObject({
      limitName: "documentBytes",
      limit: 32_768,
      actual: Buffer.byteLength(query),
    });
  });

  it("reports a syntax error as GRAPHQL_PARSE_FAILED, not as a limit", () => {
    let thrown: unknown;
    try {
      limiter().check(schema, "{ hello ");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("gives a repeated document the same verdict", () => {
    const checker = limiter({ maxDepth: 3 });
    const first = refusal(() => checker.check(schema, nested(9)));
    expect(refusal(() => checker.check(schema, nested(9)))).toEqual(first);
    expect(checker.check(schema, nested(2))).toBe(checker.check(schema, nested(2)));
  });
});
