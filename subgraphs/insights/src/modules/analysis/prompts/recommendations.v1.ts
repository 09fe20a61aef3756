import type { PromptTemplate } from "./prompt-template.js";

/** RECOMMENDATIONS, version 1. */
export const recommendationsV1: PromptTemplate = {
  version: "recommendations@1",
  task: [
    "Recommend what the people running the work in the facts should do next.",
    "Each recommendation: one concrete action, its rationale from the figures, and a priority (HIGH: this week, MEDIUM: this reporting period, LOW: when there is room). At most seven, most urgent first.",
    "headline: one line; summary: a short paragraph.",
  ].join("\n"),
};
