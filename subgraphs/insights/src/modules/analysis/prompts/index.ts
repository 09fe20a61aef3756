import { InsightKind } from "../analysis.enums.js";
import { executiveSummaryV1 } from "./executive-summary.v1.js";
import { progressAnalysisV1 } from "./progress-analysis.v1.js";
import type { PromptTemplate } from "./prompt-template.js";
import { recommendationsV1 } from "./recommendations.v1.js";
import { riskAssessmentV1 } from "./risk-assessment.v1.js";

export { DATA_RULES, type PromptTemplate } from "./prompt-template.js";

/** The template each kind is asked with now. */
export const PROMPTS: Record<InsightKind, PromptTemplate> = {
  [InsightKind.EXECUTIVE_SUMMARY]: executiveSummaryV1,
  [InsightKind.RISK_ASSESSMENT]: riskAssessmentV1,
  [InsightKind.PROGRESS_ANALYSIS]: progressAnalysisV1,
  [InsightKind.RECOMMENDATIONS]: recommendationsV1,
};
