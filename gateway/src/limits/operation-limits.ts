import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  GraphQLError,
  Lexer,
  parse,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { AppError, ErrorCode } from "@plateau/kernel";

/** Limits on the shape of one GraphQL document (docs/api/limits-and-cost.md); the same on HTTP and WebSocket. */
export interface OperationLimits {
  /** Largest document, in bytes of UTF-8. */
  maxDocumentBytes: number;
  /** Most lexical tokens: the parser stops counting (and parsing) past this. */
  maxTokens: number;
  /** Deepest selection nesting (introspection's `__schema` is not counted). */
  maxDepth: number;
  /** Most aliased fields in one operation (`__typename` aliases are free). */
  maxAliases: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Highest static cost (query-cost.ts) of one operation. */
  maxCost: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDocumentBytes: 32 * 1024,
  maxTokens: 2_000,
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 50_000,
};

/** Which limit refused an operation (`extensions.limitName`). */
export type LimitName = "documentBytes" | "tokens" | "depth" | "aliases" | "directives" | "cost";

/** The one error a refused operation gets: QUERY_TOO_COMPLEX naming the limit and what the operation had. */
export function tooComplex(limitName: LimitName, limit: number, actual: number, message: string): AppError {
  return new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, { limitName, limit, actual });
}

const ARMOR_MESSAGE = /limit of (\d+) exceeded, found (\d+)/;

/**
 * Checks documents against the limits before anything else looks at them: size first, then tokens
 * (graphql's own parser, `maxTokens`, so a huge document is refused before it is parsed whole), then
 * depth, aliases and directives (graphql-armor's rules). A refused document gets one
 * QUERY_TOO_COMPLEX error and never reaches graphql's validation (whose overlapping-fields check
 * is quadratic in aliases) or a subgraph. Verdicts are remembered per document text, so a client's
 * repeated operations are checked once.
 */
export class DocumentLimiter {
  private readonly rules: ValidationRule[];
  private readonly verdicts = new Map<string, DocumentNode | AppError>();
  private static readonly MAX_REMEMBERED = 1_000;
  private static readonly MAX_REMEMBERED_BYTES = 8 * 1024;

  constructor(readonly limits: OperationLimits) {
    // Armor reports through `onReject` (not by throwing), so one refusal stops nothing else in graphql's walk.
    const armor = { exposeLimits: true, propagateOnRejection: false } as const;
    this.rules = [
      maxDepthRule({ ...armor, n: limits.maxDepth, onReject: [reporter("depth")] }),
      maxAliasesRule({ ...armor, n: limits.maxAliases, onReject: [reporter("aliases")] }),
      maxDirectivesRule({ ...armor, n: limits.maxDirectives, onReject: [reporter("directives")] }),
    ];
  }

  /**
   * The parsed document, or throws: QUERY_TOO_COMPLEX for a limit, GRAPHQL_PARSE_FAILED for a syntax
   * error (as graphql reports it).
   */
  check(schema: GraphQLSchema, query: string): DocumentNode {
    const known = this.verdicts.get(query);
    if (known) {
      if (known instanceof AppError) throw known;
      return known;
    }
    const verdict = this.judge(schema, query);
    if (query.length <= DocumentLimiter.MAX_REMEMBERED_BYTES) this.remember(query, verdict);
    if (verdict instanceof AppError) throw verdict;
    return verdict;
  }

  private judge(schema: GraphQLSchema, query: string): DocumentNode | AppError {
    const { limits } = this;
    const bytes = Buffer.byteLength(query, "utf8");
    if (bytes > limits.maxDocumentBytes) {
      return tooComplex(
        "documentBytes",
        limits.maxDocumentBytes,
        bytes,
        `The document is ${bytes} bytes; at most ${limits.maxDocumentBytes} are accepted`,
      );
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch (error) {
      if (!(error instanceof GraphQLError) || !/contains more (?:than|that) \d+ tokens/.test(error.message)) {
        throw new GraphQLError(error instanceof Error ? error.message : String(error), {
          nodes: (error as GraphQLError).nodes,
          source: (error as GraphQLError).source,
          positions: (error as GraphQLError).positions,
          extensions: { code: "GRAPHQL_PARSE_FAILED" },
        });
      }
      const tokens = countTokens(query);
      return tooComplex("tokens", limits.maxTokens, tokens, `The document has ${tokens} tokens; at most ${limits.maxTokens} are accepted`);
    }
    // One walk for all three rules; the first refusal is the one reported.
    const [refusal] = validate(schema, document, this.rules, { maxErrors: 1 });
    if (!refusal) return document;
    const name = refusal.extensions.limitName as LimitName;
    const [, limit, actual] = ARMOR_MESSAGE.exec(refusal.message) ?? [];
    return tooComplex(name, Number(limit), Number(actual), `The operation's ${name} is ${actual}; at most ${limit} is accepted`);
  }

  private remember(query: string, verdict: DocumentNode | AppError): void {
    if (this.verdicts.size >= DocumentLimiter.MAX_REMEMBERED) this.verdicts.delete(this.verdicts.keys().next().value!);
    this.verdicts.set(query, verdict);
  }
}

/** An armor `onReject` handler: reports the refusal to graphql's validation, naming the limit. */
function reporter(limitName: LimitName) {
  return (context: unknown, error: GraphQLError): void =>
    (context as { reportError(error: GraphQLError): void } | null)?.reportError(
      new GraphQLError(error.message, { extensions: { limitName } }),
    );
}

/** Tokens in a document already known to be within the size limit (for the error's `actual`). */
function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A lexing error after the limit: what was counted is still more than allowed.
  }
  return count;
}
