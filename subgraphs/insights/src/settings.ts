import { env, type ParsedEnv } from "@plateau/kernel";
import { identityUrlSetting, parseSubgraphSettings, portfolioUrlSetting } from "@plateau/subgraph-kit";

/**
 * What insights reads from `deps.settings` (its environment) besides what every subgraph reads: where
 * portfolio and identity are (an analysis gathers its facts there, as the requester), and how analyses reach a model.
 * Without OPENAI_API_KEY no model is called: analyses are written by the deterministic rules (`source: RULES`).
 */
export const insightsSettingsShape = {
  PORTFOLIO_URL: portfolioUrlSetting("asked, as the requester, for the facts of the projects an analysis covers"),
  IDENTITY_URL: identityUrlSetting(
    "asked, as the requester, who holds the skills a project's open tasks need (an analysis' skills coverage)",
  ),
  OPENAI_API_KEY: env.optionalString(
    "API key of the OpenAI (or compatible) endpoint analyses ask; unset: the rules write them (source RULES)",
  ),
  OPENAI_BASE_URL: env.optionalUrl("Base URL of an OpenAI-compatible endpoint (e.g. http://localhost:11434/v1); unset: OpenAI's"),
  OPENAI_MODEL: env.string("The model analyses ask, unless a workspace chose its own", "gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: env.int("How long one model call may take before it is retried, in milliseconds", 60_000),
  OPENAI_PRICE_INPUT_PER_MTOK: env.optionalNumber("US dollars per million input tokens, for insights' cost estimates (unset: none)"),
  OPENAI_PRICE_OUTPUT_PER_MTOK: env.optionalNumber("US dollars per million output tokens, for insights' cost estimates (unset: none)"),
  AI_DAILY_TOKEN_BUDGET: env.int("Model tokens (in + out) a workspace may use per UTC day, unless its ADMIN set another", 200_000),
  AI_MAX_OUTPUT_TOKENS: env.int("The most tokens one model answer may use", 2_000),
  AI_CONCURRENCY: env.int("Analyses one insights instance runs at once", 4),
  AI_MAX_ATTEMPTS: env.int("Attempts at an analysis whose model call fails transiently before it is FAILED", 4),
  AI_RETRY_BASE_MS: env.int(
    "The first back-off after a transient failure, doubled on each attempt (a retry-after answer waits longer)",
    2_000,
  ),
};

export type InsightsSettings = ParsedEnv<typeof insightsSettingsShape>;

/** Parses the free-form settings a subgraph receives. */
export const parseInsightsSettings = (settings?: Record<string, unknown>): InsightsSettings =>
  parseSubgraphSettings(insightsSettingsShape, settings);
