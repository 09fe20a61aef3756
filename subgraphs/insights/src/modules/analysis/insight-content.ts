import { z } from "zod";
import { InsightKind, InsightRiskCategory, RecommendationPriority } from "./analysis.enums.js";
import { RiskSeverity } from "../risk/risk.enums.js";

/**
 * What an insight says, whoever wrote it: the structured output each kind asks a model for, and what the
 * rules generator writes. One JSON schema per kind (zod, sent through the SDK's structured-output support
 * with `strict: true`, so every field is required); an answer is accepted only once it parses against it.
 */
const text = (max: number) => z.string().min(1).max(max);
const base = {
  headline: text(200).describe("One line: where things stand, in plain words."),
  summary: text(4_000).describe("The analysis itself, in a few short paragraphs, for an executive reader."),
  citedIds: z
    .array(z.string())
    .max(40)
    .describe("The ids (from the data given) of the projects, tasks, milestones and risks the text relies on."),
};
const highlights = z.array(text(300)).max(8).describe("The few facts that matter most, one sentence each.");
const risk = z.object({
  title: text(200),
  category: z.enum(Object.values(InsightRiskCategory) as [InsightRiskCategory, ...InsightRiskCategory[]]),
  severity: z.enum(Object.values(RiskSeverity) as [RiskSeverity, ...RiskSeverity[]]),
  evidence: text(1_000).describe("The figures from the data that show the risk."),
  mitigation: text(1_000).describe("What would reduce it."),
});
const recommendation = z.object({
  action: text(300),
  rationale: text(1_000).describe("Why, from the data."),
  priority: z.enum(Object.values(RecommendationPriority) as [RecommendationPriority, ...RecommendationPriority[]]),
});

/** The JSON schema of each kind's answer. */
export const INSIGHT_SCHEMAS = {
  [InsightKind.EXECUTIVE_SUMMARY]: z.object({ ...base, highlights }),
  [InsightKind.PROGRESS_ANALYSIS]: z.object({ ...base, highlights }),
  [InsightKind.RISK_ASSESSMENT]: z.object({ ...base, risks: z.array(risk).max(12) }),
  [InsightKind.RECOMMENDATIONS]: z.object({ ...base, recommendations: z.array(recommendation).max(10) }),
} as const;

export type InsightRiskContent = z.infer<typeof risk>;
export type InsightRecommendationContent = z.infer<typeof recommendation>;

/** An insight's content, whatever its kind: the lists a kind does not have are empty. */
export interface InsightContent {
  headline: string;
  summary: string;
  highlights: string[];
  risks: InsightRiskContent[];
  recommendations: InsightRecommendationContent[];
  /** Ids the writer says the text relies on; only those found among the analysis' facts are kept as citations. */
  citedIds: string[];
}

/**
 * `value` as `kind`'s content when it matches the kind's schema; otherwise the problem, in one line (for
 * `lastError`). The model's output is data: it is parsed and stored, never executed or interpreted further.
 */
export function parseInsightContent(kind: InsightKind, value: unknown): { content: InsightContent } | { problem: string } {
  // NUL cannot be stored in PostgreSQL text: dropped from whatever the model wrote.
  const cleaned: unknown = JSON.parse(JSON.stringify(value ?? null).replace(/\\u0000/g, ""));
  const parsed = INSIGHT_SCHEMAS[kind].safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { problem: `${issue.path.join(".") || "(answer)"}: ${issue.message}` };
  }
  return { content: { highlights: [], risks: [], recommendations: [], ...parsed.data } };
}

/** The limits of each kind's schema, which the rules generator keeps to as a model must. */
export const CONTENT_LIMITS = { headline: 200, summary: 4_000, point: 300, highlights: 8, risks: 12, recommendations: 10, citedIds: 40 };

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** `content` cut to {@link CONTENT_LIMITS}: text shortened with an ellipsis, lists to their most important entries. */
export function withinLimits(content: InsightContent): InsightContent {
  return {
    headline: clip(content.headline, CONTENT_LIMITS.headline),
    summary: clip(content.summary, CONTENT_LIMITS.summary),
    highlights: content.highlights.slice(0, CONTENT_LIMITS.highlights).map((point) => clip(point, CONTENT_LIMITS.point)),
    risks: content.risks.slice(0, CONTENT_LIMITS.risks).map((risk) => ({
      ...risk,
      title: clip(risk.title, 200),
      evidence: clip(risk.evidence, 1_000),
      mitigation: clip(risk.mitigation, 1_000),
    })),
    recommendations: content.recommendations
      .slice(0, CONTENT_LIMITS.recommendations)
      .map((action) => ({ ...action, action: clip(action.action, CONTENT_LIMITS.point), rationale: clip(action.rationale, 1_000) })),
    citedIds: content.citedIds.slice(0, CONTENT_LIMITS.citedIds),
  };
}
