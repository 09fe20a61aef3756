import type { PromptTemplate } from "./prompt-template.js";

/** PROGRESS_ANALYSIS, version 1. */
export const progressAnalysisV1: PromptTemplate = {
  version: "progress-analysis@1",
  task: [
    "Analyse progress against plan in the facts: completion against where a straight line from start to end would be today, the weekly velocity and its trend, the forecast (P50, P85, P95) against the end date, milestones met and coming, and the critical path.",
    "headline: one line; summary: two short paragraphs; highlights: at most five findings with their figures.",
  ].join("\n"),
};
