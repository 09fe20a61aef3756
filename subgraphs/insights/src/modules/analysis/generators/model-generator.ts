import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { AnalysisContext } from "../analysis-context.js";
import { AnalysisErrorCode, type InsightKind, InsightSource } from "../analysis.enums.js";
import { INSIGHT_SCHEMAS, parseInsightContent, type InsightContent } from "../insight-content.js";
import { DATA_RULES, PROMPTS } from "../prompts/index.js";
import { GenerationFailure, type GeneratedInsight, type GenerateOptions, type InsightGenerator } from "./generator.js";

/** How insights reaches a model: OpenAI, or any endpoint that speaks its chat-completions protocol. */
export interface ModelEndpoint {
  apiKey: string;
  /** Null: OpenAI's own. */
  baseURL: string | null;
  /** Per model call, in milliseconds. */
  timeoutMs: number;
  /** US dollars per million tokens read and written; null: unknown, no cost estimate. */
  pricePerMillionIn: number | null;
  pricePerMillionOut: number | null;
}

/**
 * The facts as the user message: one JSON document between markers. `<` and `>` are written as JSON escapes,
 * so no text a user typed can close the marker early; the document still parses to the same values.
 */
export function factsMessage(context: AnalysisContext): string {
  const json = JSON.stringify(context).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  return `<<<PLATEAU_FACTS\n${json}\nPLATEAU_FACTS>>>`;
}

/** The chat messages one kind is asked with. */
export function promptMessages(kind: InsightKind, context: AnalysisContext): OpenAI.ChatCompletionMessageParam[] {
  return [
    { role: "system", content: `${DATA_RULES}\n\n${PROMPTS[kind].task}` },
    { role: "user", content: factsMessage(context) },
  ];
}

/** How long a 429 or 5xx asks to wait, in milliseconds: `retry-after-ms`, else `retry-after` (seconds or a date). */
function retryAfterOf(headers: Headers | undefined): number | null {
  const ms = Number(headers?.get("retry-after-ms") ?? Number.NaN);
  if (Number.isFinite(ms)) return Math.max(0, ms);
  const value = headers?.get("retry-after");
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/**
 * A failed call as a {@link GenerationFailure}: what is worth retrying, and when. Its message is public (every
 * reader of the request sees it as `lastError`), so it says what happened in Plateau's words: the status and
 * the protocol's error code, never the endpoint's own text (which may quote a key); that goes to `cause`, for
 * the log.
 */
function failureOf(error: unknown, timeoutMs: number): GenerationFailure {
  const failure = (() => {
    if (error instanceof OpenAI.APIConnectionTimeoutError) {
      return new GenerationFailure(AnalysisErrorCode.MODEL_UNAVAILABLE, `The model did not answer within ${timeoutMs} ms`, true);
    }
    if (error instanceof OpenAI.APIConnectionError) {
      return new GenerationFailure(AnalysisErrorCode.MODEL_UNAVAILABLE, "The model endpoint could not be reached", true);
    }
    if (error instanceof OpenAI.APIError) {
      const status = error.status ?? 0;
      const code = typeof error.code === "string" && /^[a-z_]{1,60}$/.test(error.code) ? ` (${error.code})` : "";
      const message = `The model endpoint answered HTTP ${status}${code}`;
      if (status === 429 || status === 408 || status >= 500) {
        return new GenerationFailure(AnalysisErrorCode.MODEL_UNAVAILABLE, message, true, retryAfterOf(error.headers));
      }
      return new GenerationFailure(AnalysisErrorCode.MODEL_REJECTED, message, false);
    }
    return new GenerationFailure(AnalysisErrorCode.MODEL_UNAVAILABLE, "Calling the model failed", true);
  })();
  failure.cause = error;
  return failure;
}

/**
 * Writes insights with a language model through the `openai` SDK: one chat completion per kind, asking for
 * the kind's JSON schema as structured output (`response_format: json_schema`, strict). The answer is parsed
 * and validated here; one that does not match is asked for once more, then the request fails with
 * INVALID_OUTPUT and the problem. A refusal fails it with MODEL_REFUSED. The SDK's own retries are off: the
 * worker retries transient failures itself, so each attempt is counted and visible on the request.
 */
export function modelGenerator(endpoint: ModelEndpoint): InsightGenerator {
  const client = new OpenAI({
    apiKey: endpoint.apiKey,
    baseURL: endpoint.baseURL ?? undefined,
    timeout: endpoint.timeoutMs,
    maxRetries: 0,
  });
  const cost = (tokensIn: number, tokensOut: number): number | null =>
    endpoint.pricePerMillionIn === null || endpoint.pricePerMillionOut === null
      ? null
      : Math.round(((tokensIn * endpoint.pricePerMillionIn + tokensOut * endpoint.pricePerMillionOut) / 1_000_000) * 1e6) / 1e6;

  return {
    source: InsightSource.MODEL,
    async generate(kind: InsightKind, context: AnalysisContext, options: GenerateOptions): Promise<GeneratedInsight> {
      const started = performance.now();
      let tokensIn = 0;
      let tokensOut = 0;
      let problem = "";
      for (let call = 1; call <= 2; call++) {
        let completion: OpenAI.ChatCompletion;
        try {
          completion = await client.chat.completions.create(
            {
              model: options.model,
              messages: promptMessages(kind, context),
              response_format: zodResponseFormat(INSIGHT_SCHEMAS[kind], kind.toLowerCase()),
              max_completion_tokens: options.maxOutputTokens,
            },
            { signal: options.signal },
          );
        } catch (error) {
          const failure = failureOf(error, endpoint.timeoutMs);
          const counted = new GenerationFailure(
            failure.code,
            failure.message,
            failure.transient,
            failure.retryAfterMs,
            tokensIn,
            tokensOut,
          );
          counted.cause = error;
          throw counted;
        }
        tokensIn += completion.usage?.prompt_tokens ?? 0;
        tokensOut += completion.usage?.completion_tokens ?? 0;
        const choice = completion.choices[0];
        const message = choice?.message;
        if (message?.refusal) {
          throw new GenerationFailure(
            AnalysisErrorCode.MODEL_REFUSED,
            `The model declined: ${message.refusal}`,
            false,
            null,
            tokensIn,
            tokensOut,
          );
        }
        let content: InsightContent | null = null;
        if (choice?.finish_reason === "length") problem = `the answer was cut off at ${options.maxOutputTokens} tokens`;
        else if (choice?.finish_reason === "content_filter") problem = "the endpoint's content filter withheld the answer";
        else {
          try {
            const parsed = parseInsightContent(kind, JSON.parse(message?.content ?? ""));
            if ("content" in parsed) content = parsed.content;
            else problem = parsed.problem;
          } catch {
            problem = "the answer is not JSON";
          }
        }
        if (content) {
          return {
            kind,
            content,
            source: InsightSource.MODEL,
            model: completion.model || options.model,
            promptVersion: PROMPTS[kind].version,
            tokensIn,
            tokensOut,
            latencyMs: Math.round(performance.now() - started),
            costEstimate: cost(tokensIn, tokensOut),
          };
        }
      }
      throw new GenerationFailure(
        AnalysisErrorCode.INVALID_OUTPUT,
        `The model's ${kind} answer did not match its schema twice: ${problem}`,
        false,
        null,
        tokensIn,
        tokensOut,
      );
    },
  };
}
