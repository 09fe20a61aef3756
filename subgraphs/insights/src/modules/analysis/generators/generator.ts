import type { AnalysisContext } from "../analysis-context.js";
import type { AnalysisErrorCode, InsightKind, InsightSource } from "../analysis.enums.js";
import type { InsightContent } from "../insight-content.js";

/** One insight as a generator wrote it, before it is stored. */
export interface GeneratedInsight {
  kind: InsightKind;
  content: InsightContent;
  source: InsightSource;
  /** The model as the endpoint named it; null for RULES. */
  model: string | null;
  promptVersion: string;
  tokensIn: number;
  tokensOut: number;
  latencyMs: number;
  costEstimate: number | null;
}

/** What a generator is given besides the facts. */
export interface GenerateOptions {
  /** The model to ask (the workspace's, or the deployment's default). */
  model: string;
  /** The most tokens the answer may use: the lesser of the configured cap and what is left of the day's budget. */
  maxOutputTokens: number;
  /** Aborted when the worker stops: an unfinished call is abandoned. */
  signal?: AbortSignal;
}

/** Writes one insight of a kind from an analysis' facts. */
export interface InsightGenerator {
  readonly source: InsightSource;
  generate(kind: InsightKind, context: AnalysisContext, options: GenerateOptions): Promise<GeneratedInsight>;
}

/**
 * Why an attempt to generate failed. A transient one (a time-out, a 429, a 5xx, a lost connection) is
 * retried with back-off (sooner than `retryAfterMs` never); any other fails the request with `code`.
 * Tokens an answer used before it was found wanting still count against the budget.
 */
export class GenerationFailure extends Error {
  constructor(
    readonly code: AnalysisErrorCode,
    message: string,
    readonly transient: boolean,
    readonly retryAfterMs: number | null = null,
    readonly tokensIn = 0,
    readonly tokensOut = 0,
  ) {
    super(message);
    this.name = "GenerationFailure";
  }
}
