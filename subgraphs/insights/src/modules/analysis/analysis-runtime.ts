import type { InsightsSettings } from "../../settings.js";
import { InsightKind } from "./analysis.enums.js";
import type { AiDefaults } from "./ai-budget.js";
import type { InsightGenerator } from "./generators/generator.js";
import { modelGenerator } from "./generators/model-generator.js";
import { rulesGenerator } from "./generators/rules-generator.js";

/** The longest a worker waits between attempts, whatever a `retry-after` says. */
export const MAX_BACKOFF_MS = 5 * 60_000;
/** Model calls one kind may take: the answer, and one more when it did not match the schema. */
const CALLS_PER_KIND = 2;

/** How this instance runs analyses: who writes them, and the workers' limits (from its settings). */
export interface AnalysisRuntime {
  generator: InsightGenerator;
  /** True when a model is configured (OPENAI_API_KEY): budgets apply. */
  usesModel: boolean;
  defaults: AiDefaults;
  maxOutputTokens: number;
  /** Workers (consumers of the group) this instance runs: analyses at once. */
  concurrency: number;
  maxAttempts: number;
  retryBaseMs: number;
  /**
   * How long a worker's hold on a request lasts from the start of an attempt (or the end of a back-off): every
   * call of one attempt at the model's time-out, plus a minute. A worker that crashed leaves its request to the
   * lease sweep once it has run out (lease-sweep.ts).
   */
  leaseMs: number;
}

/** The runtime `settings` describe: the model when OPENAI_API_KEY is set, the rules otherwise. */
export function analysisRuntime(settings: InsightsSettings): AnalysisRuntime {
  const usesModel = Boolean(settings.OPENAI_API_KEY);
  const generator = usesModel
    ? modelGenerator({
        apiKey: settings.OPENAI_API_KEY!,
        baseURL: settings.OPENAI_BASE_URL ?? null,
        timeoutMs: settings.OPENAI_TIMEOUT_MS,
        pricePerMillionIn: settings.OPENAI_PRICE_INPUT_PER_MTOK ?? null,
        pricePerMillionOut: settings.OPENAI_PRICE_OUTPUT_PER_MTOK ?? null,
      })
    : rulesGenerator;
  const perAttemptMs = Object.keys(InsightKind).length * CALLS_PER_KIND * settings.OPENAI_TIMEOUT_MS;
  const maxAttempts = Math.max(1, settings.AI_MAX_ATTEMPTS);
  return {
    generator,
    usesModel,
    defaults: { dailyTokenBudget: settings.AI_DAILY_TOKEN_BUDGET, model: settings.OPENAI_MODEL },
    maxOutputTokens: settings.AI_MAX_OUTPUT_TOKENS,
    concurrency: Math.max(1, settings.AI_CONCURRENCY),
    maxAttempts,
    retryBaseMs: Math.max(0, settings.AI_RETRY_BASE_MS),
    leaseMs: perAttemptMs + 60_000,
  };
}

/** The pause before attempt `attempt + 1`: exponential from `baseMs`, never shorter than a `retry-after`, at most {@link MAX_BACKOFF_MS}. */
export function backoffMs(attempt: number, baseMs: number, retryAfterMs: number | null): number {
  const exponential = baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.min(MAX_BACKOFF_MS, Math.max(exponential, retryAfterMs ?? 0));
}
